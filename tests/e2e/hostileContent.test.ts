/**
 * A site built from the most hostile content the check accepts (tests/fixtures/hostile-content: raw HTML, script,
 * data: and vbscript: URLs, comment, JSON and template breakers, in every field that reaches a page, in Markdown and
 * MDX), every page opened in Chromium with JavaScript on. Nothing the content says may run, open a dialog, navigate,
 * load from another host or trip the Content-Security-Policy; the HTML holds only what the pages of clean content
 * (the global setup's site) hold, no event handler and no script URL; and the hostile text reads as text, on pages
 * and to feed readers. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES, type Locale, type Script } from '../../src/config/locales.ts';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { toScript } from '../../src/lib/conversion/toScript.ts';
import { buildSite } from '../build/buildSite.ts';
import { builtPageFiles } from '../build/distFiles.ts';
import { activeMarkup, type ActiveMarkup } from './activeMarkup.ts';
import { launchBrowser } from './browser.ts';
import { pageIncidents, watchedContext } from './pageIncidents.ts';
import { serveStatic, type StaticServer } from './server.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/hostile-content');
const outDir = mkdtempSync(join(tmpdir(), 'gongshi-hostile-'));
let browser: Browser;
let server: StaticServer;
let context: BrowserContext;
/** A blank page, for parsing HTML with Chromium's parser. */
let parser: Page;
/** Every HTML file of the hostile site, as a path inside it. */
let files: string[];
let checked: ReturnType<typeof checkContent>;

/** The URL path a static host serves `file` at: `zh-hans/about/index.html` → `/zh-hans/about/`. */
const urlPath = (file: string) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
const markupOf = (dir: string, file: string) => activeMarkup(parser, readFileSync(join(dir, file), 'utf8'));
/**
 * An element's signature without the hash in a bundle's name (`/_astro/Chart…_lang.BBrZTERf.js`): the bundled site
 * may come from a build of a moment earlier code (in a checkout others are editing), and a bundle is the site's own.
 */
