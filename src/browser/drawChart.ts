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
} from 'chart.js';
import type { ChartModel } from '../lib/charts/chartModel';

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

export function drawChart(figure: HTMLElement): void {
  const model = JSON.parse(figure.dataset.chart!) as Pick<ChartModel, 'labels' | 'datasets'>;
  const holder = figure.querySelector<HTMLElement>('.chart-canvas')!;
  const canvas = document.createElement('canvas');
  // The stylesheet reserves this height before drawing (.chart-canvas in global.css): keep the two in step.
  holder.style.height = `${Math.max(220, model.labels.length * 48)}px`;
  holder.append(canvas);
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: model.labels,
      datasets: model.datasets.map((dataset) => ({
        type: dataset.type,
        label: dataset.label,
        data: dataset.values,
        backgroundColor: dataset.colour,
        borderColor: dataset.colour,
      })),
    },
    options: {
      maintainAspectRatio: false,
      animation: reduceMotion ? false : undefined,
      plugins: {
        tooltip: {
          // Show the figure as people read it (16万余), not the bare lower bound.
          callbacks: {
            label: (item) => `${item.dataset.label}：${model.datasets[item.datasetIndex]!.display[item.dataIndex]}`,
          },
        },
      },
      scales: { y: { beginAtZero: true } },
    },
  });
}
