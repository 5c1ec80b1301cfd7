/**
 * The one list of the site's locales. Everything that differs between locales lives here: URL prefix, BCP 47 tag,
 * the script its text is written in, the OpenCC variant its pages are converted into, quotation marks and which
 * browser languages it serves. (Font stacks live in src/styles/global.css, keyed by `:lang()`.)
 *
 * A third locale is a configuration change: add it to AVAILABLE_LOCALES and to SITE_LOCALES (or set
 * GONGSHI_LOCALES=zh-hans,zh-hant,zh-hk for one build).
 */

/** The two scripts content is written in: an article's `script:`, the glossary's and the units' two forms. */
export type Script = 'hans' | 'hant';

/** OpenCC's names for the variants pages are converted into (opencc-js `from`/`to`). */
export type OpenccVariant = 'cn' | 'tw' | 'hk';

/**
 * The variant each script's content is written and checked in: Simplified as in mainland China, Traditional as in
 * Taiwan (the forms the content check, the glossary and the units use). A locale in another variant of a script
 * (Hong Kong Traditional) has its pages converted from these.
 */
export const WRITTEN_VARIANT: Readonly<Record<Script, OpenccVariant>> = { hans: 'cn', hant: 'tw' };

export interface Locale {
  /** URL path segment: `/zh-hans/…`. */
  id: string;
  script: Script;
  /** The OpenCC variant the pages are in; text written in another is converted into it. */
  opencc: OpenccVariant;
  /** `<html lang>` and `hreflang` value. */
  lang: string;
  /** Open Graph `og:locale` (language_TERRITORY): the region whose readers use this locale most. */
  ogLocale: string;
  /** The locale's own name, shown in the script switch (always in its own script). */
  label: string;
  /** Primary and nested quotation marks readers of this script expect. */
  quotes: readonly [open: string, close: string, innerOpen: string, innerClose: string];
  /**
   * Browser languages this locale serves, best first (lower case, matched as prefixes: `zh-tw` takes `zh-tw-x`):
   * the chooser at `/` sends a reader to the offered locale that lists their language earliest (pickLocale).
   */
  browserLanguages: readonly string[];
}

/** Every locale the site knows how to build. */
export const AVAILABLE_LOCALES = [
  {
    id: 'zh-hans',
    script: 'hans',
    opencc: 'cn',
    lang: 'zh-Hans',
    ogLocale: 'zh_CN',
    label: '简体',
    quotes: ['“', '”', '‘', '’'],
    browserLanguages: ['zh-cn', 'zh-sg', 'zh-hans'],
  },
  {
    id: 'zh-hant',
    script: 'hant',
    opencc: 'tw',
    lang: 'zh-Hant',
    ogLocale: 'zh_TW',
    label: '繁體',
    quotes: ['「', '」', '『', '』'],
    browserLanguages: ['zh-tw', 'zh-hant', 'zh-hk', 'zh-mo'],
  },
  {
    id: 'zh-hk',
    script: 'hant',
    opencc: 'hk',
    lang: 'zh-Hant-HK',
    ogLocale: 'zh_HK',
    label: '香港繁體',
    quotes: ['「', '」', '『', '』'],
    browserLanguages: ['zh-hk', 'zh-mo', 'zh-hant-hk', 'zh-hant-mo'],
  },
] as const satisfies readonly Locale[];

/** The locales this site is built in, in order: the first is the default (the search index's, the chooser's). */
const SITE_LOCALES = ['zh-hans', 'zh-hant'];

// Read where a build runs; in the browser (no `process`) the site's own list, which browser code does not rely on.
const chosen = (typeof process === 'undefined' ? undefined : process.env.GONGSHI_LOCALES)?.split(',') ?? SITE_LOCALES;

export const LOCALES: readonly Locale[] = chosen.map((id) => {
  const locale = AVAILABLE_LOCALES.find((l) => l.id === id.trim());
  if (!locale)
    throw new Error(`Unknown locale "${id}"; expected some of ${AVAILABLE_LOCALES.map((l) => l.id).join(', ')}`);
  return locale;
});

export const DEFAULT_LOCALE: Locale = LOCALES[0]!;

export function localeById(id: string): Locale {
  const locale = LOCALES.find((l) => l.id === id);
  if (!locale) throw new Error(`Unknown locale "${id}"; expected one of ${LOCALES.map((l) => l.id).join(', ')}`);
  return locale;
}

/** The locale that shows text of `script` as written: the first whose variant is the script's written one. */
export function localeByScript(script: Script): Locale {
  return (
    LOCALES.find((l) => l.script === script && l.opencc === WRITTEN_VARIANT[script]) ??
    AVAILABLE_LOCALES.find((l) => l.script === script)!
  );
}
