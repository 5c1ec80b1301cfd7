import type { APIContext } from 'astro';
import { LOCALES, type Locale } from '../../config/locales';
import { CATEGORIES, KINDS } from '../../config/categories';
import { UI } from '../../i18n/ui';
import { getSite } from '../../data/site';
import { localeParams } from '../../lib/site/localeParams';
import { searchCharMap } from '../../lib/site/searchCharMap';

export const getStaticPaths = localeParams;

/** The characters of the site in the other script → this page's script, for the search box (see searchCharMap). */
export function GET(context: APIContext<{ locale: Locale }>) {
  const { model, localizer } = getSite();
  const [hans, hant] = LOCALES.map((locale) => localizer(locale));
  const texts = [
    ...model.articles.flatMap((a) => [a.data.title, a.data.summary, a.body, ...a.data.tags]),
    ...model.towns.flatMap((t) => [t.data.name, t.data.county, t.data.province]),
    ...model.records.flatMap((r) => [r.item ?? '', r.place ?? '']),
    ...CATEGORIES.map((c) => c.label),
    ...KINDS.map((k) => k.label),
    ...Object.values(UI),
  ];
  const pairs = texts.map((text) => [hans!.t(text), hant!.t(text)] as const);
  return new Response(JSON.stringify(searchCharMap(pairs, context.props.locale.script)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
