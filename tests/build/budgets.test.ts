import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent.ts';
import { builtPages, type BuiltPage } from './distFiles.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { EDITOR_PATH } from '../../src/config/editor.ts';

// Page-weight budgets (issue 7): sizes, not timings, so they hold on any machine. 1 KB = 1,024 bytes, as in
// Lighthouse's budgets; gzip at zlib's default level 6, what static hosts typically send.
const KB = 1024;
const ARTICLE_HTML_CSS_GZIP = 15 * KB;
const DATA_JS_GZIP = 60 * KB;
/** The scripts a page runs before any chart is near: our own glue code only, never the chart library. */
const INITIAL_JS_GZIP = 5 * KB;

const distDir = inject('distDir');
const { content } = readContent(SEED_CONTENT_DIR);
let pages: BuiltPage[];
beforeAll(() => {
  pages = builtPages(distDir);
});

const gz = (text: string | Buffer) => gzipSync(text).length;
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.m?js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+\.m?js)["'`]\s*\)/g;

/** A script URL as a path inside dist/ (the test build uses base `/`). */
function distPath(url: string, fromFile: string): string {
  return url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(fromFile), url);
}

interface ScriptGraph {
  /** gzip bytes of the scripts that run on load: <script> tags and their static imports. */
  initial: number;
  /** gzip bytes of modules loaded later, through import(). */
  deferred: number;
  initialFiles: string[];
}

/** Follows a page's <script> tags through static imports (run on load) and import() (loaded when asked). */
function scriptGraph(page: BuiltPage): ScriptGraph {
  const seen = new Set<string>();
  const graph: ScriptGraph = { initial: 0, deferred: 0, initialFiles: [] };
  const visit = (file: string, initial: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    if (initial) graph.initialFiles.push(file);
    graph[initial ? 'initial' : 'deferred'] += gz(code);
    follow(code, file, initial);
  };
  const follow = (code: string, fromFile: string, initial: boolean) => {
    for (const [, url] of code.matchAll(STATIC_IMPORT)) visit(distPath(url!, fromFile), initial);
    for (const [, url] of code.matchAll(DYNAMIC_IMPORT)) visit(distPath(url!, fromFile), false);
  };
  for (const script of page.root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    if (src) visit(distPath(src, page.file), true);
    else if (!script.getAttribute('type') || /module|javascript/.test(script.getAttribute('type')!)) {
      graph.initial += gz(script.innerHTML);
      follow(script.innerHTML, page.file, true);
    }
  }
  return graph;
}

/** HTML plus linked stylesheets (inline <style> is already in the HTML). */
function htmlAndCss(page: BuiltPage): { raw: number; gzip: number } {
  const sheets = page.root
    .querySelectorAll('link[rel=stylesheet]')
    .map((link) => readFileSync(join(distDir, distPath(link.getAttribute('href')!, page.file))));
  return {
    raw: Buffer.byteLength(page.html) + sheets.reduce((n, s) => n + s.length, 0),
    gzip: gz(page.html) + sheets.reduce((n, s) => n + gz(s), 0),
  };
}

const TYPES: [type: string, match: RegExp][] = [
  ['script chooser', /^index\.html$/],
  ['home', /^zh-han[st]\/index\.html$/],
  ['article', /^zh-han[st]\/articles\/[^/]+\/index\.html$/],
  ['town', /^zh-han[st]\/towns\/[^/]+\/index\.html$/],
  ['data', /^zh-han[st]\/data\/index\.html$/],
  ['about', /^zh-han[st]\/about\/index\.html$/],
];
const ofType = (match: RegExp) => pages.filter((p) => match.test(p.file.replaceAll('\\', '/')));

