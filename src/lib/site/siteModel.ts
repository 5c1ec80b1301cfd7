import { CATEGORIES } from '../../config/categories.ts';
import type { Content, ArticleSource, Located } from '../content/readContent.ts';
import type { Town } from '../schema/town.ts';
import { tallyRecords, type TallyRecord } from '../tallies/tallyRecords.ts';
import { totals, type Total } from '../tallies/totals.ts';
import { timelines } from '../tallies/timeline.ts';
import { timelineChart } from '../charts/timelineChart.ts';
import { townComparisonCharts } from '../charts/townComparisonCharts.ts';
import type { ChartModel } from '../charts/chartModel.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { isPublished } from './isPublished.ts';
import { pageHistory, type PageHistory } from '../history/pageHistory.ts';
import type { Commit } from '../history/parseGitLog.ts';
import { OFFICE } from '../../consts.ts';
import { relatedArticles } from './relatedArticles.ts';

/** Everything pages show, computed once from the content; pages only render it. */
export interface SiteModel {
  articles: ArticleSource[];
  towns: Located<Town>[];
  records: TallyRecord[];
  /** Which page shows which file's history: each article's and town's content files, as Located.file. */
  files: { article: (slug: string) => string[]; town: (slug: string) => string[] };
  /** Commits per content file (keyed like Located.file); undefined without git history. */
  history?: ReadonlyMap<string, Commit[]>;
  /**
   * Per-build indexes, so a page finds its town, figures or neighbours by lookup: with thousands of articles,
   * a scan of every record or article on every page makes the build quadratic. Lists keep the order above.
   */
  townBySlug: ReadonlyMap<string, Located<Town>>;
  articleBySlug: ReadonlyMap<string, ArticleSource>;
  articlesByTown: ReadonlyMap<string, ArticleSource[]>;
  recordsByArticle: ReadonlyMap<string, TallyRecord[]>;
  recordsByTown: ReadonlyMap<string, TallyRecord[]>;
  /** Article slug → related article slugs, best first: computed once per build. */
  related: ReadonlyMap<string, string[]>;
}

/**
 * Newest first; undated articles last; then by title, so the order never depends on file order. Plain code-point
 * comparison: ISO dates sort right that way, and it is many times faster than localeCompare (charts sort hundreds).
 */
