import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import { testRecord as record } from '../tallies/testRecord.ts';
import { timelines } from '../tallies/timeline.ts';
import { townComparisonCharts } from './townComparisonCharts.ts';
import { timelineChart } from './timelineChart.ts';
import { chartsComparing } from './chartsComparing.ts';

// Identity conversion: these tests are about structure, conversion has its own.
const l = testLocalizer(LOCALES[0]);
const towns = [
  { slug: 'shagou', name: '沙沟镇' },
  { slug: 'nixi', name: '泥溪镇' },
];

describe('townComparisonCharts', () => {
  const charts = townComparisonCharts(
    [
      record({ town: 'shagou', quantity: 10_000, qualifier: 'approx-more-than' }),
      record({ town: 'nixi', quantity: 2000 }),
      record({ town: 'nixi', quantity: 20_000, kind: 'received' }),
      record({ town: 'nixi', category: 'leaflets', unit: '份', unitId: '份', quantity: 10_000 }),
    ],
    towns,
    l,
  );

  it('makes one chart per category present, in category order', () => {
    expect(charts.map((c) => c.id)).toEqual(['compare-leaflets', 'compare-masks']);
  });

  it('gives each unit its own chart: unlike units never share an axis', () => {
    const split = townComparisonCharts(
      [
        record({ town: 'shagou', category: 'disinfectant', unit: '桶', unitId: '桶', quantity: 100 }),
        record({ town: 'nixi', category: 'disinfectant', unit: '吨', unitId: '吨', quantity: 2 }),
        record({ town: 'nixi', category: 'disinfectant', unit: '桶', unitId: '桶', quantity: 5 }),
      ],
      towns,
      l,
    );
    expect(split.map((c) => [c.id, c.title, c.datasets.map((d) => d.values)])).toEqual([
      ['compare-disinfectant', '消毒液（桶）', [[100, 5]]],
      ['compare-disinfectant-2', '消毒液（吨）', [[null, 2]]],
    ]);
  });

  it('puts towns side by side, one series per kind, with a gap where a town has no figure', () => {
    const masks = charts[1]!;
    expect(masks.labels).toEqual(['沙沟镇', '泥溪镇']);
    expect(masks.datasets.map((d) => [d.label, d.values, d.display])).toEqual([
      ['发放', [10_000, 2000], ['1万余只', '2000只']],
      ['收到', [null, 20_000], ['—', '2万只']],
    ]);
    expect(masks.note).toBe(l.ui('chart.approxNote'));
    expect(charts[0]!.note).toBeUndefined();
  });
});

describe('timelineChart', () => {
  it('shows each dated figure and the running total, as people write them', () => {
    const [timeline] = timelines([
      record({ date: '2020-01-27', quantity: 2000 }),
      record({ date: '2020-01-28', quantity: 10_000 }),
    ]);
    const chart = timelineChart(timeline!, 'nixi', l);
    expect([chart.id, chart.title]).toEqual(['timeline-nixi-masks-distributed', '口罩发放（只）时间线']);
    expect(chart.labels).toEqual(['1月27日', '1月28日']);
    expect(chart.datasets.map((d) => [d.type, d.display])).toEqual([
      ['bar', ['2000只', '1万只']],
      ['line', ['2000只', '1.2万只']],
    ]);
  });
});

describe('chartsComparing', () => {
  const charts = townComparisonCharts(
    [
      record({ town: 'shagou', quantity: 10_000 }),
      record({ town: 'nixi', quantity: 2000 }),
      record({ town: 'nixi', category: 'leaflets', unit: '份', unitId: '份', quantity: 10_000 }),
    ],
    towns,
    l,
  );

  it('keeps the charts where the town and at least one other town have a figure', () => {
    expect(chartsComparing(charts, 0).map((c) => c.id)).toEqual(['compare-masks']);
    expect(chartsComparing(charts, 1).map((c) => c.id)).toEqual(['compare-masks']);
  });
});
