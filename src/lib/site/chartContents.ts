import { CATEGORIES } from '../../config/categories.ts';
import { comparisonChartId } from '../charts/chartIds.ts';
import type { ChartModel } from '../charts/chartModel.ts';

/**
 * The data page's contents: its comparison charts grouped by category (one chart per unit the category is counted
 * in), in category order. Every chart is in exactly one group.
 */
export function chartContents<Chart extends Pick<ChartModel, 'id'>>(charts: readonly Chart[]): Chart[][] {
  const groups = CATEGORIES.map((category) => {
    const ids = new Set(category.units.map((unit) => comparisonChartId(category.id, unit)));
    return charts.filter((chart) => ids.has(chart.id));
  }).filter((group) => group.length > 0);
  const grouped = new Set(groups.flat());
  const lost = charts.filter((chart) => !grouped.has(chart));
  if (lost.length > 0) throw new Error(`Charts of no category: ${lost.map((chart) => chart.id).join(', ')}`);
  return groups;
}
