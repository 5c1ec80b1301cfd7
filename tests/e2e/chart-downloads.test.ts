import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/lib/numbers/findQuantities.ts';
import { useSiteInBrowser } from './browser.ts';

const site = useSiteInBrowser();

/** RFC 4180: fields split at commas, quoted fields may hold commas, line breaks and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  expect(field + row.join(''), 'the file ends with CRLF').toBe('');
  return rows;
}

/** The number a table cell shows (16万余份 → 160000), or null for a dash. */
function shownNumber(cell: string): number | null {
  if (cell === '—') return null;
  const [found] = findQuantities(cell);
  expect(found, cell).toBeDefined();
  return found!.value;
}

/** The chart's table as the reader sees it: the header cells, then each row's cells. */
async function tableOf(figure: Locator): Promise<{ header: string[]; rows: string[][] }> {
  // Each function runs in the page: it cannot share a helper with this file.
  return {
    header: await figure.locator('thead tr').evaluate((row) => [...row.children].map((c) => c.textContent!.trim())),
    rows: await figure
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.children].map((c) => c.textContent!.trim()))),
  };
}

/** Clicks the figure's CSV or JSON button and returns the file the browser saved, with its name. */
async function download(page: Page, figure: Locator, format: 'CSV' | 'JSON'): Promise<{ name: string; bytes: Buffer }> {
  const saved = page.waitForEvent('download');
  await figure.getByRole('button', { name: format, exact: true }).click();
  const file = await saved;
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

describe('chart downloads, made in the browser from the chart’s data', () => {
  // A town page (timelines), the data page (comparisons, several series) and an embed page, in both scripts.
  for (const path of [
    'zh-hans/towns/shagou/',
    'zh-hant/data/',
    'zh-hant/towns/nixi/',
    'zh-hans/embed/compare-masks/',
  ]) {
    it(`${path}: CSV and JSON hold exactly the numbers in the chart's table`, async () => {
      const hant = path.startsWith('zh-hant/');
      const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/${path}`);
      const figures = page.locator('figure[data-chart]');
      // The first chart, and the one with the most series (one pair of CSV columns per series).
      const widths = await figures.evaluateAll((all) => all.map((f) => f.querySelectorAll('thead th').length));
      const picks = [...new Set([0, widths.indexOf(Math.max(...widths))])];
      expect(widths.length).toBeGreaterThan(0);
      for (const index of picks) {
        const figure = figures.nth(index);
        const id = (await figure.getAttribute('id'))!;
        await figure.locator('.chart-links').scrollIntoViewIfNeeded();
        expect(await figure.locator('.chart-no-downloads').isVisible(), id).toBe(false);
        const { header, rows } = await tableOf(figure);
        const series = header.slice(1);
        expect(rows.length, id).toBeGreaterThan(0);

        const csv = await download(page, figure, 'CSV');
        expect(csv.name).toBe(`${id}.csv`);
        expect([...csv.bytes.subarray(0, 3)], 'UTF-8 byte-order mark, for Excel').toEqual([0xef, 0xbb, 0xbf]);
        const [csvHeader, ...csvRows] = parseCsv(csv.bytes.toString('utf8').slice(1));
        const asShown = hant ? '頁面寫法' : '页面写法';
        expect(csvHeader).toEqual([header[0], ...series.flatMap((label) => [label, `${label}（${asShown}）`])]);
        expect(csvRows.map((row) => row[0])).toEqual(rows.map((row) => row[0]));
        expect(csvRows.map((row) => series.map((_, s) => row[2 + 2 * s]))).toEqual(rows.map((row) => row.slice(1)));
        expect(csvRows.map((row) => series.map((_, s) => row[1 + 2 * s]))).toEqual(
          rows.map((row) => row.slice(1).map((cell) => String(shownNumber(cell) ?? ''))),
        );

        const json = await download(page, figure, 'JSON');
        expect(json.name).toBe(`${id}.json`);
        const data = JSON.parse(json.bytes.toString('utf8')) as {
          id: string;
          title: string;
          labelsHeading: string;
          labels: string[];
          datasets: { label: string; values: (number | null)[]; display: string[] }[];
        };
        expect(data.id).toBe(id);
        expect(data.title).toBe((await figure.locator('figcaption').innerText()).trim());
        expect(data.labelsHeading).toBe(header[0]);
        expect(data.labels).toEqual(rows.map((row) => row[0]));
        expect(data.datasets.map((d) => d.label)).toEqual(series);
        expect(data.datasets.map((d) => d.display)).toEqual(series.map((_, s) => rows.map((row) => row[1 + s])));
        expect(data.datasets.map((d) => d.values)).toEqual(
          series.map((_, s) => rows.map((row) => shownNumber(row[1 + s]!))),
        );
      }
      await context.close();
    });
  }

  it('without JavaScript, no download button shows; the page says the table is the data and links the dataset', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    for (const path of ['zh-hans/towns/shagou/', 'zh-hant/data/', 'zh-hans/embed/compare-masks/']) {
      await page.goto(`${site.origin}/${path}`);
      const figures = await page.locator('figure[data-chart]').all();
      expect(figures.length, path).toBeGreaterThan(0);
      for (const figure of figures) {
        expect(await figure.getByRole('button').count(), path).toBe(0);
        expect(await figure.getByText('CSV', { exact: true }).isVisible(), path).toBe(false);
        const instead = figure.locator('.chart-no-downloads');
        expect(await instead.isVisible(), path).toBe(true);
        expect(await instead.innerText()).toContain(
          path.startsWith('zh-hant/') ? '本圖表的資料即上表' : '本图表的数据即上表',
        );
        expect(await instead.locator('a[href$="/data/tallies.csv"]').isVisible(), path).toBe(true);
      }
    }
    await context.close();
  });
});
