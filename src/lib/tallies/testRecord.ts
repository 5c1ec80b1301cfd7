import type { TallyRecord } from './tallyRecords.ts';

/** A tally record for tests: masks distributed in nixi unless told otherwise. */
export function testRecord(fields: Partial<TallyRecord> = {}): TallyRecord {
  return {
    id: 'entry',
    category: 'masks',
    kind: 'distributed',
    quantity: 1,
    qualifier: 'exact',
    unit: '只',
    unitId: '只',
    quote: '1只口罩',
    review: 'reviewed',
    article: 'a',
    town: 'nixi',
    wholes: fields.partOf ? [fields.partOf] : [],
    ...fields,
  };
}
