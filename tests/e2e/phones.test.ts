import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { embedPath, NOTICES, PAGE_TYPES, useSiteInBrowser } from './browser.ts';

const site = useSiteInBrowser();

/** Every page type of each locale, its notices, an embed, and the 404 page. */
const everyPageType = () => [
  '/404.html',
  ...LOCALES.flatMap((locale) =>
    [...Object.values(PAGE_TYPES), ...Object.values(NOTICES), embedPath()].map((path) => `/${locale.id}/${path}`),
  ),
];

/** The pages with tables: an article's figures, a town's totals and charts, the data page, an embed. */
const pagesWithTables = () =>
  LOCALES.flatMap((locale) =>
    [PAGE_TYPES.article, PAGE_TYPES.town, PAGE_TYPES.data, embedPath()].map((path) => `/${locale.id}/${path}`),
  );

const ARTICLES = ['articles/nixi-wang-jinshui/', 'articles/shagou-wang-fangtai/'];

type Mode = 'normal' | 'large';

/** A page at `width`×`height`, in large type (长辈模式, stored as the reading-mode button stores it) or normal. */
async function phonePage(mode: Mode, width: number, height = 640, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height }, ...options });
  if (mode === 'large') await context.addInitScript(() => localStorage.setItem('gongshi-reading', 'large'));
  return context.newPage();
}

