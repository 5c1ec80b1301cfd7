import type { APIContext } from 'astro';
import type { LocalizedRoute } from '../../lib/routes/routes';
import { jsonFeed } from '../../lib/feeds/jsonFeed';
import { getSite } from '../../site';

export const getStaticPaths = () => getSite().staticPaths('jsonFeed');

export function GET({ props }: APIContext<LocalizedRoute>) {
  const json = jsonFeed(getSite().feed(props.locale));
  return new Response(JSON.stringify(json, null, 1), { headers: { 'Content-Type': 'application/feed+json' } });
}
