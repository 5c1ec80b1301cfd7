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
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { CHART_COLOUR_PROPERTIES, MIN_CONTRAST, MIN_CONTRAST_IN_MODE, SERIES_MARKS } from '../config/chartStyle';
import type { ChartModel } from '../lib/charts/chartModel';
import { withContrast } from '../lib/colour/contrast';
import { seriesFill } from './seriesPatterns';

// Only the pieces our charts use: about 20 KB gzip less than chart.js/auto.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

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
  // The stylesheet reserves this height before drawing (.chart-canvas in Chart.astro): keep the two in step. In em,
  // so a chart grows with large type.
  holder.style.height = `${Math.max(13, model.labels.length * 2.8)}em`;
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
 * Bars across (towns down the side, their names level and readable on a phone) unless the chart has a line (a
 * running total over dates), which reads left to right. Each series has its own fill, dash and point shape besides
 * its colour (SERIES_MARKS); every colour is darkened where needed to the contrast the reading mode asks for.
 */
function chartConfig(model: Model, style: PageStyle): ChartConfiguration<'bar' | 'line'> {
  const { fontSize, text, grid, background } = style;
  const font = { size: fontSize, family: style.fontFamily };
  const across = model.datasets.every((dataset) => dataset.type === 'bar');
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
          labels: { color: text, font, boxWidth: fontSize * 2, boxHeight: fontSize, padding: fontSize * 0.75 },
        },
        tooltip: {
          titleFont: font,
          bodyFont: font,
          backgroundColor: text,
          titleColor: background,
          bodyColor: background,
          // Show the figure as people read it (16万余), not the bare lower bound.
          callbacks: {
            label: (item) => `${item.dataset.label}：${model.datasets[item.datasetIndex]!.display[item.dataIndex]}`,
          },
        },
      },
      scales: across ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis },
    },
  };
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
