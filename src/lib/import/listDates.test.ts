import { describe, expect, it } from 'vitest';
import { datesSpan, listDates } from './listDates.ts';

const span = (...texts: string[]) => datesSpan(listDates(texts).flat())?.map((d) => `${d.month}月${d.day}日`);

describe('the period an undated article tells of', () => {
  it('runs from the earliest date to the latest, whatever order the text tells them in', () => {
    expect(span('4月11日，志愿者为居民派送物资。', '小区自3月18日起封控，他那时加入了志愿者团队。')).toEqual([
      '3月18日',
      '4月11日',
    ]);
  });

  it('runs over the new year when that is the shorter stretch', () => {
    expect(span('12月28日起，全镇开展排查。', '1月3日，排查结束。')).toEqual(['12月28日', '1月3日']);
    expect(span('1月3日开始排查。', '12月28日总结。', '2月1日复查。')).toEqual(['12月28日', '2月1日']);
  });

  it('is one day for one date, and none without dates', () => {
    expect(span('5月4日，青年志愿者上街宣传。')).toEqual(['5月4日', '5月4日']);
    expect(span('志愿者上街宣传。')).toBeUndefined();
  });
});
