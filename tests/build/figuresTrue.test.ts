/**
 * Every number the site shows, recomputed from the tallies by the rule the about page states: a sum adds figures of
 * one category, one kind and one unit; rates (每天…, 6–8人) are never added; of running totals (累计) only a town's
 * latest counts; a part is left out where its whole is counted, and where it is not, of parts of one whole only the
 * largest is added (they may overlap), the sum then a lower bound; a sum with a lower bound in it is a lower bound.
 *
 * Checked on the seed site (tests/globalSetup.ts) and on tests/fixtures/figures-content, written to exercise each
 * rule: charts and their tables on the data, town and embed pages, the canvas data, the towns' main figures (the
 * printed notice), the towns' figure tables, the home page totals, and the Traditional pages beside the Simplified.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CATEGORIES, KINDS, unitId, type UnitId } from '../../src/config/categories.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { buildSite } from './buildSite.ts';
import { builtPages, type BuiltPage } from './distFiles.ts';

const FIGURES_CONTENT_DIR = join(import.meta.dirname, '../fixtures/figures-content');

/** A published figure as the tallies give it. */
interface Figure {
  key: string;
  /** Keys of the figures it is part of, innermost first. */
  wholes: string[];
  town: string;
  category: string;
  kind: string;
  unit: UnitId;
  quantity: number;
  quantityMax?: number;
  qualifier: string;
  rate: boolean;
  cumulative: boolean;
  date?: string;
  per?: string;
}

function figuresOf(contentDir: string): { figures: Figure[]; towns: string[] } {
  const { content } = readContent(contentDir);
  const articles = new Map(content.articles.filter((a) => !a.data.draft).map((a) => [a.slug, a.data]));
  const figures = content.tallies.flatMap((file) => {
    const article = articles.get(file.data.article);
    if (!article) return [];
    const partOf = new Map(file.data.entries.map((e) => [e.id, e.partOf]));
    return file.data.entries
      .filter((entry) => entry.review !== 'pending')
      .map((entry): Figure => {
        const wholes: string[] = [];
        for (let id = entry.partOf; id; id = partOf.get(id)) wholes.push(`${file.data.article}#${id}`);
        return {
          key: `${file.data.article}#${entry.id}`,
          wholes,
          town: entry.town ?? article.town,
          category: entry.category,
          kind: entry.kind,
          unit: unitId(entry.unit)!,
          quantity: entry.quantity,
          quantityMax: entry.quantityMax,
          qualifier: entry.qualifier,
          rate: entry.qualifier === 'range' || entry.per !== undefined,
          cumulative: entry.cumulative === true,
          date: entry.date,
          per: entry.per,
        };
      });
  });
  return { figures, towns: content.towns.map((t) => t.slug) };
}

/**
 * The figures one sum adds by the stated rule, and the parts it leaves out as possibly overlapping; `figures` are of
 * one category, kind and unit.
 */
function addedBy(figures: Figure[]): { added: Figure[]; leftOut: Figure[] } {
  const notRates = figures.filter((f) => !f.rate);
  const latest = notRates.filter(
    (f) => !f.cumulative || !notRates.some((g) => g.cumulative && g.town === f.town && g.date! > f.date!),
  );
  const present = new Set(latest.map((f) => f.key));
  const uncounted = latest.filter((f) => !f.wholes.some((whole) => present.has(whole)));
  const family = (f: Figure) => f.wholes.at(-1) ?? f.key;
  const added = uncounted.filter(
    (f) => !uncounted.some((g) => g !== f && family(g) === family(f) && g.quantity > f.quantity),
  );
  return { added, leftOut: uncounted.filter((f) => !added.includes(f)) };
}

/** 约 when a rounded figure is in it; 余 when a lower bound is, or overlapping parts were left out; else exact. */
function sumQualifier(added: Figure[], partsLeftOut: boolean): string {
  if (added.some((f) => f.qualifier === 'about')) return 'about';
  return partsLeftOut || added.some((f) => f.qualifier !== 'exact') ? 'approx-more-than' : 'exact';
}

