/**
 * Where a one-character glossary form is allowed. A glossary entry rewrites its forms in every text of every page,
 * and one character is not a word: its right form depends on the word around it (干部 幹部, 干燥 乾燥, 干涉 干涉),
 * which OpenCC's phrase dictionaries decide and a one-character entry would overrule everywhere (的 → 嘅 rewrites
 * every page). So a form of one character is refused, except a rare character of the CJK extensions, found in
 * names of people and places, which OpenCC may not know at all and which common text never holds. Every common
 * character is in the basic block (U+4E00–U+9FFF); a one-off word is fixed in its article with [[简体|繁體]].
 */
export const SINGLE_CHARACTER_FORMS: readonly { from: number; to: number; name: string }[] = [
  { from: 0x3400, to: 0x4dbf, name: 'CJK Unified Ideographs Extension A' },
  { from: 0x20000, to: 0x323af, name: 'CJK Unified Ideographs Extensions B–H' },
];
