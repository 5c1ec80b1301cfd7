import { LOCALES, type Locale } from '../../config/locales.ts';
import type { ChartModel } from '../charts/chartModel.ts';
import { chartsComparing } from '../charts/chartsComparing.ts';
import type { ArticleSource, Content, Located } from '../content/readContent.ts';
import type { Commit } from '../history/parseGitLog.ts';
import { createLocalizer, type Convert, type Localizer } from '../i18n/localizer.ts';
import { articlePath, townPath } from '../routes/paths.ts';
import type { Town } from '../schema/town.ts';
import { sourceLinks } from './sourceLinks.ts';
import {
  articleView,
  comparisonCharts,
  siteModel,
  totalViews,
  townView,
  type ArticleView,
  type SiteModel,
  type TotalView,
  type TownView,
} from './siteModel.ts';

/** Everything the pages show, in every locale: the model, and the views made from it. */
export interface Site {
  model: SiteModel;
  localizer(locale: Locale): Localizer;
  articleView(article: ArticleSource, locale: Locale): ArticleView;
  /** Articles related to this one (same town, same categories), best first. */
  relatedViews(article: ArticleSource, locale: Locale): ArticleView[];
  townView(town: Located<Town>, locale: Locale): TownView;
  totalViews(locale: Locale): TotalView[];
  comparisonCharts(locale: Locale): ChartModel[];
  /** The articles a chart's figures come from, newest first (see sourceLinks). */
  chartSources(chart: ChartModel, locale: Locale): ReturnType<typeof sourceLinks>;
  /** The data page's comparisons in which this town and another have a figure. */
  townComparisons(town: Located<Town>, locale: Locale): ChartModel[];
  /** The pages with a share panel, and so a QR code, after the locale: every article and town. */
  sharedPaths(): string[];
  /** A page's QR code, labelled. */
  qrSvg(url: string, label: string): string;
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
  qrSvg(url: string, label: string): string;
  /** How views are kept (the build's memo); by default each call computes afresh. */
  remember?: Remember;
}

export function createSite({ content, now, history, convert, qrSvg, remember = (view) => view }: SiteInputs): Site {
  const localizers = new Map(LOCALES.map((locale) => [locale.id, createLocalizer(locale, convert)]));
  const localizer = (locale: Locale) => localizers.get(locale.id)!;
  const model = siteModel(content, now, history);
  const byLocale = (locale: Locale) => locale.id;
  const site: Site = {
    model,
    localizer,
    articleView: remember(
      (article: ArticleSource, locale: Locale) => articleView(model, article, localizer(locale)),
      (article, locale) => `${locale.id}/${article.slug}`,
    ),
    relatedViews: (article, locale) =>
      (model.related.get(article.slug) ?? []).map((slug) => site.articleView(model.articleBySlug.get(slug)!, locale)),
    townView: remember(
      (town: Located<Town>, locale: Locale) => townView(model, town, localizer(locale), site.articleView),
      (town, locale) => `${locale.id}/${town.slug}`,
    ),
    totalViews: remember((locale: Locale) => totalViews(model.records, localizer(locale)), byLocale),
    comparisonCharts: remember((locale: Locale) => comparisonCharts(model, localizer(locale)), byLocale),
    // A chart shows on its town or data page and on its embed page, in each script: sort its sources once.
    chartSources: remember(
      (chart: ChartModel, locale: Locale) => sourceLinks(model, chart.sources, localizer(locale)),
      (chart, locale) => `${locale.id}/${chart.id}`,
    ),
    townComparisons: (town, locale) => chartsComparing(site.comparisonCharts(locale), model.towns.indexOf(town)),
    sharedPaths: () => [
      ...model.articles.map((article) => articlePath(article.slug)),
      ...model.towns.map((town) => townPath(town.slug)),
    ],
    qrSvg,
  };
  return site;
}
