import { chartFiles, type ChartData } from '../lib/openData/chartData';

/**
 * Each chart's CSV and JSON, made when asked from the numbers its figure carries (data-chart), so the build writes
 * no file per chart. Shows the buttons (.chart-downloads) in place of what the page says without scripts: that the
 * table is the chart's data, and where the whole dataset is (.chart-no-downloads). Kept small: it loads with every
 * page that has a chart, and the data page's script budget has little room.
 */
export function chartDownloads(): void {
  for (const part of document.querySelectorAll<HTMLElement>('.chart-downloads, .chart-no-downloads')) {
    part.hidden = !part.hidden;
    // A click on a button (value csv or json); elsewhere in either part, nothing.
    part.onclick = ({ target }) => {
      const format = (target as HTMLButtonElement).value as 'csv' | 'json' | undefined;
      if (!format) return;
      const figure = part.closest('figure')!;
      const data = JSON.parse(figure.dataset.chart!) as ChartData;
      const link = document.createElement('a');
      // A Blob keeps the text's UTF-8 bytes, the CSV's byte-order mark included; `download` names the file. Its URL
      // is not revoked: a few KB until the page closes, where revoking it at once can cancel the download.
      link.href = URL.createObjectURL(new Blob([chartFiles(figure.id, data, part.dataset.asShown!)[format]]));
      link.download = `${figure.id}.${format}`;
      link.click();
    };
  }
}
