/**
 * A build of tests/fixtures/site-content under a sub-path, with "now" pinned: drafts, scheduled articles and
 * figures pending review never reach the output, hostile text is shown as text or dropped, and every link (and
 * search, its index cut into shards) honours the base. One build, shared by the whole file.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { EDITOR_PATH } from '../../src/config/editor.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brokenLinks } from '../../src/lib/quality/brokenLinks.ts';
import { buildSite } from './buildSite.ts';
import { builtPages, type BuiltPage } from './distFiles.ts';
import { pageLinks, siteFiles } from './pageLinks.ts';
import { readSearchIndex } from './searchIndexFiles.ts';
import { buildSearchIndex } from '../../src/build/searchIndex.ts';
import { launchBrowser } from '../e2e/browser.ts';
import { serveStatic, type StaticServer } from '../e2e/server.ts';

const SITE = 'https://office.example.org';
const BASE = '/gongshi/';
// Built into a folder named after the sub-path, so that the folder above can be served as the host's root.
const host = mkdtempSync(join(tmpdir(), 'gongshi-fixture-'));
const outDir = join(host, 'gongshi');
const searchCache = mkdtempSync(join(tmpdir(), 'gongshi-search-cache-'));
let pages: BuiltPage[];
let files: Set<string>;
/** Every text file of the output residents get: pages, data, feeds, scripts. */
let everything: string;

beforeAll(() => {
  const { status, output } = buildSite(outDir, {
    GONGSHI_CONTENT_DIR: join(import.meta.dirname, '../fixtures/site-content'),
    GONGSHI_NOW: '2020-03-01T12:00:00+08:00',
    SITE_URL: SITE,
    BASE_PATH: BASE,
  });
  if (status !== 0) throw new Error(output);
  pages = builtPages(outDir);
  files = siteFiles(outDir);
  everything = [...files]
    // The office's editor (Decap's bundle) aside: it shows no content.
    .filter((f) => !f.startsWith(EDITOR_PATH) && /\.(html|csv|json|xml|js|txt)$/.test(f))
    .map((f) => readFileSync(join(outDir, f), 'utf8'))
    .join('\n');
});
afterAll(() => {
  for (const dir of [host, searchCache]) rmSync(dir, { recursive: true, force: true });
});

describe('drafts, schedule and review', () => {
  it('publishes the published article', () => {
    expect(files.has('zh-hans/articles/published/index.html')).toBe(true);
    expect(files.has('zh-hant/articles/published/index.html')).toBe(true);
  });

  it('a draft, its tally and its figures are nowhere', () => {
    expect([...files].filter((f) => f.includes('draft'))).toEqual([]);
    expect(everything).not.toContain('draft-article');
    expect(everything).not.toContain('7777');
  });

  it('an article dated after "now" is not published yet, nor its figures', () => {
    expect([...files].filter((f) => f.includes('scheduled'))).toEqual([]);
    expect(everything).not.toContain('scheduled-article');
    expect(everything).not.toContain('9999');
  });

  it('a figure pending review is not shown, charted or downloadable', () => {
    expect(everything).toContain('2000');
    expect(everything).not.toContain('masks-0201');
    expect(everything).not.toMatch(/3000(?!只一次性口罩|隻一次性口罩)/);
  });
});

