import type { UnitId } from '../../config/categories.ts';
import { addsUp } from './addsUp.ts';
import type { TallyRecord } from './tallyRecords.ts';

export interface TimelinePoint {
  date: string;
  record: TallyRecord;
  /** Running total of the series up to and including this point. */
  cumulative: number;
  /** True once any figure in the running total is a lower bound. */
  approx: boolean;
}

export interface Timeline {
  category: string;
  unitId: UnitId;
  points: TimelinePoint[];
}

/**
 * Dated figures of one town, one series per category and unit, in date order with a running total: how supplies
 * built up (泥溪镇's masks: 1/27 → 1/30). Only series with two or more dates tell a story over time.
 */
export function timelines(records: TallyRecord[]): Timeline[] {
  const series = new Map<string, TallyRecord[]>();
  for (const record of records) {
    // A running total (cumulative) is not one day's figure: adding it up again would count it twice.
    if (!record.date || !addsUp(record) || record.cumulative) continue;
    const key = `${record.category}|${record.unitId}`;
    series.set(key, [...(series.get(key) ?? []), record]);
  }
  return [...series.values()]
    .filter((list) => new Set(list.map((r) => r.date)).size >= 2)
    .map((list) => {
      let cumulative = 0;
      let approx = false;
      const points = [...list]
        .sort((a, b) => a.date!.localeCompare(b.date!))
        .map((record) => {
          cumulative += record.quantity;
          approx ||= record.qualifier !== 'exact';
          return { date: record.date!, record, cumulative, approx };
        });
      return { category: list[0]!.category, unitId: list[0]!.unitId, points };
    });
}
