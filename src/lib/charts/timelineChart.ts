import { categoryById } from '../../config/categories.ts';
import type { Localizer } from '../i18n/localizer.ts';
import type { Timeline } from '../tallies/timeline.ts';
import { townPath } from '../routes/paths.ts';
import { timelineChartId } from './chartIds.ts';
import type { ChartModel } from './chartModel.ts';
import { qualifierNote } from './qualifierNote.ts';

/** A town's dated figures of one category, kind and unit: each day's figure as a bar, the running total as a line. */
export function timelineChart(timeline: Timeline, townSlug: string, l: Localizer): ChartModel {
  const { points, category, kind, unitId } = timeline;
  return {
    id: timelineChartId(townSlug, category, kind, unitId),
    category,
    title: `${l.category(category)}${l.kind(kind)}（${l.unit(unitId)}）${l.ui('town.timeline')}`,
    labelsHeading: l.ui('table.date'),
    labels: points.map((p) => l.date(p.date, { withYear: false })),
    datasets: [
      {
        label: l.ui('table.quantity'),
        colour: categoryById(category)!.colour,
        type: 'bar',
        values: points.map((p) => p.record.quantity),
        display: points.map((p) => l.amount({ ...p.record, unitId })),
      },
      {
        label: l.ui('table.cumulative'),
        colour: '#111827',
        type: 'line',
        values: points.map((p) => p.cumulative),
        display: points.map((p) => l.amount({ quantity: p.cumulative, qualifier: p.qualifier, unitId })),
      },
    ],
    note: qualifierNote(
      points.flatMap((p) => [p.record.qualifier, p.qualifier]),
      l,
    ),
    page: townPath(townSlug),
    sources: [...new Set(points.map((p) => p.record.article))].sort(),
  };
}
