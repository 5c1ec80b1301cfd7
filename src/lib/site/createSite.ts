import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../config/locales.ts';
import { DATASET_CODEBOOK } from '../../config/dataset.ts';
import { OFFICE } from '../../consts.ts';
import { chartsComparing } from '../charts/chartsComparing.ts';
import type { Content } from '../content/readContent.ts';
import { localeFeed, type LocaleFeed } from '../feeds/localeFeed.ts';
import type { Commit } from '../history/parseGitLog.ts';
import { createLocalizer, type Convert, type Localizer, type SiteAddress } from '../i18n/localizer.ts';
import { openDataset } from '../openData/openDataset.ts';
import { PAGE_PATHS, townPath } from '../routes/paths.ts';
import { NAVIGATION, siteRoutes, staticPaths, type Route, type RouteKind } from '../routes/routes.ts';
import { comparisonCharts } from './allCharts.ts';
import { chartContents } from './chartContents.ts';
import { articleView, type ArticleView } from './articleView.ts';
import { chartView, type ChartView } from './chartView.ts';
import type { FigureRow } from './figureRows.ts';
import { officeView, type OfficeView } from './officeView.ts';
import { siteModel, type SiteModel } from './siteModel.ts';
import { totalViews, type TotalView } from './totalViews.ts';
import { townView, type TownView } from './townView.ts';

/** How many articles the home page lists. */
const LATEST_SHOWN = 10;

/**
 * Everything the pages show, in every locale, converted and formatted: a page asks for its view and renders it.
 * Articles, towns and charts are found by the key in their route's params (slug, town, chart id).
 */
export interface Site {
  model: SiteModel;
  /** Every page, after the locale (see routes.ts). */
  routes(): Route[];
  /** `getStaticPaths` for one kind of page: its routes in every locale, as `{ locale, route }` props. */
  staticPaths(kind: RouteKind): ReturnType<typeof staticPaths>;
  localizer(locale: Locale): Localizer;
  articleView(slug: string, locale: Locale): ArticleView;
  /** Articles related to this one (same town, same categories), best first. */
  relatedViews(slug: string, locale: Locale): ArticleView[];
  /** The newest articles, for the home page. */
  latestViews(locale: Locale): ArticleView[];
  townView(slug: string, locale: Locale): TownView;
  /** Every town, named and linked: the way through the site without search. */
  townLinks(locale: Locale): TownLink[];
  totalViews(locale: Locale): TotalView[];
  /** The data page's charts. */
  comparisonCharts(locale: Locale): ChartView[];
  /** The same charts grouped by category: the data page's contents. */
  comparisonContents(locale: Locale): ChartView[][];
  /** Any chart of the site by its id (data and town pages): for its embed page and an MDX article's <Chart>. */
  chart(id: string, locale: Locale): ChartView | undefined;
  /** What every page of a locale shows around its content: the localizer, the navigation, the office. */
  frame(locale: Locale): PageFrame;
  /** A page's share panel: its absolute URL and its QR code. */
  share(path: string, locale: Locale): { url: string; qrSvg: string };
  feed(locale: Locale): LocaleFeed;
  /** The open dataset's columns, each with what it holds (the codebook page). */
  codebook(locale: Locale): { column: string; meaning: string }[];
  /** The open dataset (data/tallies.csv and .json), every locale's labels in one table. */
  openData(): ReturnType<typeof openDataset>;
}

export interface PageFrame {
  l: Localizer;
  nav: { path: string; href: string; label: string }[];
  office: OfficeView;
}

/** What an MDX article's components show (Astro.locals.article, set by the article page). */
export interface MdxArticle {
  l: Localizer;
  /** The article's figures. */
  figures: FigureRow[];
  chart(id: string): ChartView | undefined;
}

export interface TownLink {
  name: string;
  href: string;
  province: string;
  county: string;
}

/** Keeps a view's results per key: views many pages show (an article's card) are then made once per build. */
export type Remember = <A extends unknown[], R>(
  view: (...args: A) => R,
  key: (...args: A) => string,
) => (...args: A) => R;

