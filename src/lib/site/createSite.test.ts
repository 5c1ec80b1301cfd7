import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { SEED_CONTENT_DIR } from '../../../tests/seedContent.ts';
import { readContent } from '../content/readContent.ts';
import { TEST_ADDRESS } from '../i18n/testLocalizer.ts';
import { NAVIGATION, SHARED_KINDS } from '../routes/routes.ts';
import { createSite } from './createSite.ts';
import { siteChartIds } from './siteChartIds.ts';

const { content } = readContent(SEED_CONTENT_DIR);
const now = new Date('2026-01-01');
// A stand-in converter that marks what it converted, so a test sees which texts went through conversion.
const site = createSite({
  content,
  now,
  convert: { text: (text, locale) => `«${locale.id}:${text}»`, html: (html) => html },
  address: TEST_ADDRESS,
  qrSvg: (url, label) => `<svg aria-label="${label}" data-url="${url}"></svg>`,
});
const [hans, hant] = LOCALES;
const article = site.model.articles[0]!;

describe('the views a page gets', () => {
  it('arrive converted into the locale and formatted: an article, its figures and its links', () => {
    const view = site.articleView(article.slug, hant);
    expect(view.title).toBe(`«zh-hant:${article.data.title}»`);
    expect(view.town.name).toMatch(/^«zh-hant:/);
    expect(view.href).toBe(`/zh-hant/articles/${article.slug}/`);
    expect(view.figures.length).toBeGreaterThan(0);
    for (const row of view.figures) {
      expect(row.item).toMatch(/^«zh-hant:/);
      expect(row.amount).not.toBe('');
      expect(row.date).not.toBe('');
    }
  });

  it('a town: its figures grouped, its charts with their sources linked, its articles', () => {
    const town = site.model.towns.find((t) => site.model.recordsByTown.get(t.slug)?.length)!;
    const view = site.townView(town.slug, hans);
    expect(view.groups.flatMap((group) => group.rows).length).toBe(site.model.recordsByTown.get(town.slug)!.length);
    for (const chart of [...view.timelines, ...view.comparisons]) {
      expect(chart.sourceLinks.links.every((link) => link.href.startsWith('/zh-hans/articles/'))).toBe(true);
      expect(JSON.parse(chart.data)).toMatchObject({ title: chart.title, labels: chart.labels });
    }
    expect(view.articles.map((a) => a.slug)).toContain(site.model.articlesByTown.get(town.slug)![0]!.slug);
  });

  it('the same view twice is the same object when views are remembered', () => {
    const remembering = createSite({
      content,
      now,
      convert: { text: (text) => text, html: (html) => html },
      address: TEST_ADDRESS,
      qrSvg: () => '',
      remember: (view, key) => {
        const kept = new Map<string, ReturnType<typeof view>>();
        return (...args) => {
          const k = key(...args);
          if (!kept.has(k)) kept.set(k, view(...args));
          return kept.get(k)!;
        };
      },
    });
    expect(remembering.articleView(article.slug, hans)).toBe(remembering.articleView(article.slug, hans));
  });
});

describe('the one list of routes', () => {
  const routes = site.routes();

  it('has a page per article, town and chart, and the embeds are exactly the charts the content check knows', () => {
    const ofKind = (kind: string) => routes.filter((route) => route.kind === kind);
    expect(ofKind('article').map((route) => route.params.slug)).toEqual(site.model.articles.map((a) => a.slug));
    expect(ofKind('town').map((route) => route.params.town)).toEqual(site.model.towns.map((t) => t.slug));
    expect(new Set(ofKind('embed').map((route) => route.params.chart))).toEqual(siteChartIds(content, now));
    for (const route of ofKind('embed')) expect(site.chart(route.params.chart!, hant)?.id).toBe(route.params.chart);
  });

  it('gives every page in every locale to getStaticPaths, and the navigation only pages that exist', () => {
    expect(site.staticPaths('article')).toHaveLength(site.model.articles.length * LOCALES.length);
    expect(site.staticPaths('about').map((path) => path.params)).toEqual(LOCALES.map((l) => ({ lang: l.id })));
    const kinds = new Set(routes.map((route) => route.kind));
    for (const item of NAVIGATION) expect(kinds).toContain(item.kind);
    for (const kind of SHARED_KINDS) expect(kinds).toContain(kind);
  });

  it('shares a page by its absolute URL, the QR code labelled in the locale', () => {
    const share = site.share(`articles/${article.slug}/`, hant);
    expect(share.url).toBe(`${TEST_ADDRESS.origin.origin}/zh-hant/articles/${article.slug}/`);
    expect(share.qrSvg).toContain(`data-url="${share.url}"`);
    expect(share.qrSvg).toMatch(/aria-label="«zh-hant:/);
  });
});
