/**
 * `getStaticPaths` for pages that exist once per article or town and per locale (the page, its printable notice),
 * so every such page is generated for exactly the same published entries.
 */
import { LOCALES } from '../config/locales.ts';
import { getSite } from './site.ts';

export function articlePaths() {
  return getSite().model.articles.flatMap((article) =>
    LOCALES.map((locale) => ({ params: { lang: locale.id, slug: article.slug }, props: { locale, article } })),
  );
}

export function townPaths() {
  return getSite().model.towns.flatMap((town) =>
    LOCALES.map((locale) => ({ params: { lang: locale.id, town: town.slug }, props: { locale, town } })),
  );
}
