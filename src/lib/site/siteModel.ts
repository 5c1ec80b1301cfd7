import { CATEGORIES } from '../../config/categories.ts';
import type { Content, ArticleSource, Located } from '../content/readContent.ts';
import type { Town } from '../schema/town.ts';
import { tallyRecords, type TallyRecord } from '../tallies/tallyRecords.ts';
import { totals, type Total } from '../tallies/totals.ts';
import { timelines } from '../tallies/timeline.ts';
import { timelineChart } from '../charts/timelineChart.ts';
import { townComparisonCharts } from '../charts/townComparisonCharts.ts';
import type { ChartModel } from '../charts/chartModel.ts';
import type { Localizer } from './localizer.ts';
import { relatedArticles } from './relatedArticles.ts';

/** Everything pages show, computed once from the content; pages only render it. */
export interface SiteModel {
  articles: ArticleSource[];
  towns: Located<Town>[];
  records: TallyRecord[];
  /** Article slug → related article slugs, best first: computed once per build. */
  related: Map<string, string[]>;
}

export function siteModel(content: Content): SiteModel {
  const articles = content.articles
    .filter((a) => !a.data.draft)
    .sort(
      (a, b) =>
        (b.data.published ?? '').localeCompare(a.data.published ?? '') || a.data.title.localeCompare(b.data.title),
    );
  const records = tallyRecords(content);
  const categories = new Map<string, string[]>();
  for (const r of records) categories.set(r.article, [...(categories.get(r.article) ?? []), r.category]);
  const related = relatedArticles(
    articles.map((a) => ({ slug: a.slug, town: a.data.town, categories: categories.get(a.slug) ?? [] })),
  );
  return { articles, towns: content.towns, records, related };
}

export function relatedViews(model: SiteModel, article: ArticleSource, l: Localizer): ArticleView[] {
  return (model.related.get(article.slug) ?? []).map((slug) =>
    articleView(
      model,
      model.articles.find((a) => a.slug === slug)!,
      l,
    ),
  );
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
}

export function articleView(model: SiteModel, article: ArticleSource, l: Localizer): ArticleView {
  const { data } = article;
  const town = model.towns.find((t) => t.slug === data.town)!;
  return {
    slug: article.slug,
    title: l.t(data.title),
    summary: l.t(data.summary),
    byline: data.byline && l.t(data.byline),
    dateLine: data.published
      ? l.date(data.published)
      : `${l.ui('article.undated')}（${l.ui('article.covers')}：${l.t(data.undated!.period)}）`,
    published: data.published,
    source: {
      publication: data.source.publication && l.t(data.source.publication),
      url: data.source.url,
      note: data.source.note && l.t(data.source.note),
    },
    script: data.script,
    town: { slug: town.slug, name: l.t(town.data.name) },
    tags: data.tags.map(l.t),
    tallies: model.records.filter((r) => r.article === article.slug),
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
}

export function townView(model: SiteModel, town: Located<Town>, l: Localizer): TownView {
  const records = model.records.filter((r) => r.town === town.slug);
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
    articles: model.articles.filter((a) => a.data.town === town.slug).map((a) => articleView(model, a, l)),
  };
}

export function comparisonCharts(model: SiteModel, l: Localizer): ChartModel[] {
  const towns = model.towns.map((t) => ({ slug: t.slug, name: l.t(t.data.name) }));
  return townComparisonCharts(model.records, towns, l);
}
