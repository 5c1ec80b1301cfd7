import { say } from '../../i18n/messages/message.ts';
import { findInvisibleCharacters } from './invisibleCharacters.ts';
import type { Problem } from './problem.ts';

/** `findInvisibleCharacters` as problems of `file`. */
export function invisibleCharacterProblems(file: string, text: string): Problem[] {
  return findInvisibleCharacters(text).map(({ line, column, label, more }) => ({
    file,
    line,
    column,
    message: more ? say('file.invisibleCharacters', { label, more }) : say('file.invisibleCharacter', { label }),
    fix: say('fix.deleteInvisible'),
  }));
}
