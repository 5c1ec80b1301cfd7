import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { townComparisonCharts } from '../charts/townComparisonCharts.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import { testRecord as record } from '../tallies/testRecord.ts';
import { chartContents } from './chartContents.ts';

const l = testLocalizer(LOCALES[0]);

describe('chartContents', () => {
  it('groups the comparison charts by category, a category’s units together, every chart once', () => {
    const charts = townComparisonCharts(
      [
        record({ town: 'nixi', category: 'disinfectant', unit: '吨', unitId: '吨', quantity: 2 }),
        record({ town: 'nixi', quantity: 2000 }),
        record({ town: 'nixi', category: 'disinfectant', unit: '桶', unitId: '桶', quantity: 5 }),
        record({ town: 'nixi', category: 'people-isolated', unit: '人', unitId: '人', quantity: 3 }),
        record({ town: 'nixi', category: 'leaflets', unit: '份', unitId: '份', quantity: 10_000 }),
      ],
      [{ slug: 'nixi', name: '泥溪镇' }],
      l,
    );
    expect(chartContents(charts).map((group) => group.map((chart) => chart.title))).toEqual([
      ['宣传资料（份）'],
      ['口罩（只）'],
      ['消毒液（桶）', '消毒液（吨）'],
      ['居家隔离人员（人）'],
    ]);
  });

  it('refuses a chart it cannot place, rather than leave it out of the contents', () => {
    expect(() => chartContents([{ category: 'unknown' }])).toThrow(/unknown/);
  });
});
