import { describe, expect, it } from 'vitest';
import { shardsByKey } from './shardsByKey.ts';

const paths = (n: number, prefix = 'page') => Array.from({ length: n }, (_, i) => `${prefix}-${i}/index.html`);
const byPath = (path: string) => path;

describe('shardsByKey', () => {
  it('keeps a site that fits in one shard whole, in order', () => {
    expect(shardsByKey(paths(3), byPath, 5)).toEqual([paths(3)]);
    expect(shardsByKey([], byPath, 5)).toEqual([[]]);
  });

  it('cuts a larger one into as few shards as hold it, a multiple of the lanes, none over the most', () => {
    const shards = shardsByKey(paths(2020), byPath, 1000, 2);
    expect(shards).toHaveLength(4);
    expect(Math.max(...shards.map((shard) => shard.length))).toBeLessThanOrEqual(1000);
    expect(shards.flat().sort()).toEqual(paths(2020).sort());
    for (const shard of shards) expect(shard).toEqual(paths(2020).filter((path) => shard.includes(path)));
  });

  it('adds more shards when hashing fills one past the most', () => {
    expect(shardsByKey(paths(3), byPath, 1, 2).map((shard) => shard.length)).toEqual([1, 1, 1]);
  });

  it('changes only the shard of an added page', () => {
    const before = shardsByKey(paths(2020), byPath, 1000, 2);
    const after = shardsByKey([...paths(2020), 'page-new/index.html'], byPath, 1000, 2);
    const changed = after.filter((shard) => !before.some((old) => old.join() === shard.join()));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toContain('page-new/index.html');
  });

  it('refuses a size that holds nothing, and keys that repeat', () => {
    expect(() => shardsByKey(paths(3), byPath, 0)).toThrow();
    expect(() => shardsByKey(paths(3), byPath, 1.5)).toThrow();
    expect(() => shardsByKey(['same', 'same'], byPath, 1)).toThrow(/repeat/);
  });
});
