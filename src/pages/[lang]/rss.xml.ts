import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Locale } from '../../config/locales';
import { localeFeed } from '../../data/localeFeed';
import { rssItem } from '../../lib/feeds/rssItem';
import { localeParams } from '../../lib/routes/localeParams';

export const getStaticPaths = localeParams;

export function GET(context: APIContext<{ locale: Locale }>) {
  const { locale } = context.props;
  const feed = localeFeed(locale, context.site!);
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    customData: `<language>${locale.lang}</language>`,
    items: feed.items.map(rssItem),
  });
}
