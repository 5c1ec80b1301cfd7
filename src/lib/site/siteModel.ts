import type { Content, ArticleSource, Located } from '../content/readContent.ts';
import type { Town } from '../schema/town.ts';
import { tallyRecords, type TallyRecord } from '../tallies/tallyRecords.ts';
import { isPublished } from './isPublished.ts';
import type { Commit } from '../history/parseGitLog.ts';
import { OFFICE } from '../../consts.ts';
import { relatedArticles } from './relatedArticles.ts';

/** Everything pages show, computed once from the content; pages only render it. */
export interface SiteModel {
  articles: ArticleSource[];
  towns: Located<Town>[];
  records: TallyRecord[];
  /** Which page shows which file's history: each town's content files, as Located.file. */
  files: { town: (slug: string) => string[] };
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

/** The articles a build at `now` publishes, newest first: not drafts, nor articles dated later (see isPublished). */
export function publishedArticles(content: Pick<Content, 'articles'>, now: Date): ArticleSource[] {
  return content.articles.filter((a) => isPublished(a.data, now, OFFICE.timeZone)).sort(newestFirst);
}

export function siteModel(content: Content, now: Date, history?: ReadonlyMap<string, Commit[]>): SiteModel {
  const articles = publishedArticles(content, now);
  const slugs = new Set(articles.map((a) => a.slug));
  const talliesByArticle = groupBy(content.tallies, (t) => t.data.article);
  const talliesOf = (slug: string) => (talliesByArticle.get(slug) ?? []).map((t) => t.file);
  const records = tallyRecords(content, (slug) => slugs.has(slug));
  const articleBySlug = new Map(articles.map((a) => [a.slug, a]));
  const recordsByArticle = groupBy(records, (r) => r.article);
  // A roundup is listed on the page of every town one of its figures belongs to, as well as its own town's.
  const articlesByTown = groupByEach(articles, (a) => [
    a.data.town,
    ...(recordsByArticle.get(a.slug) ?? []).map((r) => r.town),
  ]);
  // A town the import wrote waits for review; the check keeps published articles and figures from naming it.
  const towns = content.towns.filter((t) => t.data.review !== 'pending');
  const townBySlug = new Map(towns.map((t) => [t.slug, t]));
  const related = relatedArticles(
    articles.map((a) => ({
      slug: a.slug,
      town: a.data.town,
      categories: (recordsByArticle.get(a.slug) ?? []).map((r) => r.category),
    })),
  );
  const files = {
    town: (slug: string) => [
      ...(townBySlug.has(slug) ? [townBySlug.get(slug)!.file] : []),
      ...(articlesByTown.get(slug) ?? []).flatMap((a) => talliesOf(a.slug)),
    ],
  };
  return {
    articles,
    towns,
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
  return groupByEach(items, (item) => [key(item)]);
}

/** Each item in the group of each of its keys (once per group, in the items' order). */
function groupByEach<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = groups.get(key);
      if (list) list.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}
