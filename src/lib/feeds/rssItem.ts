import type { RSSFeedItem } from '@astrojs/rss';
import { escapeHtml } from '../conversion/escapeHtml.ts';
import type { FeedItem } from './feedItems.ts';

/**
 * A feed entry as an RSS item. Feed readers take an item's description as HTML, and the summary is text (one
 * holding `<img onerror=…>` shows those characters on the site), so it is escaped for them.
 */
export function rssItem(item: FeedItem): RSSFeedItem {
  return {
    title: item.title,
    link: item.url,
    description: escapeHtml(item.summary),
    pubDate: item.date,
    categories: item.tags,
  };
}
