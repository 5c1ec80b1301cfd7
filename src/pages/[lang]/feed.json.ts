import type { APIContext } from 'astro';
import type { Locale } from '../../config/locales';
import { getSite } from '../../data/site';
import { feedItems } from '../../lib/feeds/feedItems';
import { jsonFeed } from '../../lib/feeds/jsonFeed';
import { localeParams } from '../../lib/site/localeParams';
import { localizedPath } from '../../lib/site/paths';

export const getStaticPaths = localeParams;

export function GET(context: APIContext<{ locale: Locale }>) {
  const { locale } = context.props;
  const { model, localizer, articleView } = getSite();
  const l = localizer(locale);
  const base = import.meta.env.BASE_URL;
  const site = context.site!;
  const feed = jsonFeed({
    title: `${l.ui('site.title')} · ${l.ui('site.tagline')}`,
    description: l.ui('site.description'),
    language: locale.lang,
    homeUrl: new URL(localizedPath(base, locale), site).href,
    feedUrl: new URL(localizedPath(base, locale, 'feed.json'), site).href,
    items: feedItems(
      model.articles.map((a) => articleView(a, locale)),
      locale,
      site,
      base,
    ),
  });
  return new Response(JSON.stringify(feed, null, 1), { headers: { 'Content-Type': 'application/feed+json' } });
}
