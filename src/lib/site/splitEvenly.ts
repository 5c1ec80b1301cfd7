/**
 * `items` in order, cut into as few runs as hold at most `most` items each, as even as they can be (sizes differ
 * by one at most): 2,020 items at most 1,500 a run → 1,010 and 1,010, not 1,500 and 520.
 */
export function splitEvenly<T>(items: readonly T[], most: number): T[][] {
  if (!Number.isInteger(most) || most < 1) throw new Error(`Cannot split into runs of at most ${most}`);
  const runs = Math.max(1, Math.ceil(items.length / most));
  return Array.from({ length: runs }, (_, i) =>
    items.slice(Math.round((i * items.length) / runs), Math.round(((i + 1) * items.length) / runs)),
  );
}
