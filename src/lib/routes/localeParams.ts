import { LOCALES } from '../../config/locales.ts';

/** `getStaticPaths` result for a page that exists once per locale. */
export function localeParams() {
  return LOCALES.map((locale) => ({ params: { lang: locale.id }, props: { locale } }));
}