describe('hostile text', () => {
  it('a <script> in YAML or the title shows as text, never as an element', () => {
    const page = pages.find((p) => p.file === 'zh-hans/articles/published/index.html')!;
    expect(page.root.querySelector('h1')!.text).toContain('<script>alert("title")</script>');
    expect(page.root.querySelector('#tally-published-masks-0127')!.text).toContain('<script>alert("item")</script>');
  });

  it('raw HTML in an article body is dropped: no script, no event handler, no outside image', () => {
    for (const { file, root } of pages) {
      for (const script of root.querySelectorAll('script')) expect(script.text, file).not.toContain('alert');
      expect(root.querySelectorAll('img[onerror], [onerror]'), file).toHaveLength(0);
    }
    expect(everything).not.toContain('tracker.example.net');
  });

  it('pages with hostile text are still valid HTML', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const { file } of pages.filter((p) => p.file.includes('/articles/'))) {
      const report = await validator.validateFile(join(outDir, file));
      expect(
        report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`)),
        file,
      ).toEqual([]);
    }
  });
});

describe('an MDX article', () => {
  const body = (locale: string) =>
    pages.find((p) => p.file === `${locale}/articles/mdx-article/index.html`)!.root.querySelector('.article-body')!;

  it('shows the chart it names, as the data page does, in each script', () => {
    const data = pages.find((p) => p.file === 'zh-hant/data/index.html')!.root.querySelector('#compare-masks')!;
    const chart = body('zh-hant').querySelector('figure#compare-masks')!;
    expect(chart.querySelector('table')!.outerHTML).toBe(data.querySelector('table')!.outerHTML);
    expect(chart.querySelector('tbody')!.text).toBe('泥溪鎮2000隻');
    expect(chart.querySelector('a[href$="data/#compare-masks"]')!.getAttribute('href')).toBe(
      `${BASE}zh-hant/data/#compare-masks`,
    );
    expect(body('zh-hans').querySelector('figure#compare-masks tbody')!.text).toBe('泥溪镇2000只');
  });

  it("shows its own figures of the category it names, without the category column or the rows' ids", () => {
    const table = body('zh-hant').querySelector('table')!;
    expect(table.querySelector('caption')!.text).toBe('本文中的數字：體溫計');
    expect(table.querySelectorAll('thead th').map((th) => th.text)).toEqual(['內容', '事項', '數量', '日期']);
    expect(table.querySelectorAll('tbody tr').map((tr) => [tr.getAttribute('id'), tr.text])).toEqual([
      [undefined, '體溫計發放20支未註明'],
    ]);
  });

  it('leaves no marker of what was converted in the page', () => {
    expect(everything).not.toContain('gongshi:localized');
  });
});

describe('a site under a sub-path', () => {
  it('every link honours the base, and none is broken', () => {
    expect(brokenLinks(pageLinks(pages), files, BASE, SITE)).toEqual([]);
  });

  it('absolute URLs (canonical, dataset, embed snippet) carry the site and base', () => {
    const page = pages.find((p) => p.file === 'zh-hans/data/index.html')!;
    expect(page.root.querySelector('link[rel=canonical]')!.getAttribute('href')).toBe(`${SITE}${BASE}zh-hans/data/`);
    const rows = JSON.parse(readFileSync(join(outDir, 'data/tallies.json'), 'utf8')) as { article_url_hant: string }[];
    expect(rows.map((r) => r.article_url_hant)).toEqual(
      ['mdx-article', 'published'].map((slug) => `${SITE}${BASE}zh-hant/articles/${slug}/`),
    );
    expect(page.root.querySelector('.chart-embed pre')?.text ?? '').toContain(`${SITE}${BASE}zh-hans/embed/`);
  });
});

