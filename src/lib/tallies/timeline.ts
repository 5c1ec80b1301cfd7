import type { UnitId } from '../../config/categories.ts';
import { asWritten } from '../numbers/asWritten.ts';
import { sumQualifier, summands, type SumQualifier } from './summands.ts';
import type { TallyRecord } from './tallyRecords.ts';

export interface TimelinePoint {
  date: string;
  record: TallyRecord;
  /** Running total of the series up to and including this point. */
  cumulative: number;
  /** How the running total up to this point reads (a lower bound once any figure in it is one): see sumQualifier. */
  qualifier: SumQualifier;
}

export interface Timeline {
  category: string;
  kind: string;
  unitId: UnitId;
  points: TimelinePoint[];
}

/**
 * Dated figures of one town, one series per category, kind and unit — a running total only ever adds figures of one
 * kind in one unit — in date order with the running total: how supplies went out (masks handed out on 1/27, 1/29, 1/30). Only
 * series with two or more dates tell a story over time.
 */
export function timelines(records: TallyRecord[]): Timeline[] {
  const series = new Map<string, TallyRecord[]>();
  for (const record of records) {
    // A running total (cumulative) is not one day's figure: adding it up again would count it twice.
    if (!record.date || record.cumulative) continue;
    const key = `${record.category}|${record.kind}|${record.unitId}`;
    series.set(key, [...(series.get(key) ?? []), record]);
  }
  return [...series.values()]
    .map(summands)
    .filter(({ added }) => new Set(added.map((r) => r.date)).size >= 2)
    .map(({ added: list, overlapping }) => {
      let cumulative = 0;
      const sorted = [...list].sort((a, b) => a.date!.localeCompare(b.date!));
      const points = sorted.map((record, index) => {
        cumulative = asWritten(cumulative + record.quantity);
        const sofar = sorted.slice(0, index + 1);
        const leftOut = overlapping.filter((left) => left.date! <= record.date!);
        return { date: record.date!, record, cumulative, qualifier: sumQualifier(sofar, leftOut) };
      });
      const { category, kind, unitId } = list[0]!;
      return { category, kind, unitId, points };
    });
}
