import type { FeedItem } from './feedItems.ts';

export interface JsonFeedOptions {
  title: string;
  description: string;
  language: string;
  homeUrl: string;
  feedUrl: string;
  items: readonly FeedItem[];
}

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1). */
export function jsonFeed(options: JsonFeedOptions): object {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: options.title,
    description: options.description,
    language: options.language,
    home_page_url: options.homeUrl,
    feed_url: options.feedUrl,
    items: options.items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      ...(item.date && { date_published: item.date.toISOString() }),
      ...(item.tags.length && { tags: item.tags }),
    })),
  };
}
