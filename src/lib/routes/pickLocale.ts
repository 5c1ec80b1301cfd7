/** A locale as the chooser offers it: its `lang` tag and the browser languages it serves, best first. */
export interface OfferedLocale {
  lang: string;
  browserLanguages: readonly string[];
}

/**
 * Which offered locale a browser's language list asks for (its `lang`): for the reader's first Chinese language, the
 * locale that serves it most exactly (`zh-hant-hk` over `zh-hant`), then the one that lists it earliest (`zh-hk` goes
 * to a Hong Kong locale when there is one, else to Traditional); other Chinese (`zh`), or no Chinese at all, gets
 * the first offered.
 */
export function pickLocale(browserLanguages: readonly string[], offered: readonly OfferedLocale[]): string {
  for (const language of browserLanguages.map((l) => l.toLowerCase())) {
    if (!language.startsWith('zh')) continue;
    let best: { lang: string; length: number; rank: number } | undefined;
    for (const locale of offered) {
      locale.browserLanguages.forEach((served, rank) => {
        if (language !== served && !language.startsWith(`${served}-`)) return;
        if (!best || served.length > best.length || (served.length === best.length && rank < best.rank)) {
          best = { lang: locale.lang, length: served.length, rank };
        }
      });
    }
    return best?.lang ?? offered[0]!.lang;
  }
  return offered[0]!.lang;
}
