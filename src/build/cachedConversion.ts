import { LOCALES, type Locale, type Script } from '../config/locales.ts';
import type { ScriptConverter } from '../lib/conversion/createConverter.ts';
import { toScript } from '../lib/conversion/toScript.ts';
import { toScriptHtml } from '../lib/conversion/toScriptHtml.ts';
import type { Convert } from '../lib/i18n/localizer.ts';
import type { ShownTexts } from '../lib/search/shownTexts.ts';
import type { DiskCache, Through } from './diskCache.ts';

/**
 * The localizers' conversions, each text converted once per locale ever: `cache` keeps the results in this build
 * and across builds, one section per kind of text, locale and source script (so a lookup is the text itself), and
 * `shown` records what the pages showed, for search.
 */
export function cachedConversion(converter: ScriptConverter, cache: DiskCache, shown: ShownTexts): Convert {
  const sections = (kind: 'text' | 'html') =>
    new Map(
      LOCALES.map((locale) => {
        const from = (script: Script | '') => [script, cache.section(`${kind}/${locale.id}/${script}`)] as const;
        return [locale.id, new Map<Script | '', Through>([from(''), from('hans'), from('hant')])] as const;
      }),
    );
  const textSections = sections('text');
  const htmlSections = sections('html');
  const through = (bySection: typeof textSections, locale: Locale, from: Script | undefined) =>
    bySection.get(locale.id)!.get(from ?? '')!;
  return {
    text(text, locale, from) {
      const result = through(
        textSections,
        locale,
        from,
      )(text, () => toScript(text, locale.script, converter, from, { variant: locale.opencc }));
      shown.record(text, locale, result);
      return result;
    },
    html(html, locale, from) {
      const result = through(
        htmlSections,
        locale,
        from,
      )(html, () => toScriptHtml(html, locale.script, converter, from, { variant: locale.opencc }));
      shown.record(html, locale, result);
      return result;
    },
  };
}
