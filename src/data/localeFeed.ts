/** What the RSS and JSON feeds of one locale say, computed once here so the two feeds cannot drift apart. */
import type { Locale } from '../config/locales.ts';
import { feedItems, type FeedItem } from '../lib/feeds/feedItems.ts';
import { localizedPath } from '../lib/routes/paths.ts';
import { getSite } from '../site.ts';

export interface LocaleFeed {
  title: string;
  description: string;
  /** Absolute URL of the locale's home page. */
  homeUrl: string;
  items: FeedItem[];
}

export function localeFeed(locale: Locale, site: URL): LocaleFeed {
  const { model, localizer, articleView } = getSite();
  const l = localizer(locale);
  const base = import.meta.env.BASE_URL;
  return {
    title: `${l.ui('site.title')} · ${l.ui('site.tagline')}`,
    description: l.ui('site.description'),
    homeUrl: new URL(localizedPath(base, locale), site).href,
    items: feedItems(
      model.articles.map((a) => articleView(a, locale)),
      locale,
      site,
      base,
    ),
  };
}
