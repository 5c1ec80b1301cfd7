import type { DraftFigure } from './types.ts';

/** A headline's 280多万元 rounds the body's 287万多元: body numbers up to this much more are the headline's. */
const ROUNDED_UP_TO = 1.1;

/**
 * The figures of a headline that the body does not state: a headline restates the body's facts (14户32人 over 14户、
 * 32名村民开始转移; 4000个口罩 over 4000多个; 280多万元 over 287万多元) but may hold one the body lost (a page cut after
 * 80多). A headline's number that the body gives too, as a figure or as a number it skipped, is the body's, however
 * the two are worded.
 */
export function figuresOnlyInHeadline<F extends DraftFigure>(
  headline: readonly F[],
  bodyNumbers: readonly number[],
): F[] {
  return headline.filter(
    (f) =>
      !bodyNumbers.some(
        (n) => n === f.quantity || (f.qualifier !== 'exact' && n > f.quantity && n < f.quantity * ROUNDED_UP_TO),
      ),
  );
}
