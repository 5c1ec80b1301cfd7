import type { ChartModel } from './chartModel.ts';

/**
 * The comparison charts that say something about the town at `index` (its row in the charts' labels): it has a
 * figure there, and so does at least one other town — a chart of one bar compares nothing.
 */
export function chartsComparing<Chart extends ChartModel>(charts: readonly Chart[], index: number): Chart[] {
  return charts.filter((chart) =>
    chart.datasets.some(
      (dataset) => dataset.values[index] != null && dataset.values.filter((value) => value != null).length >= 2,
    ),
  );
}
