import type { Locale } from '../../config/locales.ts';

/**
 * What the pages showed of each text in each locale, recorded as the build converts it: the site's own text, paired
 * across locales, which the search character map learns from (searchCharMap). Recorded on purpose, not read out of
 * a cache, so how results are cached never changes what search matches.
 */
export interface ShownTexts {
  /** `text` (as written in the content or the interface) was shown as `shown` on `locale`'s pages. */
  record(text: string, locale: Locale, shown: string): void;
  /** Every recorded text as shown in `from` and in `to`, when it was shown in both. */
  pairs(from: Locale, to: Locale): Iterable<readonly [from: string, to: string]>;
}

export function recordShownTexts(): ShownTexts {
  const byText = new Map<string, Record<string, string>>();
  return {
    record(text, locale, shown) {
      let forms = byText.get(text);
      if (!forms) byText.set(text, (forms = {}));
      forms[locale.id] = shown;
    },
    *pairs(from, to) {
      for (const forms of byText.values()) {
        const a = forms[from.id];
        const b = forms[to.id];
        if (a !== undefined && b !== undefined) yield [a, b] as const;
      }
    },
  };
}
