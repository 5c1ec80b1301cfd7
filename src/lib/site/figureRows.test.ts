import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { DATASET_COLUMNS } from '../../config/dataset.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import { datasetRows } from '../openData/datasetRows.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';
import { figureRows } from './figureRows.ts';

const record = (extra: Partial<TallyRecord> = {}): TallyRecord => ({
  id: 'masks-1',
  article: 'a',
  town: 't',
  category: 'masks',
  kind: 'distributed',
  quantity: 300,
  qualifier: 'exact',
  unit: '只',
  unitId: '只',
  quote: '每天发放口罩300只',
  review: 'reviewed',
  wholes: [],
  ...extra,
});
const [hans] = LOCALES;

describe('a rate (per) where a figure is shown', () => {
  it('reads as a rate in the figures table, never as a total', () => {
    const [rate, total] = figureRows([record({ per: '天' }), record()], testLocalizer(hans!));
    expect(rate!.amount).toBe('每天300只');
    expect(total!.amount).toBe('300只');
  });

  it('says what it is per in the open dataset, and leaves the column empty otherwise', () => {
    const source = {
      records: [record({ per: '天' }), record({ id: 'masks-2' })],
      articleBySlug: new Map([['a', { data: { title: 'T', script: 'hans', source: {} } }]]) as unknown as Parameters<
        typeof datasetRows
      >[0]['articleBySlug'],
      townBySlug: new Map(),
    };
    const rows = datasetRows(source, LOCALES.map(testLocalizer));
    const perColumns = DATASET_COLUMNS.filter((c) => c.startsWith('per_'));
    expect(perColumns.length).toBe(LOCALES.length);
    expect(perColumns.map((c) => rows[0]![c])).toEqual(LOCALES.map(() => '天'));
    expect(perColumns.map((c) => rows[1]![c])).toEqual(LOCALES.map(() => null));
  });
});
