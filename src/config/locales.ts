/**
 * The one list of the site's locales. Everything that differs between the two scripts lives here:
 * URL prefix, BCP 47 tag, script and quotation marks. (Font stacks live in src/styles/global.css, keyed by `:lang()`.)
 */
export type Script = 'hans' | 'hant';

export interface Locale {
  /** URL path segment: `/zh-hans/…`. */
  id: 'zh-hans' | 'zh-hant';
  script: Script;
  /** `<html lang>` and `hreflang` value. */
  lang: string;
  /** Open Graph `og:locale` (language_TERRITORY): the region whose readers use this script most. */
  ogLocale: string;
  /** The script's own name, shown in the script switch (always in that script). */
  label: string;
  /** Primary and nested quotation marks readers of this script expect. */
  quotes: readonly [open: string, close: string, innerOpen: string, innerClose: string];
}

export const LOCALES = [
  {
    id: 'zh-hans',
    script: 'hans',
    lang: 'zh-Hans',
    ogLocale: 'zh_CN',
    label: '简体',
    quotes: ['“', '”', '‘', '’'],
  },
  {
    id: 'zh-hant',
    script: 'hant',
    lang: 'zh-Hant',
    ogLocale: 'zh_TW',
    label: '繁體',
    quotes: ['「', '」', '『', '』'],
  },
] as const satisfies readonly Locale[];

export type LocaleId = (typeof LOCALES)[number]['id'];

export const DEFAULT_LOCALE: Locale = LOCALES[0];

export function localeById(id: string): Locale {
  const locale = LOCALES.find((l) => l.id === id);
  if (!locale) throw new Error(`Unknown locale "${id}"; expected one of ${LOCALES.map((l) => l.id).join(', ')}`);
  return locale;
}

export function localeByScript(script: Script): Locale {
  return LOCALES.find((l) => l.script === script)!;
}
