import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
  type Plugin,
} from 'chart.js';
import { CHART_COLOUR_PROPERTIES, MIN_CONTRAST, MIN_CONTRAST_IN_MODE, SERIES_MARKS } from '../config/chartStyle';
import type { ChartModel } from '../lib/charts/chartModel';
import { barsAcross, chartHeightEm } from '../lib/chartStyle/chartHeight';
import { withContrast } from '../lib/chartStyle/contrast';
import { seriesFill } from './seriesPatterns';

// Only the pieces our charts use: about 20 KB gzip less than chart.js/auto. No tooltips: bars carry their figures.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
);

/** Room between a bar's end and its figure, in CSS pixels. */
const LABEL_GAP = 6;

type Model = Pick<ChartModel, 'labels' | 'datasets'>;

/** What a chart takes from the page around it when drawn: its text's size and font, its colours, its contrast. */
interface PageStyle {
  fontSize: number;
  fontFamily: string;
  text: string;
  grid: string;
  background: string;
  minContrast: number;
}

/** Charts drawn so far, redrawn in the page's new style when the reader switches a reading mode. */
const drawn = new Map<HTMLElement, { chart: Chart; model: Model }>();

export function drawChart(figure: HTMLElement): void {
  const model = JSON.parse(figure.dataset.chart!) as Model;
  const holder = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const canvas = document.createElement('canvas');
  // The stylesheet reserves the same height before drawing (.chart-canvas in Chart.astro).
  holder.style.height = `${chartHeightEm(model)}em`;
  holder.append(canvas);
  const config = chartConfig(model, pageStyle(figure));
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) config.options!.animation = false;
  const chart = new Chart(canvas, config);
  drawn.set(figure, { chart, model });
  followReadingModes();
}

/** The page's style where the figure stands, read now: the reading mode's font size and colours included. */
function pageStyle(figure: HTMLElement): PageStyle {
  const css = getComputedStyle(figure);
  const modes = (document.documentElement.dataset.reading ?? '').split(' ');
  const minContrast = Math.max(MIN_CONTRAST, ...modes.map((mode) => MIN_CONTRAST_IN_MODE[mode] ?? 0));
  const background = css.getPropertyValue(CHART_COLOUR_PROPERTIES.background).trim();
  const colour = (property: string) => withContrast(css.getPropertyValue(property), background, minContrast);
  return {
    fontSize: parseFloat(css.fontSize),
    fontFamily: css.fontFamily,
    text: colour(CHART_COLOUR_PROPERTIES.text),
    grid: colour(CHART_COLOUR_PROPERTIES.grid),
    background,
    minContrast,
  };
}

/**
 * Each series has its own fill, dash and point shape besides its colour (SERIES_MARKS); every colour is darkened
 * where needed to the contrast the reading mode asks for.
 */
function chartConfig(model: Model, style: PageStyle): ChartConfiguration<'bar' | 'line'> {
  const { fontSize, text, grid, background } = style;
  const font = { size: fontSize, family: style.fontFamily };
  const across = barsAcross(model);
  // 2万 rather than 20,000: as the tables write figures, and short enough to stay level on a phone.
  const number = new Intl.NumberFormat(document.documentElement.lang, { notation: 'compact' });
  const valueAxis = {
    beginAtZero: true,
    ticks: { color: text, font, maxRotation: 0, callback: (value: number | string) => number.format(Number(value)) },
    grid: { color: grid, lineWidth: 1 },
    border: { color: text, width: 2, dash: [2, 4] },
  };
  const labelAxis = { ticks: { color: text, font }, grid: { display: false }, border: { color: text, width: 2 } };
  return {
    type: 'bar',
    plugins: across ? [valueLabels(model)] : [],
    data: {
      labels: model.labels,
      datasets: model.datasets.map((dataset, index) => {
        const mark = SERIES_MARKS[index % SERIES_MARKS.length]!;
        const colour = withContrast(dataset.colour, background, style.minContrast);
        return {
          type: dataset.type,
          label: dataset.label,
          data: dataset.values,
          borderColor: colour,
          // A line's points are hollow shapes (its legend box an outline of its dash); a bar is filled.
          backgroundColor: dataset.type === 'bar' ? seriesFill(mark.fill, colour, background) : background,
          borderWidth: dataset.type === 'bar' ? 2 : 3,
          borderDash: dataset.type === 'line' ? [...mark.dash] : [],
          pointStyle: mark.point,
          pointRadius: fontSize / 3,
          pointHoverRadius: fontSize / 2.5,
          pointBorderWidth: 2,
        };
      }),
    },
    options: {
      maintainAspectRatio: false,
      indexAxis: across ? 'y' : 'x',
      color: text,
      font,
      plugins: {
        legend: {
          labels: { color: text, font, boxWidth: fontSize * 1.5, boxHeight: fontSize, padding: fontSize * 0.75 },
        },
      },
      // Room at the bars' ends for the longest figure.
      layout: { padding: { right: across ? widest(model, `${fontSize}px ${style.fontFamily}`) + LABEL_GAP : 0 } },
      scales: across ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    },
  };
}

/**
 * Writes each bar's figure as people read it (1万余只, not the bare lower bound) at its end: read without tapping, on
 * a phone too, in the page's text style. Bars across only; a chart over dates leaves its figures to the table.
 */
function valueLabels(model: Model): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      // The chart's own text style, which a redraw in another reading mode replaces.
      const { ctx, options } = chart;
      ctx.save();
      const font = `${options.font!.size}px ${options.font!.family}`;
      Object.assign(ctx, { font, fillStyle: options.color, textBaseline: 'middle', textAlign: 'left' });
      model.datasets.forEach((dataset, d) =>
        chart.getDatasetMeta(d).data.forEach((bar, i) => {
          if (dataset.values[i] !== null) ctx.fillText(dataset.display[i]!, bar.x + LABEL_GAP, bar.y);
        }),
      );
      ctx.restore();
    },
  };
}

let measuring: CanvasRenderingContext2D | undefined;

/** Width of the chart's longest figure in the given font. */
function widest(model: Model, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d')!;
  measuring.font = font;
  const figures = model.datasets.flatMap((dataset) => dataset.display.filter((_, i) => dataset.values[i] !== null));
  return Math.max(0, ...figures.map((figure) => measuring!.measureText(figure).width));
}

let observing = false;

/** Reading modes are set on <html data-reading> (readingModes.ts): redraw every chart in the page's new style. */
function followReadingModes(): void {
  if (observing) return;
  observing = true;
  new MutationObserver(() => {
    for (const [figure, { chart, model }] of drawn) {
      const { data, options } = chartConfig(model, pageStyle(figure));
      chart.data = data;
      chart.options = { ...options, animation: false };
      chart.update();
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-reading'] });
}
