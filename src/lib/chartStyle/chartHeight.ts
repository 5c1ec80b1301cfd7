import type { ChartModel } from '../charts/chartModel.ts';

type Shape = Pick<ChartModel, 'labels' | 'datasets'>;

/**
 * Bars across (towns down the side, their names level and readable on a phone, each bar's figure at its end)
 * unless the chart has a line (a running total over dates), which reads left to right.
 */
export function barsAcross(chart: Shape): boolean {
  return chart.datasets.every((dataset) => dataset.type === 'bar');
}

/**
 * Height of a chart's canvas in em of the text around it, so it grows with large type: the legend and the axis,
 * and for bars across, each bar as thick as a line of text with room around it.
 */
export function chartHeightEm(chart: Shape): number {
  if (!barsAcross(chart)) return 16;
  return Math.max(13, 6 + chart.labels.length * chart.datasets.length * 1.8);
}
