import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { pageText } from '../../src/lib/search/pageText.ts';
import { foreignCharacters, OPENCC_CHECK } from '../build/foreignCharacters.ts';
import { useSiteInBrowser } from './browser.ts';

const site = useSiteInBrowser();
const [hans, hant] = LOCALES as [(typeof LOCALES)[number], (typeof LOCALES)[number]];

async function phonePage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
  return context.newPage();
}

/** A built page's text as search reads it, and its h1. */
function builtText(path: string): string[] {
  return pageText(parse(readFileSync(join(inject('distDir'), path, 'index.html'), 'utf8')));
}

interface Result {
  path: string;
  title: string;
  excerpt: string;
  marks: string[];
}

/** What the search page at `locale` shows for a query given in its address (`?q=`), once searched. */
async function search(page: Page, localeId: string, query: string): Promise<{ status: string; results: Result[] }> {
  await page.goto(`${site.origin}/${localeId}/search/?q=${encodeURIComponent(query)}`);
  return shown(page);
}

async function shown(page: Page): Promise<{ status: string; results: Result[] }> {
  // Pagefind loads its index on the first query: wait as a reader would (a loaded machine is slow).
  await page.waitForFunction(() => /\d|。/.test(document.querySelector('.search-status')!.textContent!));
  const results = await page.locator('.search-results li').evaluateAll((items) =>
    items.map((li) => ({
      path: li.querySelector('a')!.pathname,
      title: li.querySelector('h2')!.textContent!,
      excerpt: li.querySelector('p')!.textContent!,
      marks: [...li.querySelectorAll('p mark')].map((mark) => mark.textContent!),
    })),
  );
  return { status: (await page.locator('.search-status').textContent())!, results };
}

describe('search', () => {
  it('finds nothing for what the site never mentions, though it has each character, and says so', async () => {
    const page = await phonePage();
    const text = builtText('zh-hans/articles/nixi-wang-jinshui').join('');
    // Matching single characters found these: 核 of 硬核, 保 of 确保, and 的 anywhere.
    expect(text).toContain('硬核');
    expect(text).toContain('确保');
    for (const query of ['核酸', '低保', '的鳄鱼']) {
      expect(text).not.toContain(query);
      const { status, results } = await search(page, hans.id, query);
      expect(results, query).toEqual([]);
      expect(status).toBe(`没有找到含“${query}”的内容。`);
      expect(await page.locator('.search-suggestion').isVisible()).toBe(true);
      expect(await page.locator('.search-browse a[href*="/towns/"]').first().isVisible()).toBe(true);
      const traditional = await search(page, hant.id, query);
      expect(traditional.results, query).toEqual([]);
      expect(traditional.status).toMatch(new RegExp(`^沒有找到含.${query}.的內容。$`));
    }
    await page.context().close();
  });

  it('finds a phrase in both scripts from a query in either, on the pages that have it', async () => {
    const page = await phonePage();
    for (const locale of [hans, hant]) {
      for (const [query, slugs] of [
        [['劝返', '勸返'], ['nixi-wang-jinshui']],
        [['检查站', '檢查站'], ['shagou-wang-fangtai']],
        [
          ['口罩', '口罩'],
          ['nixi-wang-jinshui', 'shagou-wang-fangtai'],
        ],
      ] as const) {
        for (const typed of query) {
          const { status, results } = await search(page, locale.id, typed);
          const expected = slugs.map((slug) => `/${locale.id}/articles/${slug}/`);
          expect(results.map((r) => r.path).sort(), `${locale.id} ${typed}`).toEqual(expected);
          expect(status).toMatch(new RegExp(`${expected.length}$`));
        }
      }
    }
    await page.context().close();
  });

  it('shows each result’s title and an excerpt of its text around the match, marked, in the page’s script', async () => {
    const page = await phonePage();
    // Each page is asked in the other script.
    for (const [locale, query, inScript] of [
      [hans, '勸返', '劝返'],
      [hant, '劝返', '勸返'],
      [hant, '發放口罩', '發放口罩'],
    ] as const) {
      const { results } = await search(page, locale.id, query);
      expect(results.length, `${locale.id} ${query}`).toBeGreaterThan(0);
      for (const { path, title, excerpt, marks } of results) {
        const text = builtText(path.slice(1));
        expect(title).toBe(text[0]);
        expect(marks.length, path).toBeGreaterThan(0);
        for (const mark of marks) expect(mark).toBe(inScript);
        // Cut from one block of the page's own text (an ellipsis where it goes on).
        const cut = excerpt.replace(/^…|…$/gu, '');
        expect(
          text.some((block) => block.includes(cut)),
          `${path}: ${excerpt}`,
        ).toBe(true);
        expect(excerpt, path).not.toMatch(/\.\s|\p{Script=Han}\./u);
        if (locale === hant) expect(foreignCharacters(title + excerpt, OPENCC_CHECK.hant), path).toEqual([]);
      }
    }
    await page.context().close();
  });

  it('is labelled in the page’s script, works from the keyboard, and without JavaScript says so and lists the towns', async () => {
    const page = await phonePage();
    await page.goto(`${site.origin}/zh-hant/search/`);
    await page.getByLabel('輸入要找的字詞').focus();
    await page.keyboard.type('发放');
    await page.keyboard.press('Enter');
    await page.locator('.search-results li').first().waitFor();
    expect(new URL(page.url()).searchParams.get('q')).toBe('发放');
    expect(await page.locator('.search-results mark').first().textContent()).toBe('發放');
    expect(await page.locator('.search-browse').isVisible()).toBe(false);
    await page.context().close();

    const noJs = await phonePage({ javaScriptEnabled: false });
    await noJs.goto(`${site.origin}/zh-hant/search/?q=${encodeURIComponent('口罩')}`);
    // Says, in plain words and in the page's script, that this browser cannot search here.
    expect(await noJs.locator('.search-no-script').textContent()).toContain('用不了搜尋');
    // Each town's page lists all its articles: the page links every town, in its script.
    const towns = noJs.locator('.search-browse a[href*="/zh-hant/towns/"]');
    expect(await towns.count()).toBe(readdirSync(join(inject('distDir'), 'zh-hant/towns')).length);
    await noJs.context().close();
  });
});

