/**
 * The characters a reader might type in the other script, mapped to this script's form — learnt from the site's
 * own text in both scripts, so it is small (only characters that occur) and agrees with the pages. The browser
 * rewrites a query with it before searching, because the search index does not fold 國 and 国.
 *
 * `pairs` are the same texts as shown in another locale and in the search's (see shownTexts). Texts whose lengths differ (a glossary word of another
 * length) are skipped: they cannot be aligned character by character. Where one character has several forms in
 * the target (干 → 幹, 乾), the most frequent wins.
 */
const HAN = /\p{Script=Han}/u;
const SURROGATE = /[\uD800-\uDFFF]/u;

export function searchCharMap(pairs: Iterable<readonly [from: string, to: string]>): Record<string, string> {
  // Counted by code point, not one-character strings: this runs over every character the site shows in both
  // scripts, and a string per character was most of its time. Which characters are Han is asked once each, at
  // the end.
  const counts = new Map<number, Map<number, number>>();
  const count = (from: number, to: number) => {
    let forms = counts.get(from);
    if (!forms) counts.set(from, (forms = new Map()));
    forms.set(to, (forms.get(to) ?? 0) + 1);
  };
  for (const [from, to] of pairs) {
    if (from === to) continue;
    // Common case without arrays: same length and no surrogate pairs, so UTF-16 positions are characters.
    if (from.length === to.length && !SURROGATE.test(from) && !SURROGATE.test(to)) {
      for (let i = 0; i < from.length; i++) {
        const a = from.charCodeAt(i);
        const b = to.charCodeAt(i);
        if (a !== b) count(a, b);
      }
      continue;
    }
    const a = [...from];
    const b = [...to];
    if (a.length === b.length) a.forEach((ch, i) => ch !== b[i] && count(ch.codePointAt(0)!, b[i]!.codePointAt(0)!));
  }
  const map: Record<string, string> = {};
  const han = [...counts]
    .map(([code, forms]) => [String.fromCodePoint(code), forms] as const)
    .filter(([ch]) => HAN.test(ch));
  for (const [ch, forms] of han.sort(([a], [b]) => a.localeCompare(b))) {
    // Ties go to the lower code point, so the map never depends on the order texts came in.
    const [best] = [...forms].sort(([a, x], [b, y]) => y - x || a - b)[0]!;
    map[ch] = String.fromCodePoint(best);
  }
  return map;
}
