import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Locale } from '../../config/locales';
import { getSite } from '../../data/site';
import { feedItems } from '../../lib/feeds/feedItems';
import { localeParams } from '../../lib/site/localeParams';
import { localizedPath } from '../../lib/site/paths';

export const getStaticPaths = localeParams;

export function GET(context: APIContext<{ locale: Locale }>) {
  const { locale } = context.props;
  const { model, localizer, articleView } = getSite();
  const l = localizer(locale);
  const base = import.meta.env.BASE_URL;
  const items = feedItems(
    model.articles.map((a) => articleView(a, locale)),
    locale,
    context.site!,
    base,
  );
  return rss({
    title: `${l.ui('site.title')} · ${l.ui('site.tagline')}`,
    description: l.ui('site.description'),
    site: new URL(localizedPath(base, locale), context.site).href,
    customData: `<language>${locale.lang}</language>`,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      description: item.summary,
      pubDate: item.date,
      categories: item.tags,
    })),
  });
}
