import type { TallyEntry } from '../schema/tally.ts';
import type { TallyRecord } from './tallyRecords.ts';

/** Whether a figure is a rate, never added into any sum: a range (6–8 per team) or an entry with `per` (10 a day). */
export function isRate(entry: Pick<TallyEntry, 'qualifier' | 'per'>): boolean {
  return entry.qualifier === 'range' || Boolean(entry.per);
}

/** How a sum reads: exact, a lower bound (16万余), or rounded (约6.7万). */
export type SumQualifier = 'exact' | 'approx-more-than' | 'about';

/**
 * A sum with a rounded figure in it (约6.7万) is rounded, not a lower bound; else one with a lower bound in it, or with
 * parts left out because they may overlap, is a lower bound.
 */
export function sumQualifier(added: readonly TallyRecord[], overlapping: readonly TallyRecord[] = []): SumQualifier {
  if (added.some((record) => record.qualifier === 'about')) return 'about';
  if (overlapping.length > 0 || added.some((record) => record.qualifier !== 'exact')) return 'approx-more-than';
  return 'exact';
}

export interface Summands {
  added: TallyRecord[];
  /** Parts of one whole left out because they may overlap a larger one: the sum is a lower bound from their date on. */
  overlapping: TallyRecord[];
}

/**
 * The figures of one sum (a total, a running total) that may be added: not rates, and not parts of a figure the same
 * sum already counts. A part whose whole is not in this sum — another kind, another town, not yet reviewed — is a
 * figure of its own there (1200余名 mobilised of 2700 members counted). Parts of one whole may overlap (全镇1200余名 and
 * 上流庄村20名 of the same members), so without their whole only the largest of them is added.
 */
export function summands(records: readonly TallyRecord[]): Summands {
  const candidates = records.filter((record) => !isRate(record));
  const key = (record: TallyRecord, id = record.id) => `${record.article}#${id}`;
  const inSum = new Set(candidates.map((record) => key(record)));
  const uncounted = candidates.filter((record) => !record.wholes.some((whole) => inSum.has(key(record, whole))));
  // A family: the figures under one outermost whole; a figure that is no part is a family of its own.
  const largestOfFamily = new Map<string | TallyRecord, TallyRecord>();
  for (const record of uncounted) {
    const outermost = record.wholes.at(-1);
    const family = outermost === undefined ? record : key(record, outermost);
    const kept = largestOfFamily.get(family);
    if (!kept || record.quantity > kept.quantity) largestOfFamily.set(family, record);
  }
  const largest = new Set(largestOfFamily.values());
  return {
    added: uncounted.filter((record) => largest.has(record)),
    overlapping: uncounted.filter((record) => !largest.has(record)),
  };
}
