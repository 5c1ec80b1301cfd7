import { describe, expect, it } from 'vitest';
import { tallyEntrySchema } from './tally.ts';

const entry = {
  id: 'volunteers-1',
  category: 'volunteers',
  kind: 'mobilised',
  quantity: 10,
  unit: '人',
  quote: '每天出动民兵10人以上',
};
const unitIssues = (fields: object) =>
  (tallyEntrySchema.safeParse({ ...entry, ...fields }).error?.issues ?? []).filter((i) => i.path[0] === 'unit');

describe('tallyEntrySchema', () => {
  it('accepts a rate with `per` and a free-text `note`', () => {
    const parsed = tallyEntrySchema.parse({ ...entry, per: '天', note: '民兵' });
    expect(parsed).toMatchObject({ per: '天', note: '民兵' });
  });

  it('refuses an unknown unit, reviewed or not', () => {
    expect(unitIssues({ unit: '坨' })).toHaveLength(1);
    expect(unitIssues({ unit: '坨', review: 'pending' })).toHaveLength(1);
  });

  it('lets a draft keep a unit its category rarely uses, but not a reviewed entry', () => {
    expect(unitIssues({ category: 'masks', unit: '顶', review: 'pending' })).toEqual([]);
    expect(unitIssues({ category: 'masks', unit: '顶' })).toHaveLength(1);
  });

  it('accepts units real articles use, in either script', () => {
    for (const [category, unit] of [
      ['disinfectant', '斤'],
      ['alcohol', '公斤'],
      ['food', '件'],
      ['masks', '盒'],
      ['banners', '塊'],
      ['volunteers', '人次'],
      ['events-cancelled', '場次'],
      ['other', '枚'],
    ])
      expect(unitIssues({ category, unit }), `${category} ${unit}`).toEqual([]);
  });
});
