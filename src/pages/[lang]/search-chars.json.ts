import type { APIContext } from 'astro';
import { LOCALES, type Locale } from '../../config/locales';
import { getSite } from '../../data/site';
import { localeParams } from '../../lib/site/localeParams';
import { searchCharMap } from '../../lib/site/searchCharMap';
import { siteTexts } from '../../lib/site/siteTexts';

export const getStaticPaths = localeParams;

/** The characters of the site in the other script → this page's script, for the search box (see searchCharMap). */
export function GET(context: APIContext<{ locale: Locale }>) {
  const { model, localizer } = getSite();
  const [hans, hant] = LOCALES.map((locale) => localizer(locale));
  const pairs = siteTexts(model).map((text) => [hans!.t(text), hant!.t(text)] as const);
  return new Response(JSON.stringify(searchCharMap(pairs, context.props.locale.script)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
