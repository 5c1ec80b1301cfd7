import type { APIContext } from 'astro';
import type { Locale } from '../../config/locales';
import { localeFeed } from '../../data/localeFeed';
import { jsonFeed } from '../../lib/feeds/jsonFeed';
import { localeParams } from '../../lib/routes/localeParams';
import { localizedPath } from '../../lib/routes/paths';

export const getStaticPaths = localeParams;

export function GET(context: APIContext<{ locale: Locale }>) {
  const { locale } = context.props;
  const feed = localeFeed(locale, context.site!);
  const json = jsonFeed({
    ...feed,
    language: locale.lang,
    feedUrl: new URL(localizedPath(import.meta.env.BASE_URL, locale, 'feed.json'), context.site).href,
  });
  return new Response(JSON.stringify(json, null, 1), { headers: { 'Content-Type': 'application/feed+json' } });
}
