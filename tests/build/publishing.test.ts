/**
 * Quality gates on the built site: valid HTML, no broken internal link, no request to another host, a strict
 * Content Security Policy, open data that matches the pages, chart data for downloads, embeddable charts and page
 * history.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { DATASET_COLUMNS } from '../../src/config/dataset.ts';
import type { ChartData } from '../../src/lib/openData/chartData.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { brokenLinks } from '../../src/lib/quality/brokenLinks.ts';
import { gitHistory } from '../../src/lib/history/gitHistory.ts';
import { pageHistory } from '../../src/lib/history/pageHistory.ts';
import { siteModel } from '../../src/lib/site/siteModel.ts';
import { builtPages, type BuiltPage } from './distFiles.ts';
import { pageLinks, siteFiles } from './pageLinks.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';

const distDir = inject('distDir');
const contentDir = SEED_CONTENT_DIR;
const { content } = readContent(contentDir);
const SITE = 'https://gongshi.example.org';
let pages: BuiltPage[];
const read = (file: string) => readFileSync(join(distDir, file), 'utf8');

beforeAll(() => {
  pages = builtPages(distDir);
});

describe('quality gates', () => {
  it('every page is valid HTML (html-validate, .htmlvalidate.json)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    for (const { file } of pages) {
      const report = await validator.validateFile(join(distDir, file));
      for (const result of report.results) {
        for (const m of result.messages) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  it('no internal link is broken', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(brokenLinks(pageLinks(pages), siteFiles(distDir), '/', SITE)).toEqual([]);
  });

  it('pages request nothing from other hosts; the only links out are article sources', () => {
    const sources = new Set(content.articles.flatMap((a) => (a.data.source.url ? [a.data.source.url] : [])));
    const outside: string[] = [];
    for (const { file, root } of pages) {
      for (const el of root.querySelectorAll('[href], [src]')) {
        const url = el.getAttribute('src') ?? el.getAttribute('href')!;
        if (!/^(https?:)?\/\//.test(url) || new URL(url, SITE).origin === SITE) continue;
        if (el.tagName === 'A' && el.hasAttribute('href') && sources.has(url)) continue;
        outside.push(`${file}: <${el.tagName.toLowerCase()}> ${url}`);
      }
    }
    expect(outside).toEqual([]);
  });

  it('every page has a Content Security Policy without unsafe-inline, and no inline event handler', () => {
    for (const { file, root, html } of pages) {
      const csp = root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
      expect(csp, file).toMatch(/script-src 'self'/);
      expect(csp, file).toMatch(/default-src 'self'/);
      expect(csp, file).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
    }
  });
});

describe('open data', () => {
  it('tallies.csv opens in Excel: BOM, CRLF, stable header; one row per published figure', () => {
    const csv = read('data/tallies.csv');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/(?<!")\n/);
    expect(lines[0]).toBe(DATASET_COLUMNS.join(','));
    const json = JSON.parse(read('data/tallies.json')) as Record<string, unknown>[];
    expect(lines.length - 2).toBe(json.length);
    expect(Object.keys(json[0]!)).toEqual([...DATASET_COLUMNS]);
  });

  it('each figure in tallies.json is on its article page, with a working article URL in both scripts', () => {
    const json = JSON.parse(read('data/tallies.json')) as Record<string, string | number | null>[];
    const pending = content.tallies.flatMap((t) => t.data.entries.filter((e) => e.review === 'pending'));
    expect(json.some((r) => pending.some((e) => e.id === r.id))).toBe(false);
    for (const row of json) {
      for (const column of ['article_url_hans', 'article_url_hant'] as const) {
        const path = new URL(row[column] as string).pathname.slice(1);
        const page = pages.find((p) => p.file === `${path}index.html`);
        expect(page, String(row[column])).toBeDefined();
        expect(page!.root.querySelector(`#tally-${row.article}-${row.id} data`)!.getAttribute('value')).toBe(
          String(row.quantity),
        );
      }
      expect(row.category_hans).toBeTruthy();
      expect(row.category_hant).toBeTruthy();
    }
  });

  it('every chart carries what its CSV and JSON downloads need (no file per chart), its sources and an embed page', () => {
    for (const lang of ['zh-hans', 'zh-hant']) expect(existsSync(join(distDir, lang, 'charts')), lang).toBe(false);
    const charts = pages.flatMap((p) =>
      p.root.querySelectorAll('figure.chart').map((figure) => ({ file: p.file, figure })),
    );
    const embedded = charts.filter((c) => c.file.includes('/embed/'));
    expect(embedded.length).toBeGreaterThan(0);
    for (const { file, figure } of charts) {
      const lang = file.split('/')[0]!;
      const id = figure.id;
      const where = `${file} ${id}`;
      // The table's figures are the data's (site.test.ts); here, the rest of what the downloads hold.
      const data = JSON.parse(figure.getAttribute('data-chart')!) as ChartData;
      expect(data.title, where).toBe(figure.querySelector('figcaption')!.text.trim());
      expect(data.labelsHeading, where).toBe(figure.querySelector('thead th')!.text);
      const notes = figure.querySelectorAll(':scope > p.note').filter((p) => p.classList.length === 1);
      expect(data.note, where).toBe(notes[0]?.text ?? null);
      const named = figure
        .querySelectorAll('.chart-source a[href*="/articles/"]')
        .map((a) => a.getAttribute('href')!.split('/').at(-2)!);
      expect(named.length, where).toBeGreaterThan(0);
      expect(data.sources, where).toEqual([...named].sort());
      expect(data.sourceCount, where).toBeGreaterThanOrEqual(named.length);
      if (data.sourceCount > named.length)
        expect(figure.querySelector('.chart-source')!.text).toContain(String(data.sourceCount));
      // The buttons, in the page's script, wait for the script; without it, the note and the whole dataset.
      const downloads = figure.querySelector('.chart-downloads')!;
      expect(downloads.hasAttribute('hidden'), where).toBe(true);
      expect(downloads.getAttribute('data-as-shown')).toBe(lang === 'zh-hant' ? '頁面寫法' : '页面写法');
      expect(downloads.querySelectorAll('button').map((b) => b.getAttribute('value'))).toEqual(['csv', 'json']);
      expect(figure.querySelector('.chart-no-downloads')!.hasAttribute('hidden'), where).toBe(false);
      expect(figure.querySelector('.chart-no-downloads a[href="/data/tallies.csv"]'), where).not.toBeNull();
      if (!file.includes('/embed/')) {
        // node-html-parser keeps <pre> as raw text; its decoded text is what a reader copies.
        const snippet = figure.querySelector('.chart-embed pre')!.text;
        expect(snippet).toContain(`<iframe src="${SITE}/${lang}/embed/${id}/"`);
        expect(pages.some((p) => p.file === `${lang}/embed/${id}/index.html`)).toBe(true);
      }
    }
  });

  it('embed pages show the chart alone: no navigation, header or footer', () => {
    for (const { file, root } of pages.filter((p) => p.file.includes('/embed/'))) {
      expect(root.querySelectorAll('nav, header, footer'), file).toHaveLength(0);
      expect(root.querySelectorAll('figure.chart'), file).toHaveLength(1);
    }
  });

  it('the codebook describes every column and category, in both scripts', () => {
    for (const lang of ['zh-hans', 'zh-hant']) {
      const page = pages.find((p) => p.file === `${lang}/data/codebook/index.html`)!;
      for (const column of DATASET_COLUMNS) {
        expect(page.root.querySelector(`#column-${column} td`)?.text.trim(), column).toBeTruthy();
      }
    }
  });
});

describe('page history', () => {
  it('town pages show when their figures last changed, from git, when there is history', () => {
    const history = gitHistory(contentDir);
    // The site keys history by path from the project root (src/build/prepareSite.ts).
    const keyed = history && new Map([...history].map(([f, c]) => [relative('.', join(contentDir, f)), c]));
    const model = siteModel(content, new Date(), keyed);
    for (const town of model.towns) {
      const page = pages.find((p) => p.file === `zh-hans/towns/${town.slug}/index.html`)!;
      const shown = page.root.querySelector('.page-history time')?.getAttribute('datetime');
      expect(shown).toBe(pageHistory(keyed, model.files.town(town.slug))?.updated);
    }
  });

  it('article pages show no git date: an article is dated by its source, and corrected only as its frontmatter says', () => {
    for (const page of pages.filter((p) => p.file.includes('/articles/'))) {
      expect(page.root.querySelector('.page-history'), page.file).toBeNull();
    }
  });
});
