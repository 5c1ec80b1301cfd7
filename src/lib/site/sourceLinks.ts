import type { Localizer } from '../i18n/localizer.ts';
import { newestFirst, type SiteModel } from './siteModel.ts';

/** How many source articles a chart names: a town's chart can draw on hundreds, and each page must stay small. */
export const SOURCES_SHOWN = 5;

/**
 * The articles a chart's figures come from: the newest `SOURCES_SHOWN` as titles in the locale's script with their
 * slug, and how many there are in all (the open dataset names the article of every figure).
 */
export function sourceLinks(
  model: Pick<SiteModel, 'articleBySlug'>,
  slugs: string[],
  l: Localizer,
): { links: { slug: string; title: string }[]; total: number } {
  const articles = slugs.flatMap((slug) => model.articleBySlug.get(slug) ?? []);
  const newest = [...articles].sort(newestFirst).slice(0, SOURCES_SHOWN);
  return {
    links: newest.map((article) => ({ slug: article.slug, title: l.t(article.data.title, article.data.script) })),
    total: articles.length,
  };
}
