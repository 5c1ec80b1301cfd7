/**
 * What a chart shows, independent of how: the server renders it as a <table>, the browser script draws the
 * same numbers on a canvas. One model, so the table and the chart can never disagree.
 */
export interface ChartModel {
  /** Stable anchor id (also the permalink fragment). */
  id: string;
  /** The category its figures count: the data page's contents group charts by it. */
  category: string;
  title: string;
  /** Heading of the table's first column (乡镇, 日期). */
  labelsHeading: string;
  /** Row labels of the table, x-axis labels of the chart. */
  labels: string[];
  datasets: ChartDataset[];
  /** Said under the chart when some figures are lower bounds. */
  note?: string;
  /** The page the chart lives on, after the locale (`data/`, `towns/nixi/`): its permalink is that page + #id. */
  page: string;
  /** Slugs of the articles the figures come from, for the source line under the chart. */
  sources: string[];
}

export interface ChartDataset {
  label: string;
  colour: string;
  type: 'bar' | 'line';
  /** null where this series has no figure for a label. */
  values: (number | null)[];
  /** The figure as people read it (16万余份), for the table and tooltips. */
  display: string[];
}
