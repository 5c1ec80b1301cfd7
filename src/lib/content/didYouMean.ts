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

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
