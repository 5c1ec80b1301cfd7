import type { ChartModel } from '../charts/chartModel.ts';

/**
 * A chart's downloadable data: exactly the numbers its table shows, each as a number (for spreadsheets) and as
 * written on the page (16万余份, which says it is a lower bound). `asShown` is the heading suffix for the latter.
 */
export function chartData(chart: ChartModel, asShown: string): { rows: (string | number | null)[][]; json: object } {
  const header = [chart.labelsHeading, ...chart.datasets.flatMap((d) => [d.label, `${d.label}（${asShown}）`])];
  const rows = chart.labels.map((label, i) => [
    label,
    ...chart.datasets.flatMap((d) => [d.values[i] ?? null, d.display[i] ?? '']),
  ]);
  const json = {
    id: chart.id,
    title: chart.title,
    note: chart.note ?? null,
    sources: chart.sources,
    labelsHeading: chart.labelsHeading,
    labels: chart.labels,
    datasets: chart.datasets.map((d) => ({ label: d.label, values: d.values, display: d.display })),
  };
  return { rows: [header, ...rows], json };
}
