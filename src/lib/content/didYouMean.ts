import { editDistance } from '../text/editDistance.ts';

/**
 * The allowed value a mistyped one was probably meant to be: an alias (a Chinese label such as 口罩 for
 * `masks`), then the closest value by edit distance when it is close enough to be a typo. Undefined if none is.
 */
export function didYouMean(
  input: string,
  values: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const written = input.trim();
  if (aliases[written]) return aliases[written];
  const lower = written.toLowerCase();
  let best: { value: string; distance: number } | undefined;
  for (const value of values) {
    const distance = editDistance(lower, value.toLowerCase());
    if (!best || distance < best.distance) best = { value, distance };
  }
  // A third of the word may be wrong (mask → masks, baners → banners), never the whole of a short one.
  return best && best.distance <= Math.max(1, Math.floor(best.value.length / 3)) ? best.value : undefined;
}
