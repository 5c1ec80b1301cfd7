import { findQuantities } from '../numbers/findQuantities.ts';
import { parseChineseNumber } from '../numbers/parseChineseNumber.ts';

export interface MonthDay {
  /** Position in its text. */
  index: number;
  month: number;
  day: number;
  year?: number;
}

const PARTS = /^(?:(?<year>\S+?)年)?(?:(?<month>\S+?)月)?(?:(?<day>\S+?)[日号號])?$/u;

/**
 * Month-and-day dates in each text, in order. A bare day (16日) takes the month of the date before it, across
 * texts (16日凌晨 after 2月14日 is 2月16日), and moves to the next month when the day goes backwards.
 */
export function listDates(texts: readonly string[]): MonthDay[][] {
  let month: number | undefined;
  let lastDay = 0;
  return texts.map((text) =>
    findQuantities(text).flatMap((q): MonthDay[] => {
      if (q.kind !== 'date') return [];
      const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/u.exec(q.raw);
      const parts = iso ? { year: iso[1], month: iso[2], day: iso[3] } : PARTS.exec(q.raw)?.groups;
      if (!parts?.day) return [];
      const day = parseChineseNumber(parts.day);
      const year = parts.year ? parseChineseNumber(parts.year) : undefined;
      if (parts.month) month = parseChineseNumber(parts.month);
      else if (month !== undefined && day !== undefined && day < lastDay) month = (month % 12) + 1;
      if (month === undefined || day === undefined) return [];
      lastDay = day;
      return [{ index: q.index, month, day, ...(year ? { year } : {}) }];
    }),
  );
}

/**
 * The first and the last day of the shortest stretch of a year holding every date: an article may go back in time
 * (自3月18日起 after 4月11日) or run over the new year (12月28日 … 1月3日), so neither the text's order nor the
 * calendar's alone gives the period it tells of.
 */
export function datesSpan(dates: readonly MonthDay[]): [MonthDay, MonthDay] | undefined {
  if (!dates.length) return undefined;
  const dayOfYear = (d: MonthDay) => Date.UTC(2001, d.month - 1, d.day) / 86_400_000;
  const sorted = [...dates].sort((a, b) => dayOfYear(a) - dayOfYear(b));
  // The widest gap between neighbours, the one over the new year included, is the time the article does not cover.
  let widest = 0;
  let widestGap = dayOfYear(sorted[0]!) + 365 - dayOfYear(sorted.at(-1)!);
  for (let i = 1; i < sorted.length; i++) {
    const gap = dayOfYear(sorted[i]!) - dayOfYear(sorted[i - 1]!);
    if (gap > widestGap) [widest, widestGap] = [i, gap];
  }
  return [sorted[widest]!, sorted.at(widest - 1)!];
}