const unhashed = (element: string) => element.replace(/(\/_astro\/[^\s"]+)\.[\w-]{8}(\.(?:js|css))\b/g, '$1$2');

beforeAll(async () => {
  checked = checkContent(FIXTURE);
  const { status, output } = buildSite(outDir, { GONGSHI_CONTENT_DIR: FIXTURE });
  if (status !== 0) throw new Error(`The hostile fixture did not build:\n${output}`);
  files = builtPageFiles(outDir);
  [browser, server] = await Promise.all([launchBrowser(), serveStatic(outDir)]);
  context = await watchedContext(browser, server.origin);
  parser = await browser.newPage();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(outDir, { recursive: true, force: true });
});

it('the fixture is accepted content: the check finds nothing in it', () => {
  expect(checked.problems).toEqual([]);
});

/**
 * Scrolls to each chart, then to the bottom, and waits until every chart is drawn (Chart.js loads only when a chart
 * nears the viewport, and reads the figure's data-chart JSON) and the network is quiet.
 */
async function readToTheEnd(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (const figure of document.querySelectorAll('figure[data-chart]')) {
      figure.scrollIntoView();
      await frame();
      await frame();
    }
    window.scrollTo(0, document.body.scrollHeight);
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('figure[data-chart]')].every((figure) => figure.querySelector('canvas')),
  );
  await page.waitForLoadState('networkidle');
}

describe('in Chromium, JavaScript on', () => {
  it('the site has every kind of page, in both scripts', () => {
    const perLocale = ['', 'about/', 'search/', 'data/', 'data/codebook/', 'articles/hostile-markup/', 'towns/nixi/'];
    expect(files).toEqual(
      expect.arrayContaining([
        'index.html',
        '404.html',
        ...LOCALES.flatMap((locale) => [
          ...perLocale.map((path) => `${locale.id}/${path}index.html`),
          `${locale.id}/embed/compare-masks/index.html`,
        ]),
      ]),
    );
  });

  it('no page runs content, opens a dialog, navigates, loads from another host or violates the CSP', async () => {
    const found: string[] = [];
    for (const file of files) {
      const url = `${server.origin}${urlPath(file)}`;
      // The script chooser (`/`) sends the reader on to a script's home page: by design, not content.
      const leadsTo = file === 'index.html' ? LOCALES.map((locale) => `${server.origin}/${locale.id}/`) : [];
      const incidents = await pageIncidents(
        context,
        url,
        async (page) => {
          if (leadsTo.length) await page.waitForURL((at) => leadsTo.includes(at.href));
          await readToTheEnd(page);
        },
        { leadsTo },
      );
      found.push(...incidents.map((incident) => `${urlPath(file)}  ${incident}`));
    }
    expect(found).toEqual([]);
  }, 240_000);

  it('search results quoting hostile text show it as text, in both scripts; a hostile query runs nothing', async () => {
    for (const locale of LOCALES) {
      for (const query of ['pwned', '<img src=x onerror="window.pwned=1;alert(1)">']) {
        let results: string[] = [];
        const url = `${server.origin}/${locale.id}/search/?q=${encodeURIComponent(query)}`;
        const incidents = await pageIncidents(context, url, async (page) => {
          await page.waitForFunction(() => /\d|。/.test(document.querySelector('.search-status')!.textContent!));
          results = await page.locator('.search-results li').allTextContents();
        });
        expect(incidents, `${locale.id} ${query}`).toEqual([]);
        if (query === 'pwned') expect(results.join('\n'), locale.id).toContain('<script>');
      }
    }
  });
});

describe('the HTML, as Chromium parses it', () => {
  /** Every page's active markup, and the union of the bundled site's (built by the global setup from clean content). */
  let hostile: Map<string, ActiveMarkup>;
  let clean: Set<string>;
  /** The active elements of a page that no page of clean content has. */
  const foreign = (markup: ActiveMarkup) => markup.elements.filter((el) => !clean.has(unhashed(el)));
  beforeAll(async () => {
    hostile = new Map();
    for (const file of files) hostile.set(file, await markupOf(outDir, file));
    const distDir = inject('distDir');
    clean = new Set();
    for (const file of builtPageFiles(distDir)) {
      for (const el of (await markupOf(distDir, file)).elements) clean.add(unhashed(el));
    }
  });

  it('holds only the scripts, styles, frames and forms that pages of clean content hold', () => {
    const found = [...hostile].flatMap(([file, markup]) => foreign(markup).map((el) => `${file}  ${el}`));
    expect(found).toEqual([]);
  });

  it('has no event-handler attribute and no script, data: or vbscript: URL', () => {
    const found = [...hostile].flatMap(([file, { handlers, unsafeUrls }]) =>
      [...handlers, ...unsafeUrls].map((what) => `${file}  ${what}`),
    );
    expect(found).toEqual([]);
  });

  it('the comparison would see a script the site does not have (one added to a clean page)', async () => {
    const page = readFileSync(join(inject('distDir'), 'zh-hans/about/index.html'), 'utf8');
    const injected = page.replace('</main>', '<script>window.pwned=1</script></main>');
    expect(foreign(await activeMarkup(parser, injected))).toEqual(['script  window.pwned=1']);
  });
});

describe('hostile text reads as text', () => {
  /** A field as a page in `locale` shows it: converted by the build's own converter, from `from` when known. */
  const shown = (text: string, locale: Locale, from?: Script) => toScript(text, locale.script, checked.converter, from);
  /** The text of the page at `path` (hidden parts too: the notice's), its <title> and its description. */
  const readPage = async (page: Page, path: string) => {
    await page.goto(`${server.origin}${path}`);
    return {
      text: (await page.locator('body').textContent())!,
      title: await page.title(),
      description: await page.locator('meta[name=description]').getAttribute('content'),
    };
  };

  it('every field of an article and its figures, in both scripts; its title in <title>, its summary in the description', async () => {
    const page = await context.newPage();
    for (const { slug, data } of checked.content.articles) {
      const figures = checked.content.tallies.filter((tally) => tally.data.article === slug);
      // Every field a page shows (no page shows an undated article's note); figures' text is detected, not declared.
      const fields = [
        data.title,
        data.summary,
        data.byline,
        data.source.publication,
        data.source.note,
        data.undated?.period,
      ];
      const figureFields = figures.flatMap((tally) => tally.data.entries.flatMap((entry) => [entry.item, entry.place]));
      for (const locale of LOCALES) {
        const { text, title, description } = await readPage(page, `/${locale.id}/articles/${slug}/`);
        const expected = [
          ...fields.flatMap((field) => (field ? [shown(field, locale, data.script)] : [])),
          ...figureFields.flatMap((field) => (field ? [shown(field, locale)] : [])),
        ];
        for (const field of expected) expect(text, `${locale.id} ${slug}`).toContain(field);
        expect(title).toContain(shown(data.title, locale, data.script));
        expect(description).toContain(shown(data.summary, locale, data.script));
      }
    }
    await page.close();
  });

  it('in the RSS feeds, whose readers take a description as HTML', () => {
    for (const locale of LOCALES) {
      const feed = parse(readFileSync(join(outDir, locale.id, 'rss.xml'), 'utf8'));
      const descriptions = feed.querySelectorAll('item description').map((description) => parse(description.text));
      expect(
        descriptions.flatMap((html) => html.querySelectorAll('*')),
        locale.id,
      ).toEqual([]);
      const text = descriptions.map((html) => html.text).join('\n');
      for (const { data } of checked.content.articles) {
        expect(text, locale.id).toContain(shown(data.summary, locale, data.script));
      }
    }
  });

  it("every field of a town, on the town's page in both scripts", async () => {
    const page = await context.newPage();
    for (const { slug, data } of checked.content.towns) {
      for (const locale of LOCALES) {
        const { text } = await readPage(page, `/${locale.id}/towns/${slug}/`);
        for (const field of [data.name, data.county, data.province]) {
          expect(text, `${locale.id} ${slug}`).toContain(shown(field, locale));
        }
      }
    }
    await page.close();
  });
});
