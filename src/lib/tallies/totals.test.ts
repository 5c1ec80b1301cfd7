import { describe, expect, it } from 'vitest';
import { totals } from './totals.ts';
import { timelines } from './timeline.ts';
import { testRecord as record } from './testRecord.ts';

describe('totals', () => {
  it('adds the same category, kind and unit across towns', () => {
    const [total] = totals([record({ quantity: 2000 }), record({ quantity: 10_000, town: 'shagou' })]);
    expect(total).toMatchObject({ category: 'masks', kind: 'distributed', quantity: 12_000, qualifier: 'exact' });
  });

  it('adds decimals as they are written (1.1 + 2.2 is 3.3), in totals and running totals', () => {
    const tonnes = (date: string, quantity: number) =>
      record({ date, quantity, category: 'disinfectant', unit: '吨', unitId: '吨' });
    const records = [tonnes('2020-01-27', 1.1), tonnes('2020-01-28', 2.2)];
    expect(totals(records)[0]!.quantity).toBe(3.3);
    expect(timelines(records)[0]!.points.map((p) => p.cumulative)).toEqual([1.1, 3.3]);
  });

  it('never adds received to distributed, nor different units', () => {
    const result = totals([
      record({ quantity: 2000 }),
      record({ quantity: 20_000, kind: 'received' }),
      record({ quantity: 5, unit: '个', unitId: '个' }),
    ]);
    expect(result.map((t) => [t.kind, t.unitId, t.quantity])).toEqual([
      ['distributed', '只', 2000],
      ['distributed', '个', 5],
      ['received', '只', 20_000],
    ]);
  });

  it('marks a sum that includes a lower bound (余) as a lower bound', () => {
    const [total] = totals([record({ quantity: 10_000, qualifier: 'approx-more-than' }), record({ quantity: 2000 })]);
    expect(total).toMatchObject({ quantity: 12_000, qualifier: 'approx-more-than' });
  });

  it('marks a sum with a rounded figure (约) as rounded, not as a lower bound', () => {
    const [total] = totals([
      record({ quantity: 67_000, qualifier: 'about' }),
      record({ quantity: 2000, qualifier: 'approx-more-than' }),
    ]);
    expect(total).toMatchObject({ quantity: 69_000, qualifier: 'about' });
  });

  it('leaves out ranges (rates) and parts (already inside their whole)', () => {
    const result = totals([
      record({ category: 'donations', unit: '元', unitId: '元', quantity: 100_000, id: 'town' }),
      record({ category: 'donations', unit: '元', unitId: '元', quantity: 30_000, partOf: 'town' }),
      record({ category: 'other', unit: '人', unitId: '人', quantity: 6, quantityMax: 8, qualifier: 'range' }),
    ]);
    expect(result.map((t) => [t.category, t.quantity])).toEqual([['donations', 100_000]]);
  });

  it('adds a part whose whole is not in the same sum: 1200余名 mobilised of 2700 members counted', () => {
    const members = { category: 'volunteers', unit: '名', unitId: '名' as const };
    const result = totals([
      record({ ...members, id: 'members', kind: 'counted', quantity: 2700 }),
      record({ ...members, id: 'mobilised', kind: 'mobilised', quantity: 1200, partOf: 'members' }),
    ]);
    expect(result.map((t) => [t.kind, t.quantity])).toEqual([
      ['mobilised', 1200],
      ['counted', 2700],
    ]);
  });

  it('adds only the largest of parts of one whole when the whole is not in the sum: they may overlap', () => {
    const members = { category: 'volunteers', unit: '名', unitId: '名' as const };
    const [mobilised] = totals([
      record({ ...members, id: 'members', kind: 'counted', quantity: 2700 }),
      record({ ...members, id: 'town-wide', kind: 'mobilised', quantity: 1200, partOf: 'members' }),
      record({ ...members, id: 'village', kind: 'counted', quantity: 30, partOf: 'members' }),
      record({ ...members, id: 'vanguard', kind: 'mobilised', quantity: 20, wholes: ['village', 'members'] }),
      record({ ...members, id: 'other-article', kind: 'mobilised', quantity: 500, article: 'b' }),
    ]);
    expect(mobilised).toMatchObject({ kind: 'mobilised', quantity: 1700, qualifier: 'approx-more-than' });
  });

  it('leaves out a part of a part when the outermost whole is counted', () => {
    const result = totals([
      record({ id: 'county', quantity: 10_000 }),
      record({ id: 'town', quantity: 3000, kind: 'received', partOf: 'county' }),
      record({ id: 'village', quantity: 500, partOf: 'town', wholes: ['town', 'county'] }),
    ]);
    expect(result.map((t) => [t.kind, t.quantity])).toEqual([
      ['distributed', 10_000],
      ['received', 3000],
    ]);
  });

  it('adds a part in its own town when its whole is another town’s (a roundup)', () => {
    const records = [
      record({ id: 'all', quantity: 10_000, town: 'shagou' }),
      record({ id: 'nixi', quantity: 4000, partOf: 'all', town: 'nixi' }),
    ];
    expect(totals(records.filter((r) => r.town === 'nixi'))[0]!.quantity).toBe(4000);
    expect(totals(records)[0]!.quantity).toBe(10_000);
  });

  it('leaves out rates (per), which are no part of any total', () => {
    const result = totals([record({ quantity: 2000 }), record({ quantity: 300, per: '天' })]);
    expect(result.map((t) => [t.category, t.quantity])).toEqual([['masks', 2000]]);
  });

  it('keeps rates out of a timeline', () => {
    const result = timelines([
      record({ date: '2020-01-27', quantity: 100 }),
      record({ date: '2020-01-28', quantity: 50, per: '天' }),
      record({ date: '2020-01-29', quantity: 10 }),
    ]);
    expect(result[0]!.points.map((p) => p.cumulative)).toEqual([100, 110]);
  });

  it('orders by the category list, not by input order', () => {
    const result = totals([record({ category: 'masks' }), record({ category: 'leaflets', unit: '份', unitId: '份' })]);
    expect(result.map((t) => t.category)).toEqual(['leaflets', 'masks']);
  });
});

