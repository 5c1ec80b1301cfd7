import { describe, expect, it } from 'vitest';
import { formatBuildStats, parseBuildStats, type BuildStats } from './buildStats.ts';

const stats: BuildStats = {
  conversionMs: 812.4,
  converted: 40,
  fromDiskCache: 3000,
  fromMemory: 120_000,
  scriptCheckMs: 95.6,
  qrDrawn: 0,
  secondThreadScriptCheckMs: 930,
  waitedForSecondThreadMs: 12,
  searchIndexMs: 2210,
  searchShards: 1,
  searchShardsReused: 1,
};

describe('the build stats line', () => {
  it('reads back what it wrote, in whole numbers, from among other output (with colours and a logger prefix)', () => {
    const output = `12:00:01 [build] 8 page(s) built\n\u001b[34m12:00:02\u001b[39m [gongshi] ${formatBuildStats(stats)}\nComplete!`;
    expect(parseBuildStats(output)).toEqual({ ...stats, conversionMs: 812, scriptCheckMs: 96 });
  });

  it('is missing from output without it, or with a field missing', () => {
    expect(parseBuildStats('[build] Complete!')).toBeUndefined();
    expect(parseBuildStats(formatBuildStats(stats).replace(/ qrDrawn=\d+/, ''))).toBeUndefined();
  });
});
