import type { Locale } from '../../config/locales.ts';
import { articlePath, localizedPath } from '../routes/paths.ts';
import type { ArticleView } from '../site/siteModel.ts';

export interface FeedItem {
  title: string;
  /** Absolute URL of the article in this locale. */
  url: string;
  summary: string;
  /** Only when the source gives one: an undated article is never given a made-up date. */
  date?: Date;
  tags: string[];
}

/** The articles of one locale as feed entries, shared by the RSS and JSON feeds so they list the same things. */
export function feedItems(articles: readonly ArticleView[], locale: Locale, site: URL, base: string): FeedItem[] {
  return articles.map((article) => ({
    title: article.title,
    url: new URL(localizedPath(base, locale, articlePath(article.slug)), site).href,
    // The undated line tells a feed reader what the page says: the period covered, not a guessed date.
    summary: article.published ? article.summary : `${article.summary}（${article.dateLine}）`,
    date: article.published ? new Date(`${article.published}T00:00:00+08:00`) : undefined,
    tags: article.tags,
  }));
}
