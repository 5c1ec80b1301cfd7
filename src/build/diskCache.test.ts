import { mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDiskCache } from './diskCache.ts';

const dirs: string[] = [];
const cacheFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-cache-'));
  dirs.push(dir);
  return join(dir, 'sub', 'conversions.json');
};
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('openDiskCache', () => {
  it('computes once per key in a build, and not at all in the next build with the same version', () => {
    const file = cacheFile();
    let runs = 0;
    const compute = () => `converted ${++runs}`;
    const first = openDiskCache(file, 'v1');
    expect(first.through('国', compute)).toBe('converted 1');
    expect(first.through('国', compute)).toBe('converted 1');
    first.save();
    const second = openDiskCache(file, 'v1');
    expect(second.through('国', compute)).toBe('converted 1');
    expect(runs).toBe(1);
    expect(second.stats).toMatchObject({ diskHits: 1, computed: 0 });
  });

  it('does not rewrite the file when a build neither computed nor dropped anything', () => {
    const file = cacheFile();
    const first = openDiskCache(file, 'v1');
    first.through('国', () => '國');
    first.save();
    utimesSync(file, 0, 0); // a rewrite would move the modification time off the epoch
    const second = openDiskCache(file, 'v1');
    second.through('国', () => 'again');
    second.save();
    expect(statSync(file).mtimeMs).toBe(0);
    const third = openDiskCache(file, 'v1');
    third.through('家', () => '家');
    third.save();
    expect(statSync(file).mtimeMs).toBeGreaterThan(0);
  });

  it('leaves a cache nobody asked alone: not read, not emptied', () => {
    const file = cacheFile();
    const first = openDiskCache(file, 'v1');
    first.through('国', () => '國');
    first.save();
    utimesSync(file, 0, 0);
    openDiskCache(file, 'v1').save();
    expect(statSync(file).mtimeMs).toBe(0);
    expect(openDiskCache(file, 'v1').through('国', () => 'again')).toBe('國');
  });

  it('ignores a cache written under another version (e.g. a changed glossary)', () => {
    const file = cacheFile();
    const first = openDiskCache(file, 'v1');
    first.through('国', () => 'old');
    first.save();
    expect(openDiskCache(file, 'v2').through('国', () => 'new')).toBe('new');
  });

  it('keeps only the entries the last build used', () => {
    const file = cacheFile();
    const first = openDiskCache(file, 'v1');
    first.through('a', () => 'A');
    first.through('b', () => 'B');
    first.save();
    const second = openDiskCache(file, 'v1');
    second.through('a', () => 'A2');
    second.save();
    expect(openDiskCache(file, 'v1').through('b', () => 'B2')).toBe('B2');
  });
});

describe('sections of a disk cache', () => {
  it('keep the same key apart per section, in memory and across builds', () => {
    const file = cacheFile();
    const first = openDiskCache(file, 'v1');
    expect(first.section('zh-hant')('乡镇', () => '鄉鎮')).toBe('鄉鎮');
    expect(first.section('zh-hans')('乡镇', () => '乡镇')).toBe('乡镇');
    expect(first.through('乡镇', () => 'plain')).toBe('plain');
    first.save();
    const second = openDiskCache(file, 'v1');
    const never = () => 'computed again';
    expect(second.section('zh-hant')('乡镇', never)).toBe('鄉鎮');
    expect(second.section('zh-hans')('乡镇', never)).toBe('乡镇');
    expect(second.through('乡镇', never)).toBe('plain');
    expect(second.stats).toMatchObject({ diskHits: 3, computed: 0 });
  });

  it('answer a key met before in the build from memory', () => {
    const cache = openDiskCache(cacheFile(), 'v1');
    const convert = cache.section('zh-hant');
    convert('乡镇', () => '鄉鎮');
    convert('乡镇', () => 'again');
    expect(cache.stats).toMatchObject({ memoryHits: 1, computed: 1 });
  });
});
