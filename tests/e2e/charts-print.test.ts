import type { Page } from 'playwright-core';
import QRCode from 'qrcode';
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

describe('notice mode (#notice) and print', () => {
  const SITE = 'https://gongshi.example.org';
  /** Never shown in notice mode, on screen or in print: the page's navigation, sharing tools, footer… */
  const NOT_IN_NOTICE = [
    '.skip-link',
    'header.site',
    'nav.main',
    '.script-switch',
    '.reading-modes',
    'footer.site',
    '#share-title',
    '.share-actions',
  ];
  /** …nor the rest of an article or a town page. */
  const ARTICLE_NOT_IN_NOTICE = [
    'article .meta',
    '.source-note',
    '.page-history',
    '.read-aloud',
    '.article-body',
    '[aria-labelledby=related]',
  ];
  const TOWN_NOT_IN_NOTICE = ['.page-history', '[aria-labelledby=timeline]', '[aria-labelledby=articles]'];

  /** Pages of a PDF made by Chromium: one `/Type /Page` object each, with its MediaBox. */
  function pdfPages(pdf: Buffer): { count: number; boxes: string[] } {
    const text = pdf.toString('latin1');
    return {
      count: (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length,
      boxes: [...text.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => m[1]!.trim()),
    };
  }

  /** Every selector that exists on the page and is displayed (what a reader and a screen reader get). */
  async function displayed(page: Page, selectors: string[]): Promise<string[]> {
    const shown: string[] = [];
    for (const selector of selectors) {
      for (const element of await page.locator(selector).all()) if (await element.isVisible()) shown.push(selector);
    }
    return shown;
  }

  /** What the notice must show, in the page's script: title, office, date, figures, QR code, URL, latest-version line. */
  async function expectNotice(page: Page, path: string) {
    const hant = path.startsWith('zh-hant/');
    const text = await page.locator('body').innerText();
    expect(await page.locator('.notice-kicker').innerText()).toMatch(/^公\s*示$/);
    const title = await page.locator('h1').innerText();
    expect(title.length).toBeGreaterThan(1);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect(text).toContain(hant ? '發布單位' : '发布单位');
    expect(text).toContain(hant ? '鄉鎮宣傳辦公室' : '乡镇宣传办公室');
    if (path.includes('/articles/')) {
      // The date line is the one the page's own byline shows (hidden in the notice).
      const date = await page.locator('.notice-facts dd').nth(1).innerText();
      expect(text).toContain('日期');
      expect(await page.locator('article .meta').textContent()).toContain(date);
    }
    // The figures: the page's own table (a town's totals), every row shown.
    const table = page.locator('main table:visible');
    expect(await table.count()).toBe(1);
    expect(await table.isVisible()).toBe(true);
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await rows.last().isVisible()).toBe(true);
    // One QR code on the page (the share panel's), shown, with the page's URL beside it.
    expect(await page.locator('svg').count()).toBe(1);
    expect(await page.locator('.share svg path').isVisible()).toBe(true);
    const url = `${SITE}/${path.replace(/#notice$/, '')}`;
    expect(await page.locator('.notice-url').innerText()).toBe(url);
    expect(text).toContain(url);
    expect(text).toContain(hant ? '以網頁最新版本為準' : '以网页最新版本为准');
    const hidden = [...NOT_IN_NOTICE, ...(path.includes('/articles/') ? ARTICLE_NOT_IN_NOTICE : TOWN_NOT_IN_NOTICE)];
    expect(await displayed(page, hidden)).toEqual([]);
    // Screen readers get what is shown: no navigation landmark, the title as the one heading of level 1.
    const tree = await page.locator('body').ariaSnapshot();
    expect(tree).not.toMatch(/navigation|contentinfo|banner/);
    expect(tree).toContain(`heading "${title.replace(/\s+/g, ' ')}" [level=1]`);
  }

  for (const path of [
    'zh-hans/articles/shagou-wang-fangtai/#notice',
    'zh-hant/articles/nixi-wang-jinshui/#notice',
    'zh-hans/towns/shagou/#notice',
    'zh-hant/towns/nixi/#notice',
  ]) {
    it(`${path} shows the notice on screen and prints it on one or two A4 pages`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site.origin}/${path}`);
      await expectNotice(page, path);
      // On screen: back to the page (without #notice), and Print (scripts run here).
      expect(await page.locator('.notice-tools a').getAttribute('href')).toBe(`/${path.replace(/#notice$/, '')}`);
      expect(await page.locator('button.print-page').isVisible()).toBe(true);

      await page.emulateMedia({ media: 'print' });
      await expectNotice(page, path);
      expect(await page.locator('.notice-tools').isVisible()).toBe(false);
      const { count, boxes } = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      expect(count).toBeGreaterThanOrEqual(1);
      expect(count).toBeLessThanOrEqual(2);
      // A4 is 595.28 × 841.89 points.
      for (const box of boxes) expect(box.split(/\s+/).map((n) => Math.round(Number(n)))).toEqual([0, 0, 595, 842]);
      await context.close();
    });
  }

  it('the QR code the browser draws is exactly the page URL’s code, quiet zone included', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const path = 'zh-hant/articles/nixi-wang-jinshui/';
    await page.goto(`${site.origin}/${path}`);
    const scale = 8;
    // Draw the page's SVG on a canvas and read every module near two opposite corners: dark (1), light (0), or
    // half and half (?) where the drawing is off the module grid.
    const drawn = await page.locator('.share svg').evaluate(async (svg, scale) => {
      const size = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.outerHTML)}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: size * scale, height: size * scale });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      return Array.from({ length: size }, (_, row) =>
        Array.from({ length: size }, (_, col) => {
          const dark = (offset: number) =>
            data[((((row + offset) * scale) | 0) * canvas.width + (((col + offset) * scale) | 0)) * 4]! < 128;
          return dark(0.2) && dark(0.8) ? '1' : !dark(0.2) && !dark(0.8) ? '0' : '?';
        }).join(''),
      );
    }, scale);
    const { modules } = QRCode.create([{ data: new TextEncoder().encode(`${SITE}/${path}`), mode: 'byte' }], {
      errorCorrectionLevel: 'M',
    });
    const quiet = (drawn.length - modules.size) / 2;
    expect(quiet).toBe(4);
    const expected = Array.from({ length: drawn.length }, (_, row) =>
      Array.from({ length: drawn.length }, (_, col) => {
        const [r, c] = [row - quiet, col - quiet];
        const inside = r >= 0 && c >= 0 && r < modules.size && c < modules.size;
        return inside && modules.get(r, c) ? '1' : '0';
      }).join(''),
    );
    expect(drawn).toEqual(expected);
    await context.close();
  });

  it('the share panel opens the notice in place, and its back link returns to the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const path = 'zh-hans/articles/nixi-wang-jinshui/';
    await page.goto(`${site.origin}/${path}`);
    expect(await displayed(page, ['.notice-tools', '.notice-kicker', '.notice-facts', '.notice-url'])).toEqual([]);
    await page.locator('.share a.button').click();
    await page.waitForURL(`${site.origin}/${path}#notice`);
    await expectNotice(page, `${path}#notice`);
    // The notice starts at the top of the page: nothing of it is scrolled out of view.
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await page.locator('.notice-tools a').click();
    await page.waitForURL(`${site.origin}/${path}`);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    expect(await page.locator('nav.main').isVisible()).toBe(true);
    expect(await page.locator('.notice-kicker').isVisible()).toBe(false);
    await context.close();
  });

  it('shows the Print button only where scripts run (the browser menu prints without them)', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hant/towns/nixi/#notice`);
    expect(await page.locator('.notice-tools a').isVisible()).toBe(true);
    expect(await page.locator('button.print-page').isVisible()).toBe(false);
    await context.close();
  });

  it('an article printed without #notice prints its whole text, without navigation or the notice', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    await page.emulateMedia({ media: 'print' });
    const hidden = ['nav.main', '.script-switch', '.reading-modes', '.share-actions', '.notice-only', '.notice-facts'];
    expect(await displayed(page, hidden)).toEqual([]);
    expect(await page.locator('.article-body').isVisible()).toBe(true);
    const text = await page.locator('body').innerText();
    for (const paragraph of await page.locator('.article-body p').allInnerTexts()) expect(text).toContain(paragraph);
    expect(text).not.toContain('以网页最新版本为准');
    await context.close();
  });

  it('a page of charts prints their tables, without the download, link and embed lines useless on paper', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.origin}/zh-hant/data/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('figure.chart').count()).toBeGreaterThan(0);
    expect(await displayed(page, ['.chart-links', '.chart-embed', '.chart-canvas'])).toEqual([]);
    expect(await page.locator('figure.chart table').first().isVisible()).toBe(true);
    await context.close();
  });
});
