/**
 * `items` in order, cut into as few runs as hold at most `most` items each, as even as they can be (sizes differ
 * by one at most): 2,020 items at most 1,500 a run → 1,010 and 1,010, not 1,500 and 520. When it takes more than
 * one run, the number of runs is a multiple of `lanes`, so that many workers each get the same share: 2,020 items
 * at most 1,000 a run, 2 lanes → four runs of 505 (two rounds of two), not three of 673 (a second round for one).
 */
export function splitEvenly<T>(items: readonly T[], most: number, lanes = 1): T[][] {
  if (!Number.isInteger(most) || most < 1) throw new Error(`Cannot split into runs of at most ${most}`);
  const fewest = Math.ceil(items.length / most);
  // Never an empty run: no more runs than items.
  const runs = fewest <= 1 ? 1 : Math.min(items.length, Math.ceil(fewest / lanes) * lanes);
  return Array.from({ length: runs }, (_, i) =>
    items.slice(Math.round((i * items.length) / runs), Math.round(((i + 1) * items.length) / runs)),
  );
}
