import { describe, expect, it } from 'vitest';
import { useSiteInBrowser } from './browser.ts';

const site = useSiteInBrowser();

describe('charts', () => {
  it('draw on the canvas when scrolled to', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hant/data/`);
    const figure = page.locator('figure[data-chart]').first();
    await figure.scrollIntoViewIfNeeded();
    const canvas = figure.locator('canvas');
    await canvas.waitFor();
    // Read the pixels back: a drawn chart has many non-transparent ones (wait out the entry animation).
    await expect
      .poll(
        () =>
          canvas.evaluate((c: HTMLCanvasElement) => {
            const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
            return painted;
          }),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(1000);
    await context.close();
  });

  it('keep their table, and draw nothing, with JavaScript off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hans/data/`);
    const figures = page.locator('figure[data-chart]');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect.poll(() => figure.locator('table tbody tr').count()).toBeGreaterThan(0);
      expect(await figure.locator('table').isVisible()).toBe(true);
      expect(await figure.locator('canvas').count()).toBe(0);
    }
    await context.close();
  });
});

describe('printable notices', () => {
  /** Pages of a PDF made by Chromium: one `/Type /Page` object each, with its MediaBox. */
  function pdfPages(pdf: Buffer): { count: number; boxes: string[] } {
    const text = pdf.toString('latin1');
    return {
      count: (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length,
      boxes: [...text.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => m[1]!.trim()),
    };
  }

  for (const path of [
    'zh-hans/articles/shagou-wang-fangtai/print/',
    'zh-hant/articles/nixi-wang-jinshui/print/',
    'zh-hans/towns/shagou/print/',
    'zh-hant/towns/nixi/print/',
  ]) {
    it(`${path} prints on one or two A4 pages, with its QR code and the "web page is authoritative" line`, async () => {
      const context = await site.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site.origin}/${path}`);
      expect(await page.locator('.notice-qr svg path').count()).toBe(1);
      expect(await page.locator('.notice-latest').textContent()).toMatch(/以網頁最新版本為準|以网页最新版本为准/);
      const { count, boxes } = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
      // A4 is 595.28 × 841.89 points.
      for (const box of boxes) expect(box.split(/\s+/).map((n) => Math.round(Number(n)))).toEqual([0, 0, 595, 842]);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.notice-tools').isVisible()).toBe(false);
      await context.close();
    });
  }

  it('an ordinary page prints without its navigation', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['nav.main', '.script-switch', '.reading-modes', '.share-actions']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    await context.close();
  });
});