describe('timelines', () => {
  it('sorts dated figures and keeps a running total per category, kind and unit', () => {
    const series = timelines([
      record({ id: 'c', date: '2020-01-30', quantity: 3000 }),
      record({ id: 'a', date: '2020-01-27', quantity: 2000 }),
      record({ id: 'b', date: '2020-01-28', quantity: 10_000, kind: 'donated' }),
      record({ id: 'd', date: '2020-01-29', quantity: 1000, kind: 'donated' }),
      record({ id: 'e', date: '2020-01-29', quantity: 9, unit: '箱', unitId: '箱' }),
      record({ id: 'undated', quantity: 5 }),
    ]);
    expect(series.map((s) => [s.kind, s.unitId, s.points.map((p) => [p.date, p.cumulative])])).toEqual([
      [
        'distributed',
        '只',
        [
          ['2020-01-27', 2000],
          ['2020-01-30', 5000],
        ],
      ],
      [
        'donated',
        '只',
        [
          ['2020-01-28', 10_000],
          ['2020-01-29', 11_000],
        ],
      ],
    ]);
  });

  it('never adds figures of different kinds into one running total', () => {
    const series = timelines([
      record({ date: '2020-01-27', quantity: 2000 }),
      record({ date: '2020-01-28', quantity: 10_000, kind: 'donated' }),
      record({ date: '2020-01-30', quantity: 20_000, kind: 'received' }),
    ]);
    expect(series).toEqual([]);
  });

  it('leaves a part out of the running total that counts its whole', () => {
    const [series] = timelines([
      record({ id: 'whole', date: '2020-01-27', quantity: 2000 }),
      record({ id: 'part', date: '2020-01-27', quantity: 500, partOf: 'whole' }),
      record({ id: 'later', date: '2020-01-28', quantity: 100 }),
    ]);
    expect(series!.points.map((p) => p.cumulative)).toEqual([2000, 2100]);
  });

  it('marks the running total approximate from the first lower bound on', () => {
    const [series] = timelines([
      record({ date: '2020-01-27', quantity: 1 }),
      record({ date: '2020-01-28', quantity: 1, qualifier: 'approx-more-than' }),
    ]);
    expect(series!.points.map((p) => p.qualifier)).toEqual(['exact', 'approx-more-than']);
  });

  it('drops series with a single date: no story over time', () => {
    expect(timelines([record({ date: '2020-01-27' }), record({ date: '2020-01-27', id: 'b' })])).toEqual([]);
  });
});
