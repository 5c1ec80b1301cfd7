import { LOCALES } from '../config/locales';
import { SEARCH_LOCALE } from '../config/search';
import { getSite } from '../data/site';
import { searchCharMap } from '../lib/site/searchCharMap';
import { siteTexts } from '../lib/site/siteTexts';

/**
 * The site's characters in the other script → the indexed script (Simplified), for the search box of every page
 * (see searchCharMap and src/config/search.ts): one map, as there is one index.
 */
export function GET() {
  const { model, localizer } = getSite();
  const [hans, hant] = LOCALES.map((locale) => localizer(locale));
  const pairs = siteTexts(model).map(({ text, script }) => [hans!.t(text, script), hant!.t(text, script)] as const);
  return new Response(JSON.stringify(searchCharMap(pairs, SEARCH_LOCALE.script)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
