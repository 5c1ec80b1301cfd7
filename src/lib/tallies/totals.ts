import { CATEGORIES, KINDS, type UnitId } from '../../config/categories.ts';
import { asWritten } from '../numbers/asWritten.ts';
import { sumQualifier, summands, type SumQualifier } from './summands.ts';
import type { TallyRecord } from './tallyRecords.ts';
import { withoutSupersededTotals } from './withoutSupersededTotals.ts';

export interface Total {
  category: string;
  kind: string;
  unitId: UnitId;
  quantity: number;
  /** A lower bound when any figure added was one (余), rounded when any was rounded (约): see sumQualifier. */
  qualifier: SumQualifier;
  entries: TallyRecord[];
}

/**
 * Sums figures that can honestly be added: same category, same kind (received is never added to distributed)
 * and same unit, each one a summand (see summands: not a rate, not a part of a figure this sum already counts); of a
 * series of running totals only the latest counts.
 * Ordered by the category list, then kind list.
 */
export function totals(records: TallyRecord[]): Total[] {
  const groups = new Map<string, TallyRecord[]>();
  for (const record of withoutSupersededTotals(records)) {
    const key = `${record.category}|${record.kind}|${record.unitId}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  const categoryOrder = (id: string) => CATEGORIES.findIndex((c) => c.id === id);
  const kindOrder = (id: string) => KINDS.findIndex((k) => k.id === id);
  return [...groups.values()]
    .map(summands)
    .filter(({ added }) => added.length > 0)
    .map(({ added, overlapping }) => ({
      category: added[0]!.category,
      kind: added[0]!.kind,
      unitId: added[0]!.unitId,
      quantity: added.reduce((sum, entry) => asWritten(sum + entry.quantity), 0),
      qualifier: sumQualifier(added, overlapping),
      entries: added,
    }))
    .sort((a, b) => categoryOrder(a.category) - categoryOrder(b.category) || kindOrder(a.kind) - kindOrder(b.kind));
}
