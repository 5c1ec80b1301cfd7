import { CATEGORIES } from '../../config/categories.ts';
import type { ChartModel } from '../charts/chartModel.ts';

/**
 * The data page's contents: its comparison charts grouped by category (one chart per unit the category is counted
 * in), in category order. Every chart is in exactly one group.
 */
export function chartContents<Chart extends Pick<ChartModel, 'category'>>(charts: readonly Chart[]): Chart[][] {
  const groups = CATEGORIES.map((category) => charts.filter((chart) => chart.category === category.id)).filter(
    (group) => group.length > 0,
  );
  const known = new Set(CATEGORIES.map((category) => category.id as string));
  const lost = charts.filter((chart) => !known.has(chart.category));
  if (lost.length > 0) throw new Error(`Charts of no category: ${lost.map((chart) => chart.category).join(', ')}`);
  return groups;
}