function expectedSum(figures: Figure[]): Shown | undefined {
  const { added, leftOut } = addedBy(figures);
  if (added.length === 0) return undefined;
  const qualifier = sumQualifier(added, leftOut.length > 0);
  return { quantity: added.reduce((sum, f) => sum + f.quantity, 0), qualifier, unit: added[0]!.unit };
}

const sameGroup = (category: string, kind: string, unit: UnitId) => (f: Figure) =>
  f.category === category && f.kind === kind && f.unit === unit;

/** Every (category, kind, unit) the figures have, each once. */
function groupsOf(figures: Figure[]): { category: string; kind: string; unit: UnitId }[] {
  const seen = new Map(figures.map((f) => [`${f.category}|${f.kind}|${f.unit}`, f]));
  return [...seen.values()].map(({ category, kind, unit }) => ({ category, kind, unit }));
}

/** A sum as a page shows it. */
interface Shown {
  quantity: number;
  qualifier: string;
  unit: UnitId;
}

/** A number as a page shows it: 1.2万余只, 20000只, 约6.7万人, 每天300只, 6–8人. */
function readFigure(text: string) {
  const match = /^(?:每(.+?))?([约約])?(\d+(?:\.\d+)?)(?:–(\d+))?([万萬])?([余餘])?(.+)$/.exec(text.trim());
  if (!match || !unitId(match[7]!)) throw new Error(`not a figure as the site writes one: "${text}"`);
  const [, per, about, digits, max, wan, more, unit] = match;
  const qualifier = max ? 'range' : more ? 'approx-more-than' : about ? 'about' : 'exact';
  return {
    quantity: Math.round(Number(digits) * (wan ? 10_000 : 1)),
    ...(max ? { quantityMax: Number(max) } : {}),
    qualifier,
    unit: unitId(unit!)!,
    ...(per ? { per } : {}),
  };
}

function readShown(text: string): Shown {
  const { quantity, qualifier, unit } = readFigure(text);
  return { quantity, qualifier, unit };
}

const cells = (row: HTMLElement) => row.querySelectorAll('th, td').map((cell) => cell.text.trim());
const bodyRows = (table: HTMLElement) => table.querySelectorAll('tbody tr').map(cells);
const headings = (table: HTMLElement) => table.querySelectorAll('thead th').map((cell) => cell.text.trim());
const kindId = (label: string) => KINDS.find((k) => k.label === label)!.id;
const categoryId = (label: string) => CATEGORIES.find((c) => c.label === label)!.id;

/** A chart id's category and unit (compare-disinfectant-2: the category's second listed unit). */
function chartSubject(id: string, prefix: RegExp): { category: string; unit: UnitId; rest: string } {
  const match = prefix.exec(id)!;
  const rest = id.slice(match[0].length);
  const place = /-(\d+)$/.exec(rest);
  const name = place ? rest.slice(0, -place[0].length) : rest;
  // The longest id that fits: people-isolated before a shorter id it begins with.
  const category = [...CATEGORIES]
    .sort((a, b) => b.id.length - a.id.length)
    .find((c) => name === c.id || name.startsWith(`${c.id}-`))!;
  return { category: category.id, unit: category.units[place ? Number(place[1]) - 1 : 0]!, rest: name };
}

const sites = [
  { name: 'the seed site', contentDir: SEED_CONTENT_DIR, dist: () => inject('distDir') },
  { name: 'the figures fixture', contentDir: FIGURES_CONTENT_DIR, dist: () => figuresDist },
];
let figuresDist: string;

beforeAll(() => {
  figuresDist = mkdtempSync(join(tmpdir(), 'gongshi-figures-'));
  const { status, output } = buildSite(figuresDist, {
    GONGSHI_CONTENT_DIR: FIGURES_CONTENT_DIR,
    GONGSHI_NOW: '2020-03-01T12:00:00+08:00',
  });
  if (status !== 0) throw new Error(output);
});
afterAll(() => rmSync(figuresDist, { recursive: true, force: true }));

