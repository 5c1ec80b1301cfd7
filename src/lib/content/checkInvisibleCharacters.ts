import { findInvisibleCharacters } from './invisibleCharacters.ts';
import type { Problem } from './problem.ts';

/** `findInvisibleCharacters` as problems of `file`. */
export function invisibleCharacterProblems(file: string, text: string): Problem[] {
  return findInvisibleCharacters(text).map(({ line, column, label, more }) => ({
    file,
    line,
    column,
    message: `invisible character ${label}${more ? ` (and ${more} more on this line)` : ''}`,
    fix: 'delete it: it cannot be seen, and it can disguise the text around it',
  }));
}
