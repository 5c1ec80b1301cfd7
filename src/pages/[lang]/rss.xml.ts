import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { LocalizedRoute } from '../../lib/routes/routes';
import { rssItem } from '../../lib/feeds/rssItem';
import { getSite } from '../../site';

export const getStaticPaths = () => getSite().staticPaths('rss');

export function GET({ props }: APIContext<LocalizedRoute>) {
  const feed = getSite().feed(props.locale);
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    customData: `<language>${feed.language}</language>`,
    items: feed.items.map(rssItem),
  });
}
