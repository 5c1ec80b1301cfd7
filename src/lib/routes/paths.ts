import { LOCALES, type Locale } from '../../config/locales.ts';

/**
 * The pages that exist once per locale, by their path after the locale: the one place their addresses are written.
 */
export const PAGE_PATHS = {
  home: '',
  data: 'data/',
  codebook: 'data/codebook/',
  search: 'search/',
  about: 'about/',
  rss: 'rss.xml',
  jsonFeed: 'feed.json',
} as const;

/** Where a chart's embed page lives, after the locale: `embed/<chart id>/` (src/pages/[lang]/embed/). */
export const EMBED_PATH = 'embed/';

/** A chart's embed page, after the locale. */
export function embedPath(chartId: string): string {
  return `${EMBED_PATH}${chartId}/`;
}

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
export function localizedPath(base: string, locale: Pick<Locale, 'id'>, path = ''): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${prefix}${locale.id}/${rest && !rest.endsWith('/') && !rest.includes('.') ? `${rest}/` : rest}`;
}

/** The page in every locale: for the script switch and `hreflang` alternates. */
export function alternates(base: string, path: string): { locale: Locale; href: string }[] {
  return LOCALES.map((locale) => ({ locale, href: localizedPath(base, locale, path) }));
}

/** The same page in locale `to`, from its URL in locale `from` (a search result's URL, which may have a #hash). */
export function inLocale(href: string, base: string, from: Pick<Locale, 'id'>, to: Pick<Locale, 'id'>): string {
  const prefix = localizedPath(base, from);
  if (!href.startsWith(prefix)) throw new Error(`${href} is not a ${from.id} page under ${base}`);
  return `${localizedPath(base, to)}${href.slice(prefix.length)}`;
}
