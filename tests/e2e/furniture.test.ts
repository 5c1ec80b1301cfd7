/**
 * A government site's furniture, measured in Chromium: 返回顶部 works without scripts, the 404 page leads on in
 * both scripts, and codes and dates never break in the middle.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../src/config/locales.ts';
import { PAGE_TYPES } from './browser.ts';
import { useSiteInBrowser } from './browser.ts';

const site = useSiteInBrowser();

async function open(width: number, javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width, height: 700 }, javaScriptEnabled });
  return context.newPage();
}

/** The texts in `selector` that the layout split over more than one line (each text node measured by itself). */
function splitTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) =>
    elements.flatMap((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const split: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (lines.size > 1) split.push(node.textContent ?? '');
      }
      return split;
    }),
  );
}

describe('返回顶部', () => {
  it('a long page scrolled to its end goes back to the top, with scripts off', async () => {
    const page = await open(360, false);
    await page.goto(`${site.origin}/${LOCALES[0]!.id}/${PAGE_TYPES.article}`);
    const top = page.locator('footer.site a[href="#top"]');
    await top.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    await top.click();
    await page.waitForFunction(() => window.scrollY === 0, undefined, { timeout: 5_000 });
    await page.context().close();
  });
});

describe('the 404 page', () => {
  it('has the site header and footer, and in each script a search box and links home and to the towns', async () => {
    const page = await open(360, false);
    const response = await page.goto(`${site.origin}/${LOCALES[1]!.id}/articles/no-such-article/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('header.site .site-title').isVisible()).toBe(true);
    expect(await page.locator('footer.site').isVisible()).toBe(true);
    for (const locale of LOCALES) {
      const section = page.locator(`main section[lang="${locale.lang}"]`);
      expect(await section.locator('h1').isVisible(), locale.id).toBe(true);
      expect(await section.locator(`a[href="/${locale.id}/"]`).count(), locale.id).toBe(1);
      expect(await section.locator(`a[href^="/${locale.id}/towns/"]`).count(), locale.id).toBeGreaterThan(0);
      expect(await page.locator(`footer.site [lang="${locale.lang}"]`).count(), locale.id).toBe(1);
    }
    // A search from the Traditional block opens the Traditional search page with the words asked.
    const traditional = page.locator(`main section[lang="${LOCALES[1]!.lang}"]`);
    await traditional.locator('input[name=q]').fill('口罩');
    await traditional.locator('button[type=submit]').click();
    await page.waitForURL(`${site.origin}/${LOCALES[1]!.id}/search/?q=${encodeURIComponent('口罩')}`);
    await page.context().close();
  });
});

describe('nothing breaks mid-word', () => {
  it('codebook field names at 1280 px wrap only at an underscore', async () => {
    const page = await open(1280);
    await page.goto(`${site.origin}/${LOCALES[0]!.id}/data/codebook/`);
    expect(await page.locator('.field-names th code').count()).toBeGreaterThan(10);
    expect(await splitTexts(page, '.field-names th code')).toEqual([]);
    await page.context().close();
  });
});
