import { INVISIBLE_CHARACTERS } from '../../config/invisibleCharacters.ts';

const hex = (code: number) => code.toString(16).toUpperCase().padStart(4, '0');

/** A character named by its code point (U+202E), for where it cannot be seen. */
export function codePointName(character: string): string {
  return `U+${hex(character.codePointAt(0)!)}`;
}

const INVISIBLE = new RegExp(
  `[${INVISIBLE_CHARACTERS.map(({ from, to }) => `\\u{${hex(from)}}-\\u{${hex(to)}}`).join('')}]`,
  'gu',
);
const ANY_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/**
 * `text` with each invisible character written out as `<U+202E>`, for showing a value staff wrote in a message: the
 * character itself would be unseen, reorder the line (bidi) or drive the terminal (escape sequences).
 */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, (c) => `<${codePointName(c)}>`);
}

export interface InvisibleCharacter {
  line: number;
  /** In UTF-16 units, as editors count columns. */
  column: number;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE" */
  label: string;
  /** How many more of them the same line holds. */
  more: number;
}

/**
 * The first invisible character (src/config/invisibleCharacters.ts) of each line of `text`: one per line, so a
 * paste full of zero-width spaces is one problem per line, not hundreds.
 */
export function findInvisibleCharacters(text: string): InvisibleCharacter[] {
  if (!ANY_INVISIBLE.test(text)) return []; // the usual case, in one scan
  return text.split('\n').flatMap((line, index) => {
    const found = [...line.matchAll(INVISIBLE)];
    const first = found[0];
    if (!first) return [];
    const code = first[0].codePointAt(0)!;
    const { name } = INVISIBLE_CHARACTERS.find(({ from, to }) => code >= from && code <= to)!;
    return [
      { line: index + 1, column: first.index + 1, label: `${codePointName(first[0])} ${name}`, more: found.length - 1 },
    ];
  });
}