describe('script switch', () => {
  it('keeps the search, typed or given in the address', async () => {
    const page = await phonePage();
    await search(page, hans.id, '口罩');
    await page.locator('.script-switch a[hreflang=zh-Hant]').click();
    await page.waitForURL(`${site.origin}/zh-hant/search/?q=${encodeURIComponent('口罩')}`);
    const { results } = await shown(page);
    expect(results.map((r) => r.path).sort()).toEqual(
      ['nixi-wang-jinshui', 'shagou-wang-fangtai'].map((slug) => `/zh-hant/articles/${slug}/`),
    );
    // Typed, not sent: the page searches as the reader types, and the address follows.
    await page.getByRole('searchbox').fill('勸返');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '勸返');
    await page.locator('.script-switch a[hreflang=zh-Hans]').click();
    await page.waitForURL(`${site.origin}/zh-hans/search/?q=${encodeURIComponent('勸返')}`);
    expect((await shown(page)).results.map((r) => r.path)).toEqual(['/zh-hans/articles/nixi-wang-jinshui/']);
    await page.context().close();
  });

  it('keeps the reading position in an article, where the reader was before scrolling up to the switch', async () => {
    const page = await phonePage();
    const path = 'articles/nixi-wang-jinshui/';
    /** Where the third section heading of the article is, from the top of the window. */
    const headingTop = () =>
      page
        .locator('main h2')
        .nth(2)
        .evaluate((h) => h.getBoundingClientRect().top);
    const frame = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
    await page.goto(`${site.origin}/zh-hans/${path}`);
    // Some way into the third section, reading a paragraph below its heading…
    await page
      .locator('main h2')
      .nth(2)
      .evaluate((h) => scrollBy(0, h.getBoundingClientRect().top + 300));
    await frame();
    const before = await headingTop();
    expect(before).toBeCloseTo(-300, -1);
    /** Up to the switch at the top of the page, into the other script: where the heading is then. */
    const switchTo = async (hreflang: string, localeId: string) => {
      await page.evaluate(() => scrollTo(0, 0));
      await frame();
      await page.locator(`.script-switch a[hreflang=${hreflang}]`).click();
      await page.waitForURL(`${site.origin}/${localeId}/${path}`);
      await page.waitForLoadState('load');
      return headingTop();
    };
    expect(Math.abs((await switchTo('zh-Hant', 'zh-hant')) - before)).toBeLessThan(40);
    // And back, from where the switch put the reader.
    expect(Math.abs((await switchTo('zh-Hans', 'zh-hans')) - before)).toBeLessThan(40);
    await page.context().close();
  });

  it('is a plain link without JavaScript', async () => {
    const page = await phonePage({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/zh-hans/articles/nixi-wang-jinshui/`);
    await page.locator('.script-switch a[hreflang=zh-Hant]').click();
    await page.waitForURL(`${site.origin}/zh-hant/articles/nixi-wang-jinshui/`);
    await page.context().close();
  });
});
