import type { Script } from '../../config/locales.ts';

/**
 * The characters a reader might type in the other script, mapped to this script's form — learnt from the site's
 * own text in both scripts, so it is small (only characters that occur) and agrees with the pages. The browser
 * rewrites a query with it before searching, because the search index does not fold 國 and 国.
 *
 * `pairs` are the same texts in Simplified and Traditional. Texts whose lengths differ (a glossary word of another
 * length) are skipped: they cannot be aligned character by character. Where one character has several forms in
 * the target (干 → 幹, 乾), the most frequent wins.
 */
const HAN = /\p{Script=Han}/u;
const SURROGATE = /[\uD800-\uDFFF]/u;

export function searchCharMap(
  pairs: Iterable<readonly [hans: string, hant: string]>,
  target: Script,
): Record<string, string> {
  const counts = new Map<string, Map<string, number>>();
  const count = (ch: string, form: string) => {
    if (!HAN.test(ch)) return;
    const forms = counts.get(ch) ?? new Map<string, number>();
    forms.set(form, (forms.get(form) ?? 0) + 1);
    counts.set(ch, forms);
  };
  for (const [hans, hant] of pairs) {
    if (hans === hant) continue;
    const [from, to] = target === 'hans' ? [hant, hans] : [hans, hant];
    // Common case without arrays: same length and no surrogate pairs, so UTF-16 positions are characters.
    if (from.length === to.length && !SURROGATE.test(from) && !SURROGATE.test(to)) {
      for (let i = 0; i < from.length; i++) if (from[i] !== to[i]) count(from[i]!, to[i]!);
      continue;
    }
    const a = [...from];
    const b = [...to];
    if (a.length === b.length) a.forEach((ch, i) => ch !== b[i] && count(ch, b[i]!));
  }
  const map: Record<string, string> = {};
  for (const [ch, forms] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    // Ties go to the lower code point, so the map never depends on the order texts came in.
    map[ch] = [...forms].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
  }
  return map;
}
