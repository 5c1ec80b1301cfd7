/**
 * A third locale is a configuration change: the seed articles' site built with Hong Kong Traditional added
 * (GONGSHI_LOCALES, OpenCC's `hk` variant) has every page in it, converted from the Traditional the content is
 * written in, linked with the others and in the open data. The shipped site keeps its two locales.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AVAILABLE_LOCALES, LOCALES } from '../../src/config/locales.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { buildSite } from './buildSite.ts';
import { builtPages, type BuiltPage } from './distFiles.ts';
import { parse } from 'node-html-parser';

const THREE = ['zh-hans', 'zh-hant', 'zh-hk'];
const outDir = join(mkdtempSync(join(tmpdir(), 'gongshi-third-locale-')), 'dist');
const { content } = readContent(SEED_CONTENT_DIR);
const published = content.articles.filter((a) => !a.data.draft);
let pages: BuiltPage[];
const page = (file: string) => pages.find((p) => p.file === file)!;

beforeAll(() => {
  const { status, output } = buildSite(outDir, {
    GONGSHI_CONTENT_DIR: SEED_CONTENT_DIR,
    GONGSHI_LOCALES: THREE.join(','),
  });
  if (status !== 0) throw new Error(output);
  pages = builtPages(outDir);
}, 180_000);
afterAll(() => rmSync(join(outDir, '..'), { recursive: true, force: true }));

describe('a Hong Kong Traditional locale, added by configuration', () => {
  it('has every page the other locales have, in its own language tag', () => {
    const inLocale = (id: string) =>
      pages
        .filter((p) => p.file.startsWith(`${id}/`))
        .map((p) => p.file.slice(id.length))
        .sort();
    expect(inLocale('zh-hk').length).toBeGreaterThan(10);
    expect(inLocale('zh-hk')).toEqual(inLocale('zh-hant'));
    for (const article of published) {
      const html = page(`zh-hk/articles/${article.slug}/index.html`);
      expect(html.root.querySelector('html')!.getAttribute('lang')).toBe('zh-Hant-HK');
    }
  });

  it("converts the articles into Hong Kong forms: each body is OpenCC's hk conversion of the Taiwan Traditional one", () => {
    const toHk = Converter({ from: 'tw', to: 'hk' });
    const body = (file: string) => page(file).root.querySelector('.article-body')!.text;
    let differing = 0;
    for (const article of published) {
      const tw = body(`zh-hant/articles/${article.slug}/index.html`);
      const hk = body(`zh-hk/articles/${article.slug}/index.html`);
      expect(hk).toBe(toHk(tw));
      if (hk !== tw) differing++;
    }
    expect(differing).toBeGreaterThan(0); // the variants do differ (羣 群, 着 著…), so the check means something
  });

  it('links every page to its twins in all three locales, from the chooser, the switch, hreflang and the sitemap', () => {
    const chooser = page('index.html')
      .root.querySelectorAll('a.choose')
      .map((a) => a.getAttribute('href'));
    expect(chooser).toEqual(THREE.map((id) => `/${id}/`));
    const article = published[0]!.slug;
    const hk = page(`zh-hk/articles/${article}/index.html`).root;
    expect(hk.querySelectorAll('.script-switch a').map((a) => a.getAttribute('href'))).toEqual([
      `/zh-hans/articles/${article}/`,
      `/zh-hant/articles/${article}/`,
    ]);
    expect(hk.querySelectorAll('link[rel=alternate][hreflang]').map((l) => l.getAttribute('hreflang'))).toEqual(
      AVAILABLE_LOCALES.map((locale) => locale.lang),
    );
    const sitemap = parse(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8'));
    expect(sitemap.querySelectorAll('loc').some((loc) => loc.text.includes(`/zh-hk/articles/${article}/`))).toBe(true);
  });

  it('puts the locale in the open data: its own columns, described on the codebook page', () => {
    const records = JSON.parse(readFileSync(join(outDir, 'data/tallies.json'), 'utf8')) as Record<string, unknown>[];
    expect(records.length).toBeGreaterThan(0);
    for (const record of records) {
      expect(record).toHaveProperty('town_name_hk');
      expect(record.article_url_hk).toBe(`https://gongshi.example.org/zh-hk/articles/${record.article}/`);
    }
    const codebook = page('zh-hk/data/codebook/index.html').root;
    expect(codebook.querySelector('#column-town_name_hk td')!.text).toContain('香港繁體');
  });
});

it('the shipped site keeps its two locales', () => {
  expect(LOCALES.map((locale) => locale.id)).toEqual(['zh-hans', 'zh-hant']);
  expect(existsSync(join(inject('distDir'), 'zh-hk'))).toBe(false);
});
