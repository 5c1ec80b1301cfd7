import type { Localizer } from '../i18n/localizer.ts';
import { PAGE_PATHS } from '../routes/paths.ts';
import { feedItems, type FeedArticle, type FeedItem } from './feedItems.ts';

/** What the RSS and JSON feeds of one locale say, made once so the two feeds cannot drift apart. */
export interface LocaleFeed {
  title: string;
  description: string;
  language: string;
  /** Absolute URLs of the locale's home page and of its JSON feed. */
  homeUrl: string;
  feedUrl: string;
  items: FeedItem[];
}

export function localeFeed(articles: readonly FeedArticle[], l: Localizer): LocaleFeed {
  return {
    title: `${l.ui('site.title')} · ${l.ui('site.tagline')}`,
    description: l.ui('site.description'),
    language: l.locale.lang,
    homeUrl: l.url(PAGE_PATHS.home),
    feedUrl: l.url(PAGE_PATHS.jsonFeed),
    items: feedItems(articles, l),
  };
}
