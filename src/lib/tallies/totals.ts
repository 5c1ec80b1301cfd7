import { CATEGORIES, KINDS, type UnitId } from '../../config/categories.ts';
import { addsUp } from './addsUp.ts';
import type { TallyRecord } from './tallyRecords.ts';
import { withoutSupersededTotals } from './withoutSupersededTotals.ts';

export interface Total {
  category: string;
  kind: string;
  unitId: UnitId;
  quantity: number;
  /** True when any figure added was a lower bound (余): the sum is then a lower bound too. */
  approx: boolean;
  entries: TallyRecord[];
}

/**
 * Sums figures that can honestly be added: same category, same kind (received is never added to distributed)
 * and same unit, when each adds up (see addsUp: not rates, not parts); of a series of running totals only the latest
 * counts.
 * Ordered by the category list, then kind list.
 */
export function totals(records: TallyRecord[]): Total[] {
  const groups = new Map<string, Total>();
  for (const record of withoutSupersededTotals(records)) {
    if (!addsUp(record)) continue;
    const key = `${record.category}|${record.kind}|${record.unitId}`;
    const total = groups.get(key) ?? {
      category: record.category,
      kind: record.kind,
      unitId: record.unitId,
      quantity: 0,
      approx: false,
      entries: [],
    };
    total.quantity += record.quantity;
    total.approx ||= record.qualifier !== 'exact';
    total.entries.push(record);
    groups.set(key, total);
  }
  const categoryOrder = (id: string) => CATEGORIES.findIndex((c) => c.id === id);
  const kindOrder = (id: string) => KINDS.findIndex((k) => k.id === id);
  return [...groups.values()].sort(
    (a, b) => categoryOrder(a.category) - categoryOrder(b.category) || kindOrder(a.kind) - kindOrder(b.kind),
  );
}