/** Every link, button, disclosure and field shown on the page smaller than `least` px either way, named. */
function smallTargets(page: Page, least: number): Promise<string[]> {
  return page.evaluate((least) => {
    const targets = document.querySelectorAll<HTMLElement>('a[href], button, summary, input, select, textarea');
    return [...targets]
      .filter((el) => el.checkVisibility())
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width < least || box.height < least)
      .map(
        ({ el, box }) =>
          `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> “${el.textContent!.trim().slice(0, 20)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }, least);
}

/**
 * What on the page is broken or hidden on a narrow screen: table cells other than free text (`.text`) that take
 * more than one line (their line boxes, from Range.getClientRects), tables wider than their box (columns out of
 * view), and the page wider than the screen.
 */
function narrowScreenFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      let count = 0;
      let bottom = -Infinity;
      const boxes = [...range.getClientRects()].filter((r) => r.width > 0).sort((a, b) => a.top - b.top);
      for (const box of boxes) {
        if (box.top >= bottom - 2) count++;
        bottom = Math.max(bottom, box.bottom);
      }
      return count;
    };
    const faults: string[] = [];
    for (const cell of document.querySelectorAll<HTMLElement>('th, td')) {
      if (!cell.classList.contains('text') && lines(cell) > 1) faults.push(`cell broken: “${cell.textContent}”`);
    }
    for (const box of document.querySelectorAll<HTMLElement>('.table-scroll')) {
      if (box.scrollWidth > box.clientWidth + 1) {
        faults.push(
          `table hides columns: ${box.getAttribute('aria-label')} ${box.scrollWidth}px in ${box.clientWidth}px`,
        );
      }
    }
    const width = document.documentElement.scrollWidth;
    if (width > innerWidth) faults.push(`page scrolls sideways: ${width}px`);
    return faults;
  });
}

/** Where the headline ends and the first line of the story ends, in px from the top of the page. */
function firstScreen(page: Page): Promise<{ headline: number; firstLine: number }> {
  return page.evaluate(() => {
    const paragraph = document.querySelector('.article-body p')!;
    const range = document.createRange();
    range.setStart(paragraph.firstChild!, 0);
    range.setEnd(paragraph.firstChild!, 1);
    return {
      headline: document.querySelector('h1')!.getBoundingClientRect().bottom,
      firstLine: range.getBoundingClientRect().bottom,
    };
  });
}

describe('tables on phones', () => {
  it('at 320 px no number, date or label breaks, and every column is in view, in normal and large type', async () => {
    const faults: string[] = [];
    for (const mode of ['normal', 'large'] as const) {
      const page = await phonePage(mode, 320);
      for (const url of pagesWithTables()) {
        await page.goto(`${site.origin}${url}`);
        faults.push(...(await narrowScreenFaults(page)).map((fault) => `${mode} ${url}: ${fault}`));
      }
      await page.context().close();
    }
    expect(faults).toEqual([]);
  });

  it('a table shown as records on a phone is still a table, with every cell, to a screen reader', async () => {
    const page = await phonePage('large', 320);
    await page.goto(`${site.origin}/zh-hans/${PAGE_TYPES.article}`);
    const records = page.locator('table.records');
    expect(await records.evaluate((table) => getComputedStyle(table).display)).toBe('block');
    const cells = await records.locator('td').count();
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const roles = nodes.map((node) => node.role?.value);
    expect(roles).toContain('table');
    expect(roles.filter((role) => role === 'cell').length).toBeGreaterThanOrEqual(cells);
    await page.context().close();
  });
});

describe('tap targets', () => {
  it('every link and button is at least 44×44 px at 360 px, and 60×60 in large type (长辈模式), on every page type', async () => {
    const small: string[] = [];
    for (const [mode, least] of [
      ['normal', 44],
      ['large', 60],
    ] as const) {
      const page = await phonePage(mode, 360);
      for (const url of everyPageType()) {
        await page.goto(`${site.origin}${url}`);
        small.push(...(await smallTargets(page, least)).map((target) => `${mode} ${url}: ${target}`));
      }
      await page.context().close();
    }
    expect(small).toEqual([]);
  });
});

describe('large type (长辈模式) at 360×640', () => {
  it('the first screen shows the whole headline and the first line of the story', async () => {
    const page = await phonePage('large', 360);
    for (const locale of LOCALES) {
      for (const path of ARTICLES) {
        await page.goto(`${site.origin}/${locale.id}/${path}`);
        const { headline, firstLine } = await firstScreen(page);
        expect(headline, `/${locale.id}/${path}`).toBeLessThanOrEqual(640);
        expect(firstLine, `/${locale.id}/${path}`).toBeLessThanOrEqual(640);
      }
    }
    await page.context().close();
  });

  it('no headline leaves one character alone on its last line', async () => {
    const lonely: string[] = [];
    for (const mode of ['normal', 'large'] as const) {
      const page = await phonePage(mode, 360);
      for (const url of LOCALES.flatMap((locale) => [PAGE_TYPES.home, ...ARTICLES].map((p) => `/${locale.id}/${p}`))) {
        await page.goto(`${site.origin}${url}`);
        const lastLines = await page.locator('h1, .card h3').evaluateAll((headings) =>
          headings.map((heading) => {
            // Each character's line: a character starts a new line when it is below the one before.
            const text = heading.textContent!;
            const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
            const range = document.createRange();
            let last = '';
            let top = -Infinity;
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < node.textContent!.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const box = range.getBoundingClientRect();
                if (box.top > top + box.height / 2) last = '';
                top = Math.max(top, box.top);
                last += node.textContent![i];
              }
            }
            return { text, last: last.trim() };
          }),
        );
        for (const { text, last } of lastLines) {
          if ([...last].length < 2) lonely.push(`${mode} ${url}: “${text}” ends with “${last}”`);
        }
      }
      await page.context().close();
    }
    expect(lonely).toEqual([]);
  });
});

describe('large type without JavaScript', () => {
  it("follows the browser's own text size: large text, 60 px targets, the story on the first screen", async () => {
    // The reader chose a large text size in the browser (Chrome: Settings → Appearance → Font size → Large, 20 px).
    const page = await phonePage('normal', 360, 640, { javaScriptEnabled: false });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 20 } });
    const faults: string[] = [];
    for (const path of [PAGE_TYPES.home, PAGE_TYPES.article, PAGE_TYPES.data]) {
      const url = `/zh-hans/${path}`;
      await page.goto(`${site.origin}${url}`);
      faults.push(...(await smallTargets(page, 60)).map((target) => `${url}: ${target}`));
      faults.push(...(await narrowScreenFaults(page)).map((fault) => `${url}: ${fault}`));
    }
    expect(faults).toEqual([]);
    await page.goto(`${site.origin}/zh-hans/${PAGE_TYPES.article}`);
    const size = await page
      .locator('.article-body p')
      .first()
      .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    const { headline, firstLine } = await firstScreen(page);
    expect(headline).toBeLessThanOrEqual(640);
    expect(firstLine).toBeLessThanOrEqual(640);
    await page.context().close();
  });
});
