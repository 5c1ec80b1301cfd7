import { LOCALES, type Locale } from '../../config/locales.ts';

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
