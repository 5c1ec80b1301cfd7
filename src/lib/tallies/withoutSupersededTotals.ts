import type { TallyRecord } from './tallyRecords.ts';

/**
 * Drops running totals (`cumulative: true`) that a later running total of the same town, category, kind and unit
 * replaces: 截至2月10日累计5000只 and 截至2月15日累计8000只 are one figure at two dates, not 13000.
 */
export function withoutSupersededTotals(records: TallyRecord[]): TallyRecord[] {
  const key = (r: TallyRecord) => [r.town, r.category, r.kind, r.unitId].join('|');
  const latest = new Map<string, TallyRecord>();
  for (const record of records) {
    if (!record.cumulative) continue;
    const current = latest.get(key(record));
    if (!current || (record.date ?? '') > (current.date ?? '')) latest.set(key(record), record);
  }
  return records.filter((r) => !r.cumulative || latest.get(key(r)) === r);
}
