import { CATEGORIES, KINDS } from '../../config/categories.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { totals, type Total } from '../tallies/totals.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';
import type { ChartModel } from './chartModel.ts';

export interface TownName {
  slug: string;
  name: string;
}

/** One chart per category: the towns side by side, one series per kind and unit (never added together). */
export function townComparisonCharts(records: TallyRecord[], towns: TownName[], l: Localizer): ChartModel[] {
  const byTown = new Map(towns.map((town) => [town.slug, totals(records.filter((r) => r.town === town.slug))]));
  return CATEGORIES.flatMap((category) => {
    const series = new Map<string, Pick<Total, 'kind' | 'unitId'>>();
    for (const list of byTown.values()) {
      for (const total of list) {
        if (total.category === category.id) series.set(`${total.kind}|${total.unitId}`, total);
      }
    }
    if (series.size === 0) return [];
    const ordered = [...series.values()].sort(
      (a, b) => KINDS.findIndex((k) => k.id === a.kind) - KINDS.findIndex((k) => k.id === b.kind),
    );
    let approx = false;
    const sources = new Set<string>();
    const datasets = ordered.map((s, index) => {
      const cells = towns.map((town) =>
        byTown.get(town.slug)!.find((t) => t.category === category.id && t.kind === s.kind && t.unitId === s.unitId),
      );
      approx ||= cells.some((c) => c?.approx);
      cells.forEach((c) => c?.entries.forEach((e) => sources.add(e.article)));
      return {
        label: `${l.kind(s.kind)}（${l.unit(s.unitId)}）`,
        colour: index === 0 ? category.colour : shade(category.colour, index),
        type: 'bar' as const,
        values: cells.map((c) => c?.quantity ?? null),
        display: cells.map((c) => (c ? l.amount({ ...c, qualifier: c.approx ? 'approx-more-than' : 'exact' }) : '—')),
      };
    });
    return [
      {
        id: `compare-${category.id}`,
        title: l.category(category.id),
        labelsHeading: l.ui('table.town'),
        labels: towns.map((t) => t.name),
        datasets,
        note: approx ? l.ui('chart.approxNote') : undefined,
        page: 'data/',
        sources: [...sources].sort(),
      },
    ];
  });
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
