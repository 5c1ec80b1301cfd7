import { createHash } from 'node:crypto';

/**
 * `items` in shards of at most `most`, each item's shard chosen by a hash of its key (a page's path), items keeping
 * their order within a shard. Adding or removing an item changes its own shard only (cutting the list by position
 * moved every later item into another shard), so a search index cached by shard is reused for all the others.
 * As few shards as hold the items, a multiple of `lanes` when more than one, so that many workers share them; more
 * when hashing filled one past `most`. Empty shards are dropped.
 */
export function shardsByKey<T>(items: readonly T[], key: (item: T) => string, most: number, lanes = 1): T[][] {
  if (!Number.isInteger(most) || most < 1) throw new Error(`Cannot cut into shards of at most ${most}`);
  const fewest = Math.ceil(items.length / most);
  if (fewest <= 1) return [[...items]];
  const hashes = items.map((item) => createHash('sha256').update(key(item)).digest().readUIntBE(0, 6));
  for (let count = Math.ceil(fewest / lanes) * lanes; ; count += lanes) {
    const shards = Array.from({ length: count }, () => [] as T[]);
    items.forEach((item, i) => shards[hashes[i]! % count]!.push(item));
    if (shards.every((shard) => shard.length <= most)) return shards.filter((shard) => shard.length > 0);
    // Distinct keys land apart once there are enough shards; only a repeated key never does.
    if (count > items.length ** 2 * lanes) throw new Error('Cannot cut into shards: keys repeat');
  }
}
