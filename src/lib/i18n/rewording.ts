import { anyOfWords } from '../text/escapeRegExp.ts';

/**
 * A function replacing each of `wording`'s words (converted word → the locale's word) in a text, longest first so a
 * longer word wins over a word inside it. No wording: the text as it is.
 */
export function rewording(wording: Readonly<Record<string, string>> = {}): (text: string) => string {
  const words = Object.keys(wording).sort((a, b) => b.length - a.length);
  if (!words.length) return (text) => text;
  const pattern = new RegExp(anyOfWords(words), 'gu');
  return (text) => text.replace(pattern, (word) => wording[word]!);
}
