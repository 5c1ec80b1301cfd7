import type { APIRoute } from 'astro';
import { getSite } from '../../site';
import { openDataset } from '../../lib/openData/openDataset';
import { toCsv } from '../../lib/openData/toCsv';

export const GET: APIRoute = ({ site }) => {
  const { model, localizer } = getSite();
  const { table } = openDataset(model, localizer, import.meta.env.BASE_URL, site);
  return new Response(toCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
