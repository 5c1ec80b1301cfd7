/**
 * How charts are drawn, besides their numbers: src/browser/drawChart.ts applies this to every chart, in every
 * reading mode. Colours are the page's own (CSS custom properties of global.css, read when a chart is drawn), so
 * 长辈模式 and 高对比度 reach the canvas as they reach the text.
 */

/** The page colours a chart takes, by what it draws with them. */
export const CHART_COLOUR_PROPERTIES = {
  /** Axis labels, legend, axis lines. */
  text: '--text',
  /** Grid lines (dotted, so they stay quieter than the data though as dark as text). */
  grid: '--muted',
  /** What the chart is drawn on. */
  background: '--bg',
} as const;

/** Least contrast of every colour a chart draws (text, lines, series) with its background: WCAG AA. */
export const MIN_CONTRAST = 4.5;

/** Reading modes (`<html data-reading>`) that ask for more: 高对比度 to WCAG AAA. */
export const MIN_CONTRAST_IN_MODE: Readonly<Record<string, number>> = { contrast: 7 };

/** Bars' fill: the series colour, or a pattern drawn in it (lines through a tile, dots). */
export type SeriesFill = 'solid' | 'diagonal' | 'dots' | 'crosshatch' | 'horizontal' | 'vertical';

/** Chart.js point shapes. */
export type PointShape = 'circle' | 'rect' | 'triangle' | 'rectRot' | 'star' | 'crossRot';

export interface SeriesMark {
  /** How its bars are filled. */
  fill: SeriesFill;
  /** How its line is dashed (lengths in CSS pixels; empty: solid). */
  dash: readonly number[];
  /** Its points' shape. */
  point: PointShape;
}

/**
 * What tells a chart's series apart besides their colour, by series order — they still read in greyscale, on a dim
 * phone and to a reader who does not tell red from green. As many as there are kinds of figure (KINDS in
 * categories.ts), so no two series of a comparison chart share a mark.
 */
export const SERIES_MARKS: readonly SeriesMark[] = [
  { fill: 'solid', dash: [], point: 'circle' },
  { fill: 'diagonal', dash: [12, 6], point: 'rect' },
  { fill: 'dots', dash: [3, 5], point: 'triangle' },
  { fill: 'crosshatch', dash: [14, 5, 3, 5], point: 'rectRot' },
  { fill: 'horizontal', dash: [6, 6], point: 'star' },
  { fill: 'vertical', dash: [20, 6], point: 'crossRot' },
];