export interface SiteInputs {
  content: Content;
  /** What is published depends on it (drafts and scheduled articles are not). */
  now: Date;
  /** Commits per content file, keyed like Located.file; undefined without git history. */
  history?: ReadonlyMap<string, Commit[]>;
  /** Text in a locale's script (the build's converter, behind its caches). */
  convert: Convert;
  /** Where the site is served, for its links and absolute URLs. */
  address: SiteAddress;
  /** A URL's QR code as SVG, labelled for screen readers. */
  qrSvg(url: string, label: string): string;
  /** How views are kept (the build's memo); by default each call computes afresh. */
  remember?: Remember;
}

export function createSite(inputs: SiteInputs): Site {
  const { content, now, history, convert, address, qrSvg, remember = (view) => view } = inputs;
  const localizers = new Map(LOCALES.map((locale) => [locale.id, createLocalizer(locale, convert, address)]));
  const localizer = (locale: Locale) => localizers.get(locale.id)!;
  const model = siteModel(content, now, history);
  const perLocale = (locale: Locale) => locale.id;
  const byKey = (key: string, locale: Locale) => `${locale.id}/${key}`;

  const article = remember(
    (slug: string, locale: Locale) => articleView(model, model.articleBySlug.get(slug)!, localizer(locale)),
    byKey,
  );
  const comparisons = remember((locale: Locale) => {
    const l = localizer(locale);
    return comparisonCharts(model, l).map((chart) => chartView(chart, model, l));
  }, perLocale);
  const town = remember((slug: string, locale: Locale) => {
    const found = model.townBySlug.get(slug)!;
    return townView(
      model,
      found,
      localizer(locale),
      (a) => article(a.slug, locale),
      chartsComparing(comparisons(locale), model.towns.indexOf(found)),
    );
  }, byKey);
  const charts = remember(
    (locale: Locale) =>
      new Map(
        [...comparisons(locale), ...model.towns.flatMap((t) => town(t.slug, locale).timelines)].map((chart) => [
          chart.id,
          chart,
        ]),
      ),
    perLocale,
  );
  // Chart ids are the same in every locale.
  const routes = remember(
    () =>
      siteRoutes(
        model.articles.map((a) => a.slug),
        model.towns.map((t) => t.slug),
        [...charts(DEFAULT_LOCALE).keys()],
      ),
    () => '',
  );

  return {
    model,
    routes,
    staticPaths: (kind) => staticPaths(routes(), kind),
    localizer,
    articleView: article,
    relatedViews: (slug, locale) => (model.related.get(slug) ?? []).map((related) => article(related, locale)),
    latestViews: (locale) => model.articles.slice(0, LATEST_SHOWN).map((a) => article(a.slug, locale)),
    townView: town,
    townLinks: remember((locale: Locale) => {
      const l = localizer(locale);
      return model.towns.map((t) => ({
        name: l.t(t.data.name),
        href: l.href(townPath(t.slug)),
        province: l.t(t.data.province),
        county: l.t(t.data.county),
      }));
    }, perLocale),
    totalViews: remember((locale: Locale) => totalViews(model.records, localizer(locale)), perLocale),
    comparisonCharts: comparisons,
    comparisonContents: (locale) => chartContents(comparisons(locale)),
    chart: (id, locale) => charts(locale).get(id),
    frame: remember((locale: Locale) => {
      const l = localizer(locale);
      return {
        l,
        nav: NAVIGATION.map(({ kind, label }) => ({
          path: PAGE_PATHS[kind],
          href: l.href(PAGE_PATHS[kind]),
          label: l.ui(label),
        })),
        office: officeView(OFFICE, l),
      };
    }, perLocale),
    share: (path, locale) => {
      const l = localizer(locale);
      const url = l.url(path);
      return { url, qrSvg: qrSvg(url, l.ui('share.qr')) };
    },
    feed: (locale) =>
      localeFeed(
        model.articles.map((a) => article(a.slug, locale)),
        localizer(locale),
      ),
    codebook: (locale) => {
      const l = localizer(locale);
      return DATASET_CODEBOOK.map((entry) => ({
        column: entry.column,
        // A localized column names its locale in this page's script.
        meaning: entry.locale
          ? l.ui(`localizedColumn.${entry.meaning}`, { locale: l.t(entry.locale.label, entry.locale.script) })
          : l.ui(`column.${entry.meaning}`),
      }));
    },
    openData: remember(
      () => openDataset(model, LOCALES.map(localizer)),
      () => '',
    ),
  };
}
