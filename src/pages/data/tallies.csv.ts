import { toCsv } from '../../lib/openData/toCsv';
import { getSite } from '../../site';

export const GET = () =>
  new Response(toCsv(getSite().openData().table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
