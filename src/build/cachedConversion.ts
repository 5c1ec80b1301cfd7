import { LOCALES, type Locale, type Script } from '../config/locales.ts';
import type { ScriptConverter } from '../lib/conversion/createConverter.ts';
import { toScript } from '../lib/conversion/toScript.ts';
import { toScriptHtml } from '../lib/conversion/toScriptHtml.ts';
import type { Convert } from '../lib/i18n/localizer.ts';
import type { ShownTexts } from '../lib/search/shownTexts.ts';
import type { DiskCache, Through } from './diskCache.ts';

type Conversion = (text: string, locale: Locale, from?: Script) => string;

/**
 * The localizers' conversions, each text converted once per locale ever: `cache` keeps the results in this build
 * and across builds, one section per kind of text, locale and source script (so a lookup is the text itself), and
 * `shown` records what the pages showed, for search.
 */
export function cachedConversion(converter: ScriptConverter, cache: DiskCache, shown: ShownTexts): Convert {
  const cached = (kind: 'text' | 'html', convert: Conversion): Conversion => {
    // By locale, then source script ('' when detected): two lookups, no key made per call.
    const sections = new Map(
      LOCALES.map((locale) => [
        locale.id,
        new Map<string, Through>(
          ['', 'hans', 'hant'].map((from) => [from, cache.section(`${kind}/${locale.id}/${from}`)]),
        ),
      ]),
    );
    return (text, locale, from) => {
      const result = sections.get(locale.id)!.get(from ?? '')!(text, () => convert(text, locale, from));
      shown.record(text, locale, result);
      return result;
    };
  };
  return {
    text: cached('text', (text, locale, from) =>
      toScript(text, locale.script, converter, from, { variant: locale.opencc }),
    ),
    html: cached('html', (html, locale, from) =>
      toScriptHtml(html, locale.script, converter, from, { variant: locale.opencc }),
    ),
  };
}
