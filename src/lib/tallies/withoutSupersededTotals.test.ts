import { describe, expect, it } from 'vitest';
import type { TallyRecord } from './tallyRecords.ts';
import { withoutSupersededTotals } from './withoutSupersededTotals.ts';

const record = (id: string, quantity: number, date: string, cumulative?: true, town = 'nixi'): TallyRecord => ({
  id,
  category: 'masks',
  kind: 'distributed',
  quantity,
  qualifier: 'exact',
  unit: '只',
  unitId: '只',
  date,
  quote: '',
  review: 'reviewed',
  cumulative,
  article: 'a',
  town,
  wholes: [],
});

describe('withoutSupersededTotals', () => {
  it('keeps only the latest running total of a series, and every other figure', () => {
    const day = record('day', 100, '2020-02-01');
    const early = record('early', 5000, '2020-02-10', true);
    const late = record('late', 8000, '2020-02-15', true);
    const elsewhere = record('elsewhere', 300, '2020-02-01', true, 'shagou');
    expect(withoutSupersededTotals([day, early, late, elsewhere])).toEqual([day, late, elsewhere]);
  });
});
