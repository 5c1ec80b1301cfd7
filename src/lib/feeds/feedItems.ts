import type { Localizer } from '../i18n/localizer.ts';

/** What a feed says of an article (the site's article view has it, in the feed's locale). */
export interface FeedArticle {
  title: string;
  /** Its page, after the locale. */
  path: string;
  summary: string;
  published?: string;
  /** Said of an undated article instead of a date. */
  dateLine: string;
  tags: string[];
}

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
export function feedItems(articles: readonly FeedArticle[], l: Localizer): FeedItem[] {
  return articles.map((article) => ({
    title: article.title,
    url: l.url(article.path),
    // The undated line tells a feed reader what the page says: the period covered, not a guessed date.
    summary: article.published ? article.summary : `${article.summary}（${article.dateLine}）`,
    date: article.published ? new Date(`${article.published}T00:00:00+08:00`) : undefined,
    tags: article.tags,
  }));
}