describe('search under a sub-path, the index in shards', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    // One page a shard, to try on three pages what a site of thousands does.
    await buildSearchIndex(outDir, { shardPages: 1, cacheDir: searchCache });
    [browser, server] = await Promise.all([launchBrowser(), serveStatic(host)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('indexes the Simplified pages, one a shard', () => {
    const shards = readSearchIndex(outDir);
    expect(shards.map((shard) => shard.dir)).toEqual(['pagefind/', 'pagefind/shard-2/', 'pagefind/shard-3/']);
    expect(shards.map((shard) => shard.pages.length)).toEqual([1, 1, 1]);
    expect(shards.map((shard) => shard.pages[0]!.url).sort()).toEqual([
      '/zh-hans/articles/mdx-article/',
      '/zh-hans/articles/published/',
      '/zh-hans/towns/nixi/',
    ]);
  });

  it('indexing again reuses every unchanged shard from the cache and writes the same index', async () => {
    const before = searchIndexBytes(outDir);
    expect(await buildSearchIndex(outDir, { shardPages: 1, cacheDir: searchCache })).toEqual({
      pages: 3,
      shards: 3,
      reused: 3,
    });
    expect(searchIndexBytes(outDir)).toEqual(before);
  });

  /**
   * Indexes a copy of the site whose town page `edit` changed, the cache holding the site's own shards; returns the
   * copy's index and how it was made.
   */
  const indexWithChangedTown = async (edit: (html: string) => string) => {
    await buildSearchIndex(outDir, { shardPages: 1, cacheDir: searchCache });
    const changed = mkdtempSync(join(tmpdir(), 'gongshi-changed-'));
    try {
      cpSync(outDir, changed, { recursive: true });
      const town = join(changed, 'zh-hans/towns/nixi/index.html');
      const html = readFileSync(town, 'utf8');
      expect(edit(html)).not.toBe(html);
      writeFileSync(town, edit(html));
      const result = await buildSearchIndex(changed, { shardPages: 1, cacheDir: searchCache });
      return { result, shards: readSearchIndex(changed) };
    } finally {
      rmSync(changed, { recursive: true, force: true });
    }
  };

  it('a changed page has its own shard indexed again, and the cache keeps only the current shards', async () => {
    const { result, shards } = await indexWithChangedTown((html) =>
      html.replace(/data-pagefind-body[^>]*>/, '$&<p>新增的通告文字</p>'),
    );
    expect(result).toEqual({ pages: 3, shards: 3, reused: 2 });
    const town = (shard: (typeof shards)[number]) => shard.pages[0]!.url === '/zh-hans/towns/nixi/';
    expect(shards.find(town)!.pages[0]!.content.replaceAll('\u200b', '')).toContain('新增的通告文字');
    expect(shards.filter((shard) => !town(shard))).toEqual(readSearchIndex(outDir).filter((shard) => !town(shard)));
    expect(readdirSync(join(searchCache, 'gongshi-search'))).toHaveLength(3);
  });

  it('a change outside what search indexes (the navigation, a related list) indexes nothing again', async () => {
    const { result } = await indexWithChangedTown((html) => html.replace('</nav>', '<a href="/new/">新栏目</a>$&'));
    expect(result).toEqual({ pages: 3, shards: 3, reused: 3 });
  });

  it('each search page finds pages of every shard and links to them in its own script, under the base', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('dialog', (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const search = async (locale: string, query: string) => {
      await page.goto(`${server.origin}${BASE}${locale}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /\d|。/.test(document.querySelector('.search-status')!.textContent!));
      return page
        .locator('.search-results a')
        .evaluateAll((links) => links.map((a) => [(a as HTMLAnchorElement).pathname, a.textContent]));
    };
    const titleOf = (path: string) =>
      pages.find((p) => `${BASE}${p.file}` === `${path}index.html`)!.root.querySelector('h1')!.text;

    const everywhere = await search('zh-hant', '泥溪');
    expect(everywhere.map(([path]) => path).sort()).toEqual(
      ['articles/mdx-article/', 'articles/published/', 'towns/nixi/'].map((path) => `${BASE}zh-hant/${path}`),
    );
    // Titles are the twins', as text: the hostile title's <script> is shown, never run.
    for (const [path, title] of everywhere) expect(title).toBe(titleOf(path!));
    expect(everywhere.map(([, title]) => title).join('')).toContain('<script>');

    expect(await search('zh-hant', '檢查站')).toEqual([[`${BASE}zh-hant/articles/mdx-article/`, '泥溪鎮設立檢查站']]);
    expect(await search('zh-hans', '檢查站')).toEqual([[`${BASE}zh-hans/articles/mdx-article/`, '泥溪镇设立检查站']]);
    expect(problems).toEqual([]);
    await page.close();
  });
});

/** Every file of a site's search index and its bytes. */
function searchIndexBytes(siteDir: string): Map<string, Buffer> {
  const index = join(siteDir, 'pagefind');
  return new Map(
    readdirSync(index, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [file.slice(index.length), readFileSync(file)]),
  );
}