describe.each(sites)('every figure on $name is its tallies’ figure by the stated rule', ({ contentDir, dist }) => {
  let figures: Figure[];
  let townNames: Map<string, string>;
  let pages: BuiltPage[];
  const page = (file: string) => pages.find((p) => p.file === file)!.root;
  const charts = (root: HTMLElement) => root.querySelectorAll('figure.chart');

  beforeAll(() => {
    let towns: string[];
    ({ figures, towns } = figuresOf(contentDir));
    pages = builtPages(dist());
    // Town names as the Simplified pages write them (a town file may be in Traditional): from each town page's title.
    townNames = new Map(
      towns.map((town) => [
        page(`zh-hans/towns/${town}/index.html`).querySelector('title')!.text.split(' · ')[0]!,
        town,
      ]),
    );
  });

  it('each comparison chart cell is its town’s sum of that category, kind and unit, and none is missing', () => {
    const shownGroups = new Set<string>();
    for (const chart of charts(page('zh-hans/data/index.html'))) {
      const { category, unit } = chartSubject(chart.id, /^compare-/);
      const table = chart.querySelector('table')!;
      const kinds = headings(table).slice(1).map(kindId);
      for (const [townName, ...shown] of bodyRows(table)) {
        const town = townNames.get(townName!)!;
        kinds.forEach((kind, column) => {
          const expected = expectedSum(figures.filter((f) => f.town === town && sameGroup(category, kind, unit)(f)));
          const cell = shown[column]!;
          expect(cell === '—' ? undefined : readShown(cell), `${chart.id} ${townName} ${kind}`).toEqual(expected);
          if (expected) shownGroups.add(`${town}|${category}|${kind}|${unit}`);
        });
      }
    }
    for (const town of townNames.values()) {
      for (const { category, kind, unit } of groupsOf(figures.filter((f) => f.town === town))) {
        if (expectedSum(figures.filter((f) => f.town === town && sameGroup(category, kind, unit)(f)))) {
          expect(shownGroups, `${town} ${category} ${kind} ${unit}`).toContain(`${town}|${category}|${kind}|${unit}`);
        }
      }
    }
  });

  it('each town’s main figures (its printed notice) are exactly its sums', () => {
    for (const [townName, town] of townNames) {
      const table = page(`zh-hans/towns/${town}/index.html`)
        .querySelectorAll('table')
        .find((t) => t.querySelector('caption')?.text.trim() === '主要数字');
      const shown = (table ? bodyRows(table) : []).map(([category, kind, amount]) => ({
        category: categoryId(category!),
        kind: kindId(kind!),
        ...readShown(amount!),
      }));
      const mine = figures.filter((f) => f.town === town);
      const expected = groupsOf(mine).flatMap(({ category, kind, unit }) => {
        const sum = expectedSum(mine.filter(sameGroup(category, kind, unit)));
        return sum ? [{ category, kind, ...sum }] : [];
      });
      expect(sortedJson(shown), townName).toEqual(sortedJson(expected));
    }
  });

  it('each timeline adds one kind in one unit, day by day; every such series of two dates or more has one', () => {
    for (const town of townNames.values()) {
      const root = page(`zh-hans/towns/${town}/index.html`);
      const timelines = charts(root).filter((c) => c.id.startsWith('timeline-'));
      const expectedIds: string[] = [];
      for (const { category, kind, unit } of groupsOf(figures.filter((f) => f.town === town))) {
        const dated = figures.filter(
          (f) => f.town === town && f.date && !f.cumulative && sameGroup(category, kind, unit)(f),
        );
        const { added, leftOut } = addedBy(dated);
        if (new Set(added.map((f) => f.date)).size < 2) continue;
        const chart = timelines.find((c) => {
          const subject = chartSubject(c.id, new RegExp(`^timeline-${town}-`));
          return subject.category === category && subject.unit === unit && subject.rest.endsWith(`-${kind}`);
        });
        expect(chart, `${town} ${category} ${kind} ${unit}`).toBeDefined();
        expectedIds.push(chart!.id);
        const rows = bodyRows(chart!.querySelector('table')!);
        const byDate = [...added].sort((a, b) => a.date!.localeCompare(b.date!));
        const expected = byDate.map((f, index) => {
          const sofar = byDate.slice(0, index + 1);
          const qualifier = sumQualifier(
            sofar,
            leftOut.some((left) => left.date! <= f.date!),
          );
          const running = sofar.reduce((sum, g) => sum + g.quantity, 0);
          return { day: { quantity: f.quantity, qualifier: f.qualifier }, total: { quantity: running, qualifier } };
        });
        const shown = rows.map(([, day, total]) => {
          const [dayShown, totalShown] = [readShown(day!), readShown(total!)];
          return {
            day: { quantity: dayShown.quantity, qualifier: dayShown.qualifier },
            total: { quantity: totalShown.quantity, qualifier: totalShown.qualifier },
          };
        });
        expect(shown, chart!.id).toEqual(expected);
      }
      expect(timelines.map((c) => c.id).sort()).toEqual(expectedIds.sort());
    }
  });

  it('each town’s figure tables list every figure of the town as the tally gives it', () => {
    for (const town of townNames.values()) {
      const tables = page(`zh-hans/towns/${town}/index.html`)
        .querySelectorAll('section[aria-labelledby=tallies] table')
        .filter((t) => headings(t)[0] === '内容');
      const shown = tables.flatMap((t) => bodyRows(t).map((row) => readFigure(row[2]!)));
      const expected = figures
        .filter((f) => f.town === town)
        .map(({ quantity, quantityMax, qualifier, unit, per }) => ({
          quantity,
          ...(quantityMax === undefined ? {} : { quantityMax }),
          qualifier,
          unit,
          ...(per ? { per } : {}),
        }));
      expect(sortedJson(shown), town).toEqual(sortedJson(expected));
    }
  });

  it('the home page totals are the site’s sums, each one shown', () => {
    const shown = page('zh-hans/index.html')
      .querySelectorAll('ul.totals li')
      .map((li) => {
        const [category, kind] = li.childNodes[0]!.text.trim().split(' · ');
        return { category: categoryId(category!), kind: kindId(kind!), ...readShown(li.querySelector('strong')!.text) };
      });
    const expected = groupsOf(figures).flatMap(({ category, kind, unit }) => {
      const sum = expectedSum(figures.filter(sameGroup(category, kind, unit)));
      return sum ? [{ category, kind, ...sum }] : [];
    });
    expect(sortedJson(shown)).toEqual(sortedJson(expected));
  });

  it('what a chart draws (its data) is what its table shows, on every page with a chart', () => {
    for (const { file, root } of pages) {
      for (const chart of charts(root)) {
        const data = JSON.parse(chart.getAttribute('data-chart')!) as { datasets: { values: (number | null)[] }[] };
        const rows = bodyRows(chart.querySelector('table')!);
        data.datasets.forEach((dataset, column) => {
          expect(
            rows.map((row) => (row[column + 1] === '—' ? null : readShown(row[column + 1]!).quantity)),
            `${file} ${chart.id}`,
          ).toEqual(dataset.values);
        });
      }
    }
  });

  it('Traditional pages show the same figures as their Simplified twins', () => {
    for (const { file, root } of pages.filter((p) => p.file.startsWith('zh-hans/'))) {
      const twin = page(file.replace(/^zh-hans\//, 'zh-hant/'));
      const numbers = (r: HTMLElement) =>
        r
          .querySelectorAll('td.num, ul.totals strong')
          .map((cell) => cell.text.trim())
          .filter((t) => t !== '—')
          .map(readFigure);
      expect(numbers(twin), file).toEqual(numbers(root));
    }
  });
});

function sortedJson(list: object[]): string[] {
  return list.map((item) => JSON.stringify(item, Object.keys(item).sort())).sort();
}
