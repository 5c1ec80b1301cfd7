import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { openDataset } from '../../lib/openData/openDataset';

export const GET: APIRoute = ({ site }) => {
  const { model, localizer } = getSite();
  const { records } = openDataset(model, localizer, import.meta.env.BASE_URL, site);
  return new Response(JSON.stringify(records, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
