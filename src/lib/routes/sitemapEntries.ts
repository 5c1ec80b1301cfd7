import { LOCALES } from '../../config/locales.ts';
import { EMBED_PATH } from './paths.ts';

/** The locale whose segment (`/zh-hans/`) a built page's URL holds, if any. */
const localeOf = (url: string) => LOCALES.find((locale) => url.includes(`/${locale.id}/`));

/**
 * Whether a built page belongs in the sitemap: every page of a locale except the chart embeds, which are made for
 * other sites' iframes and marked noindex (a sitemap listing them contradicts that). The chooser at / only
 * redirects.
 */
export function inSitemap(url: string): boolean {
  const locale = localeOf(url);
  return locale !== undefined && !url.includes(`/${locale.id}/${EMBED_PATH}`);
}

/**
 * A sitemap page's hreflang alternates: the same page in every locale, as every page is built in both scripts.
 * Made from the URL alone; the sitemap integration's own `i18n` option compares every page with every other
 * (half a second at 5,000 pages).
 */
export function sitemapAlternates(url: string): { url: string; lang: string }[] {
  const from = localeOf(url);
  if (!from) return [];
  return LOCALES.map((locale) => ({ url: url.replace(`/${from.id}/`, `/${locale.id}/`), lang: locale.lang }));
}