export function newestFirst(a: ArticleSource, b: ArticleSource): number {
  return compare(b.data.published ?? '', a.data.published ?? '') || compare(a.data.title, b.data.title);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `now` decides which articles are out: drafts and articles dated in the future are not (see isPublished). */
export function siteModel(content: Content, now: Date, history?: ReadonlyMap<string, Commit[]>): SiteModel {
  const articles = content.articles.filter((a) => isPublished(a.data, now, OFFICE.timeZone)).sort(newestFirst);
  const slugs = new Set(articles.map((a) => a.slug));
  const talliesByArticle = groupBy(content.tallies, (t) => t.data.article);
  const talliesOf = (slug: string) => (talliesByArticle.get(slug) ?? []).map((t) => t.file);
  const records = tallyRecords(content, (slug) => slugs.has(slug));
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const articlesByTown = groupBy(articles, (a) => a.data.town);
  const townBySlug = new Map(content.towns.map((t) => [t.slug, t]));
  const recordsByArticle = groupBy(records, (r) => r.article);
  const related = relatedArticles(
    articles.map((a) => ({
      slug: a.slug,
      town: a.data.town,
      categories: (recordsByArticle.get(a.slug) ?? []).map((r) => r.category),
    })),
  );
  const files = {
    article: (slug: string) => [
      ...(articleBySlug.has(slug) ? [articleBySlug.get(slug)!.file] : []),
      ...talliesOf(slug),
    ],
    town: (slug: string) => [
      ...(townBySlug.has(slug) ? [townBySlug.get(slug)!.file] : []),
      ...(articlesByTown.get(slug) ?? []).flatMap((a) => talliesOf(a.slug)),
    ],
  };
  return {
    articles,
    towns: content.towns,
    records,
    files,
    history,
    townBySlug,
    articleBySlug,
    articlesByTown,
    recordsByArticle,
    recordsByTown: groupBy(records, (r) => r.town),
    related,
  };
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export interface ArticleView {
  slug: string;
  title: string;
  summary: string;
  byline?: string;
  /** 2020年2月20日, or the honest "undated" line with the period covered. */
  dateLine: string;
  published?: string;
  source: { publication?: string; url?: string; note?: string };
  script: 'hans' | 'hant';
  town: { slug: string; name: string };
  tags: string[];
  tallies: TallyRecord[];
  history?: PageHistory;
}

export function articleView(model: SiteModel, article: ArticleSource, l: Localizer): ArticleView {
  const { data } = article;
  // The content check verified that these fields are in the article's script.
  const t = (text: string) => l.t(text, data.script);
  const town = model.townBySlug.get(data.town)!;
  return {
    slug: article.slug,
    title: t(data.title),
    summary: t(data.summary),
    byline: data.byline && t(data.byline),
    dateLine: data.published
      ? l.date(data.published)
      : `${l.ui('article.undated')}（${l.ui('article.covers')}：${t(data.undated!.period)}）`,
    published: data.published,
    source: {
      publication: data.source.publication && t(data.source.publication),
      url: data.source.url,
      note: data.source.note && t(data.source.note),
    },
    script: data.script,
    town: { slug: town.slug, name: l.t(town.data.name) },
    tags: data.tags.map(t),
    tallies: model.recordsByArticle.get(article.slug) ?? [],
    history: pageHistory(model.history, model.files.article(article.slug)),
  };
}

export interface TotalView extends Total {
  label: string;
  kindLabel: string;
  text: string;
}

export function totalViews(records: TallyRecord[], l: Localizer): TotalView[] {
  return totals(records).map((total) => ({
    ...total,
    label: l.category(total.category),
    kindLabel: l.kind(total.kind),
    text: l.amount({ ...total, qualifier: total.approx ? 'approx-more-than' : 'exact' }),
  }));
}

export interface TownView {
  slug: string;
  name: string;
  county: string;
  province: string;
  population?: string;
  /** Tallies grouped by category, in the category list's order. */
  groups: { category: string; label: string; records: TallyRecord[] }[];
  totals: TotalView[];
  timelines: ChartModel[];
  articles: ArticleView[];
  history?: PageHistory;
}

/** `viewOf`: how to get an article's view, e.g. the build's memoized one (a town lists many articles). */
export function townView(
  model: SiteModel,
  town: Located<Town>,
  l: Localizer,
  viewOf: (article: ArticleSource, locale: Localizer['locale']) => ArticleView = (a) => articleView(model, a, l),
): TownView {
  const records = model.recordsByTown.get(town.slug) ?? [];
  const groups = CATEGORIES.filter((c) => records.some((r) => r.category === c.id)).map((category) => ({
    category: category.id,
    label: l.category(category.id),
    records: records.filter((r) => r.category === category.id),
  }));
  const { population } = town.data;
  return {
    slug: town.slug,
    name: l.t(town.data.name),
    county: l.t(town.data.county),
    province: l.t(town.data.province),
    population:
      population && l.amount({ quantity: population.quantity, qualifier: population.qualifier, unitId: '人' }),
    groups,
    totals: totalViews(records, l),
    timelines: timelines(records).map((timeline) => timelineChart(timeline, town.slug, l)),
    articles: (model.articlesByTown.get(town.slug) ?? []).map((a) => viewOf(a, l.locale)),
    history: pageHistory(model.history, model.files.town(town.slug)),
  };
}

export function comparisonCharts(model: SiteModel, l: Localizer): ChartModel[] {
  const towns = model.towns.map((t) => ({ slug: t.slug, name: l.t(t.data.name) }));
  return townComparisonCharts(model.records, towns, l);
}
