import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parseBuildStats } from '../../src/build/buildStats.ts';
import { LOCALES } from '../../src/config/locales.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { tallyRecords } from '../../src/lib/tallies/tallyRecords.ts';
import { formatQuantity } from '../../src/lib/numbers/formatQuantity.ts';
import { builtPages, visibleText, type BuiltPage } from './distFiles.ts';
import { foreignCharacters, OPENCC_CHECK } from './foreignCharacters.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';

const distDir = inject('distDir');
const { content } = readContent(SEED_CONTENT_DIR);
const published = content.articles.filter((a) => !a.data.draft);
let pages: BuiltPage[];

beforeAll(() => {
  pages = builtPages(distDir);
});

const page = (file: string) => {
  const found = pages.find((p) => p.file === file);
  if (!found) throw new Error(`${file} was not built`);
  return found;
};

describe('every article and town in both scripts', () => {
  for (const locale of LOCALES) {
    it(`${locale.id}: home, data, about, each article and each town`, () => {
      const expected = [
        `${locale.id}/index.html`,
        `${locale.id}/data/index.html`,
        `${locale.id}/about/index.html`,
        ...published.map((a) => `${locale.id}/articles/${a.slug}/index.html`),
        ...content.towns.map((t) => `${locale.id}/towns/${t.slug}/index.html`),
      ];
      for (const file of expected) {
        expect(existsSync(join(distDir, file)), file).toBe(true);
        expect(page(file).root.querySelector('html')!.getAttribute('lang')).toBe(locale.lang);
      }
    });
  }

  it('builds the script chooser and the 404 page at the root', () => {
    expect(page('index.html').root.querySelectorAll('a.choose')).toHaveLength(LOCALES.length);
    expect(existsSync(join(distDir, '404.html'))).toBe(true);
  });
});

describe('no page mixes scripts (checked with the opencc CLI)', () => {
  it('Simplified pages are unchanged by Traditional→Simplified; Traditional pages by Simplified→Traditional', () => {
    const mixed: string[] = [];
    for (const locale of LOCALES) {
      const config = OPENCC_CHECK[locale.script];
      for (const { file, root } of pages.filter((p) => p.file.startsWith(`${locale.id}/`))) {
        const foreign = foreignCharacters(visibleText(root, locale.lang), config);
        if (foreign.length) mixed.push(`${file}: ${foreign.join('')}`);
      }
    }
    expect(mixed).toEqual([]);
  });

  it('the chooser and 404 keep each script inside its own lang block', () => {
    for (const file of ['index.html', '404.html']) {
      for (const locale of LOCALES) {
        const config = OPENCC_CHECK[locale.script];
        const text = page(file).root.querySelector(`section[lang=${locale.lang}]`)!.text;
        expect(foreignCharacters(text, config), `${file} ${locale.lang}`).toEqual([]);
      }
    }
  });
});

describe('script switch and alternates', () => {
  it('every localized page links to its twin in the other script, which exists', () => {
    for (const { file, root } of pages) {
      const locale = LOCALES.find((l) => file.startsWith(`${l.id}/`));
      // Embed pages are a chart alone, framed by another site: no switch, no alternates.
      if (!locale || file.includes('/embed/')) continue;
      for (const other of LOCALES.filter((l) => l !== locale)) {
        const twin = file.replace(`${locale.id}/`, `${other.id}/`);
        const href = '/' + twin.replace(/index\.html$/, '');
        expect(root.querySelector(`.script-switch a[hreflang=${other.lang}]`)?.getAttribute('href'), file).toBe(href);
        expect(root.querySelector(`link[rel=alternate][hreflang=${other.lang}]`)?.getAttribute('href'), file).toMatch(
          new RegExp(`${href}$`),
        );
        expect(existsSync(join(distDir, twin)), twin).toBe(true);
      }
    }
  });
});

describe('figures', () => {
  const records = tallyRecords(content, (slug) => published.some((a) => a.slug === slug));

  it('every tally figure appears on its town page, in both scripts', () => {
    expect(records.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      for (const record of records) {
        const { root } = page(`${locale.id}/towns/${record.town}/index.html`);
        const row = root.querySelector(`#tally-${record.article}-${record.id}`);
        expect(row, `${record.article}/${record.id}`).not.toBeNull();
        expect(row!.querySelector('data')!.getAttribute('value')).toBe(String(record.quantity));
        expect(row!.text).toContain(formatQuantity(record, locale.script));
      }
    }
  });

  it('an article page lists its own figures', () => {
    for (const article of published) {
      const own = records.filter((r) => r.article === article.slug);
      const { root } = page(`zh-hans/articles/${article.slug}/index.html`);
      for (const record of own) expect(root.querySelector(`#tally-${record.article}-${record.id}`)).not.toBeNull();
    }
  });

  it('every chart carries a table with the same figures', () => {
    const charts = pages.flatMap((p) =>
      p.root.querySelectorAll('figure[data-chart]').map((figure) => ({ file: p.file, figure })),
    );
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.some((c) => c.file.includes('/data/'))).toBe(true);
    for (const { file, figure } of charts) {
      const data = JSON.parse(figure.getAttribute('data-chart')!) as {
        labels: string[];
        datasets: { display: string[] }[];
      };
      const rows = figure.querySelectorAll('table tbody tr');
      expect(rows.length, file).toBe(data.labels.length);
      rows.forEach((row, i) => {
        expect(row.querySelector('th')!.text).toBe(data.labels[i]);
        expect(row.querySelectorAll('td').map((td) => td.text)).toEqual(data.datasets.map((d) => d.display[i]));
      });
    }
  });
});

describe("the build's stats line", () => {
  it('on a build with no cache: the second thread checked every script and drew every QR code first', () => {
    const stats = parseBuildStats(stripVTControlCharacters(inject('buildOutput')));
    expect(stats).toBeDefined();
    expect(stats!.secondThreadScriptCheckMs).toBeGreaterThan(0);
    // Every page with a share panel had its code drawn there: none was left for the build's own thread.
    expect(stats!.qrDrawn).toBe(0);
    expect(stats!.converted).toBeGreaterThan(0);
    expect(stats!.fromDiskCache).toBe(0);
    expect(stats!.searchShards).toBe(1);
    expect(stats!.searchShardsReused).toBe(0);
  });
});
