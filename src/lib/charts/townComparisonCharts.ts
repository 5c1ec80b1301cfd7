import { CATEGORIES, KINDS } from '../../config/categories.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { totals } from '../tallies/totals.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';
import { comparisonChartId } from './chartIds.ts';
import { qualifierNote } from './qualifierNote.ts';
import type { ChartModel } from './chartModel.ts';

export interface TownName {
  slug: string;
  name: string;
}

/**
 * One chart per category and unit — unlike units never share an axis (100余桶 beside 2吨) — the towns side by side,
 * one series per kind (never added together).
 */
export function townComparisonCharts(records: TallyRecord[], towns: TownName[], l: Localizer): ChartModel[] {
  const byTown = new Map(towns.map((town) => [town.slug, totals(records.filter((r) => r.town === town.slug))]));
  const everyTotal = [...byTown.values()].flat();
  return CATEGORIES.flatMap((category) =>
    category.units
      .filter((unitId) => everyTotal.some((t) => t.category === category.id && t.unitId === unitId))
      .map((unitId): ChartModel => {
        const kinds = KINDS.filter((kind) =>
          everyTotal.some((t) => t.category === category.id && t.unitId === unitId && t.kind === kind.id),
        );
        const sources = new Set<string>();
        const qualifiers: string[] = [];
        const datasets = kinds.map((kind, index) => {
          const cells = towns.map((town) =>
            byTown.get(town.slug)!.find((t) => t.category === category.id && t.kind === kind.id && t.unitId === unitId),
          );
          cells.forEach((c) => c?.entries.forEach((e) => sources.add(e.article)));
          cells.forEach((c) => c && qualifiers.push(c.qualifier));
          return {
            label: l.kind(kind.id),
            colour: index === 0 ? category.colour : shade(category.colour, index),
            type: 'bar' as const,
            values: cells.map((c) => c?.quantity ?? null),
            display: cells.map((c) => (c ? l.amount(c) : '—')),
          };
        });
        return {
          id: comparisonChartId(category.id, unitId),
          category: category.id,
          title: `${l.category(category.id)}（${l.unit(unitId)}）`,
          labelsHeading: l.ui('table.town'),
          labels: towns.map((t) => t.name),
          datasets,
          note: qualifierNote(qualifiers, l),
          page: 'data/',
          sources: [...sources].sort(),
        };
      }),
  );
}

/** A darker variant of a colour for a category's second and later series, so bars stay distinguishable. */
function shade(hex: string, step: number): string {
  const factor = Math.max(0.35, 1 - 0.25 * step);
  const channel = (i: number) =>
    Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * factor)
      .toString(16)
      .padStart(2, '0');
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}
