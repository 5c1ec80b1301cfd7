import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { builtPages, type BuiltPage } from './distFiles.ts';
import { readSearchIndex } from './searchIndexFiles.ts';
import { indexedBlocks } from '../../src/lib/search/indexedText.ts';
import { pageText } from '../../src/lib/search/pageText.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';

const distDir = inject('distDir');
const { content } = readContent(SEED_CONTENT_DIR);
const published = content.articles.filter((a) => !a.data.draft);
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');
let pages: BuiltPage[];

beforeAll(() => {
  pages = builtPages(distDir);
});

// Embed pages are fragments for other sites' iframes: no canonical, share meta or reading modes of their own.
const localized = () =>
  pages.filter((p) => LOCALES.some((l) => p.file.startsWith(`${l.id}/`)) && !p.file.includes('/embed/'));

describe('discovery', () => {
  it('every localized page has an absolute canonical URL, Open Graph and Twitter meta with a share image', () => {
    for (const { file, root } of localized()) {
      const canonical = root.querySelector('link[rel=canonical]')?.getAttribute('href');
      expect(canonical, file).toBe(`https://gongshi.example.org/${file.replace(/index\.html$/, '')}`);
      for (const property of ['og:title', 'og:description', 'og:url', 'og:image']) {
        expect(
          root.querySelector(`meta[property="${property}"]`)?.getAttribute('content'),
          `${file} ${property}`,
        ).toBeTruthy();
      }
      expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
    expect(existsSync(join(distDir, 'share.png'))).toBe(true);
  });

  it('has an RSS feed and a JSON Feed per script, each listing every article in that script', () => {
    for (const locale of LOCALES) {
      const rss = parse(read(`${locale.id}/rss.xml`));
      expect(rss.querySelector('language')!.text).toBe(locale.lang);
      const links = rss.querySelectorAll('item guid').map((g) => g.text);
      expect(links).toHaveLength(published.length);
      for (const link of links) expect(link).toContain(`/${locale.id}/articles/`);

      const json = JSON.parse(read(`${locale.id}/feed.json`)) as { version: string; items: { url: string }[] };
      expect(json.version).toBe('https://jsonfeed.org/version/1.1');
      expect(json.items.map((i) => i.url)).toEqual(links);
    }
  });

  it('has a sitemap whose pages list their twin in the other script, and a robots.txt pointing to it', () => {
    const sitemap = read('sitemap-0.xml');
    for (const article of published) {
      const entry = sitemap.match(new RegExp(`<url><loc>[^<]*/zh-hans/articles/${article.slug}/</loc>.*?</url>`))?.[0];
      expect(entry, article.slug).toBeTruthy();
      expect(entry).toContain(
        `hreflang="zh-Hant" href="https://gongshi.example.org/zh-hant/articles/${article.slug}/"`,
      );
    }
    // Chart embeds are noindex pages for other sites' iframes: not in the sitemap.
    expect(sitemap).not.toContain('/embed/');
    expect(read('robots.txt')).toContain('Sitemap: https://gongshi.example.org/sitemap-index.xml');
  });

  it('indexes the text of the Simplified article and town pages only, as the search page reads it back', () => {
    const shards = readSearchIndex(distDir);
    const expected = [
      ...published.map((a) => `/zh-hans/articles/${a.slug}/`),
      ...content.towns.map((t) => `/zh-hans/towns/${t.slug}/`),
    ].sort();
    // A site this small fits one index, in one language: Pagefind's `zh`, which zh-Hans and zh-Hant pages both load.
    expect(shards.map((s) => [s.dir, s.languages])).toEqual([['pagefind/', { zh: expected.length }]]);
    const indexed = shards.flatMap((s) => s.pages);
    expect(indexed.map((p) => p.url).sort()).toEqual(expected);
    for (const { url, content: stored, meta } of indexed) {
      const { root } = pages.find((p) => p.file === `${url.slice(1)}index.html`)!;
      const text = pageText(root);
      // Exactly the page's text, block by block, its title first: no table cells, no full stops Pagefind added.
      expect(indexedBlocks(stored), url).toEqual(text);
      expect(text[0], url).toBe(root.querySelector('h1')!.text);
      for (const cell of root.querySelectorAll('[data-pagefind-body] td')) {
        expect(text.includes(cell.text), `${url} ${cell.text}`).toBe(false);
      }
      expect(Object.keys(meta), url).toEqual([]);
    }
    for (const { file, html } of pages) expect(html, file).not.toContain('data-pagefind-meta');
  });

  it('writes one character map, folding Traditional to Simplified, for the search pages of both scripts', () => {
    const map = JSON.parse(read('search-chars.json')) as Record<string, string>;
    expect(map).toMatchObject({ 發: '发', 條: '条' });
    expect(map).not.toHaveProperty('发');
    for (const locale of LOCALES) {
      const form = pages.find((p) => p.file === `${locale.id}/search/index.html`)!.root.querySelector('form.search')!;
      expect(form.getAttribute('data-chars')).toBe('/search-chars.json');
      expect(form.getAttribute('data-index')).toBe('/pagefind/');
      expect(existsSync(join(distDir, locale.id, 'search-chars.json'))).toBe(false);
    }
  });

  it('marks only article and town pages searchable (data-pagefind-body), and in them neither navigation, sharing, related articles nor the notice', () => {
    const indexed = pages.filter((p) => p.root.querySelector('[data-pagefind-body]')).map((p) => p.file);
    expect(indexed.length).toBeGreaterThan(0);
    for (const file of indexed) expect(file, file).toMatch(/^zh-han[st]\/(articles|towns)\/[^/]+\/index\.html$/);
    for (const file of indexed) {
      const root = pages.find((p) => p.file === file)!.root;
      for (const outside of ['header.site', 'footer.site', '.share', '[aria-labelledby=related]']) {
        expect(root.querySelector(`[data-pagefind-body] ${outside}`), `${file} ${outside}`).toBeNull();
      }
      // What only the notice shows (office, date line, summary) is not searched either.
      for (const bit of root.querySelectorAll('[data-pagefind-body] .notice-only')) {
        expect(bit.closest('[data-pagefind-ignore]'), file).not.toBeNull();
      }
    }
  });
});

describe('share, related, print', () => {
  it('article and town pages carry a build-time QR code, the scan caption in their script, and a link to their notice mode', () => {
    for (const locale of LOCALES) {
      const scan = locale.script === 'hans' ? '扫一扫在手机打开' : '掃一掃在手機打開';
      const paths = [...published.map((a) => `articles/${a.slug}/`), ...content.towns.map((t) => `towns/${t.slug}/`)];
      for (const path of paths) {
        const { root } = pages.find((p) => p.file === `${locale.id}/${path}index.html`)!;
        // One QR code: the notice shows the share panel's, with the page's URL.
        expect(root.querySelectorAll('svg'), path).toHaveLength(1);
        expect(root.querySelector('.share svg[role=img] path'), path).not.toBeNull();
        expect(root.querySelector('.share figcaption')!.childNodes[0]!.text.trim()).toBe(scan);
        expect(root.querySelector('.share .notice-url')!.text).toBe(`https://gongshi.example.org/${locale.id}/${path}`);
        // The notice is the page itself at #notice: its anchor comes before the header, for `#notice:target ~`.
        expect(root.querySelector('.share a.button')!.getAttribute('href')).toBe('#notice');
        expect(root.querySelector('body > #notice + .skip-link + header.site'), path).not.toBeNull();
        expect(root.querySelector('#notice')!.childNodes).toHaveLength(0);
      }
    }
    expect(pages.filter((p) => /(^|\/)print\//.test(p.file))).toEqual([]);
  });

  it('article pages list related articles in their own script', () => {
    let listed = 0;
    for (const locale of LOCALES) {
      for (const article of published) {
        const { root } = pages.find((p) => p.file === `${locale.id}/articles/${article.slug}/index.html`)!;
        const links = root.querySelectorAll('#related ~ ul a[href*="/articles/"]');
        for (const link of links) expect(link.getAttribute('href')).toMatch(new RegExp(`^/${locale.id}/`));
        expect(links.map((a) => a.getAttribute('href'))).not.toContain(`/${locale.id}/articles/${article.slug}/`);
        listed += links.length;
      }
    }
    // The two seed articles share categories (masks, leaflets…), so each lists the other.
    expect(listed).toBeGreaterThan(0);
  });

  it('no page loads anything from another site', () => {
    for (const { file, root } of pages) {
      const external = root
        .querySelectorAll('script[src], link[rel=stylesheet], img[src], iframe')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
        .filter((url) => /^(https?:)?\/\//.test(url));
      expect(external, file).toEqual([]);
    }
  });

  it('has exactly one inline script per localized page: the reading-mode snippet', () => {
    for (const { file, root } of localized()) {
      const inline = root
        .querySelectorAll('script:not([src])')
        .filter((s) => !s.getAttribute('type')?.includes('module'));
      expect(
        inline.map((s) => s.text.includes('gongshi-reading')),
        file,
      ).toEqual([true]);
    }
  });
});
