import { LOCALES, type Locale } from '../../config/locales.ts';

/** Where a chart's embed page lives, after the locale: `embed/<chart id>/` (src/pages/[lang]/embed/). */
export const EMBED_PATH = 'embed/';

/** An article's page, after the locale. */
export function articlePath(slug: string): string {
  return `articles/${slug}/`;
}

/** A town's page, after the locale. */
export function townPath(slug: string): string {
  return `towns/${slug}/`;
}

/**
 * The URL of a page in a locale. `path` is the part after the locale (`articles/slug/`), so the same page in
 * the other script is one call away; `base` is the site's sub-path (`/` or `/gongshi/`).
 */
export function localizedPath(base: string, locale: Locale, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${prefix}${locale.id}/${rest && !rest.endsWith('/') && !rest.includes('.') ? `${rest}/` : rest}`;
}

/** The page in every locale: for the script switch and `hreflang` alternates. */
export function alternates(base: string, path: string): { locale: Locale; href: string }[] {
  return LOCALES.map((locale) => ({ locale, href: localizedPath(base, locale, path) }));
}

/** The same page in locale `to`, from its URL in locale `from` (a search result's URL, which may have a #hash). */
export function inLocale(href: string, base: string, from: Locale, to: Locale): string {
  const prefix = localizedPath(base, from);
  if (!href.startsWith(prefix)) throw new Error(`${href} is not a ${from.id} page under ${base}`);
  return `${localizedPath(base, to)}${href.slice(prefix.length)}`;
}
