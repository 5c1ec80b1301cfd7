import { getSite } from '../../site';

export const GET = () =>
  new Response(JSON.stringify(getSite().openData().records, null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json' },
  });