describe('page budgets', () => {
  it('prints first-load bytes per page type (largest page of each type)', () => {
    const rows: Record<string, Record<string, number | string>> = {};
    for (const [type, match] of TYPES) {
      const largest = ofType(match)
        .map((page) => ({ page, size: htmlAndCss(page), js: scriptGraph(page) }))
        .sort((a, b) => b.size.gzip + b.js.initial - (a.size.gzip + a.js.initial))[0];
      if (!largest) continue;
      rows[type] = {
        page: largest.page.file,
        'HTML+CSS raw': largest.size.raw,
        'HTML+CSS gzip': largest.size.gzip,
        'JS on load gzip': largest.js.initial,
        'first load gzip': largest.size.gzip + largest.js.initial,
        'JS loaded later gzip': largest.js.deferred,
      };
    }
    console.table(rows);
    expect(Object.keys(rows)).toEqual(TYPES.map(([type]) => type));
  });

  it(`article pages: HTML+CSS at most ${ARTICLE_HTML_CSS_GZIP / KB} KB gzip`, () => {
    const articles = ofType(TYPES[2]![1]);
    expect(articles.length).toBeGreaterThan(0);
    for (const page of articles) expect(htmlAndCss(page).gzip, page.file).toBeLessThanOrEqual(ARTICLE_HTML_CSS_GZIP);
  });

  it('article pages need no JavaScript: the whole text is in the HTML', () => {
    for (const article of content.articles.filter((a) => !a.data.draft)) {
      const page = pages.find((p) => p.file.replaceAll('\\', '/') === `zh-hans/articles/${article.slug}/index.html`)!;
      const body = page.root.querySelector('.article-body');
      // Markdown markup and comments aside, every character of the source is in the page (in either script).
      const source = article.body.replace(/<!--[\s\S]*?-->/g, '').replace(/[#*\-|>\s[\]=]/g, '');
      expect(body?.text.replace(/\s/g, '').length, article.slug).toBeGreaterThanOrEqual(source.length * 0.95);
      expect(page.root.querySelector('.article-body [hidden], noscript')).toBeNull();
    }
  });

  it(`data pages: chart code at most ${DATA_JS_GZIP / KB} KB gzip, loaded only when a chart nears the viewport`, () => {
    for (const page of ofType(TYPES[4]![1])) {
      const graph = scriptGraph(page);
      expect(graph.deferred, `${page.file}: the chart library should be loaded with import()`).toBeGreaterThan(0);
      expect(graph.initial + graph.deferred, page.file).toBeLessThanOrEqual(DATA_JS_GZIP);
      expect(graph.initial, `${page.file} loads on start: ${graph.initialFiles.join(', ')}`).toBeLessThanOrEqual(
        INITIAL_JS_GZIP,
      );
    }
  });

  it('no page loads more than the small start-up scripts before it is used', () => {
    for (const page of pages) expect(scriptGraph(page).initial, page.file).toBeLessThanOrEqual(INITIAL_JS_GZIP);
  });

  it('no web fonts: no @font-face and no font files (system font stacks only)', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' });
    expect(files.filter((f) => /\.(woff2?|ttf|otf|eot)$/i.test(f))).toEqual([]);
    const css = [
      ...files.filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(distDir, f), 'utf8')),
      ...pages.flatMap((p) => p.root.querySelectorAll('style').map((s) => s.innerHTML)),
    ];
    expect(css.filter((sheet) => /@font-face/i.test(sheet))).toEqual([]);
  });
});

describe('the office editor (/admin/)', () => {
  const files = () => readdirSync(distDir, { recursive: true, encoding: 'utf8' }).map((f) => f.replaceAll('\\', '/'));

  it('is built with the site, kept out of search engines, and loads nothing from another site', () => {
    const page = readFileSync(join(distDir, EDITOR_PATH, 'index.html'), 'utf8');
    expect(page).toMatch(/<meta name="robots" content="noindex/);
    const sources = [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map(([, src]) => src!);
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(existsSync(join(distDir, EDITOR_PATH, src)), src).toBe(true);
  });

  it("is linked from no residents' page and adds nothing to their weight: no file outside it names it", () => {
    // Residents' pages, their styles and scripts (loaded at once or later), the sitemap, feeds and search index.
    const outside = files().filter((f) => !f.startsWith(EDITOR_PATH) && /\.(html|js|css|json|xml|txt)$/.test(f));
    expect(outside.length).toBeGreaterThan(pages.length);
    const naming = outside.filter((f) => readFileSync(join(distDir, f), 'utf8').includes(`/${EDITOR_PATH}`));
    expect(naming).toEqual([]);
  });
});
