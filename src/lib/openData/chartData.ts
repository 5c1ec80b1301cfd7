import type { ChartDataset, ChartModel } from '../charts/chartModel.ts';
import { toCsv } from './toCsv.ts';

/**
 * What a chart's `<figure data-chart>` carries: the numbers the canvas draws (the same as its table), and what the
 * CSV and JSON the browser makes from them need. Not the list of all its source articles: a chart can draw on
 * hundreds, so the page names the newest few and how many there are (data/tallies.csv names every figure's article).
 */
export interface ChartData {
  title: string;
  /** Said under the chart when some figures are lower bounds (null when none is). */
  note: string | null;
  /** Slugs of the source articles the page names (the newest few), sorted. */
  sources: string[];
  /** How many articles the chart's figures come from. */
  sourceCount: number;
  labelsHeading: string;
  labels: string[];
  datasets: ChartDataset[];
}

/** A chart's data for its figure; `sources` as the page names them (sourceLinks): the newest few, and how many in all. */
export function chartData(chart: ChartModel, sources: { links: { slug: string }[]; total: number }): ChartData {
  return {
    title: chart.title,
    note: chart.note ?? null,
    sources: sources.links.map((link) => link.slug).sort(),
    sourceCount: sources.total,
    labelsHeading: chart.labelsHeading,
    labels: chart.labels,
    datasets: chart.datasets,
  };
}

/**
 * A chart's downloads, `<id>.csv` and `<id>.json`: exactly the numbers its table shows, each as a number (for
 * spreadsheets) and as written on the page (16万余份, which says it is a lower bound). `asShown` is the heading suffix
 * for the latter. Runs in the browser (src/browser/chartDownloads.ts): keep it small.
 */
export function chartFiles(id: string, chart: ChartData, asShown: string): { csv: string; json: string } {
  const { labels, datasets } = chart;
  const csv = toCsv([
    [chart.labelsHeading, ...datasets.flatMap((d) => [d.label, `${d.label}（${asShown}）`])],
    ...labels.map((label, i) => [label, ...datasets.flatMap((d) => [d.values[i], d.display[i]])]),
  ]);
  // The figure's own fields, in their order (chartData), without what only the canvas needs.
  const json = JSON.stringify(
    { id, ...chart },
    (key, value) => (key === 'colour' || key === 'type' ? undefined : value),
    2,
  );
  return { csv, json: json + '\n' };
}
