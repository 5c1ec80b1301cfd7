import { say } from '../../i18n/messages/message.ts';
import { describe, expect, it } from 'vitest';
import { INVISIBLE_CHARACTERS } from '../../config/invisibleCharacters.ts';
import { invisibleCharacterProblems } from './checkInvisibleCharacters.ts';
import { findInvisibleCharacters } from './invisibleCharacters.ts';
import { formatProblem } from './problem.ts';

describe('findInvisibleCharacters', () => {
  it('allows tab and newline, and finds nothing in ordinary text', () => {
    expect(findInvisibleCharacters('泥溪镇\t发放口罩。\n“2000只”（COVID-19），مرحبا\u00a0!\n')).toEqual([]);
  });

  it('finds every listed character, named, at its line and column', () => {
    for (const { from, to, name } of INVISIBLE_CHARACTERS) {
      for (const code of new Set([from, to])) {
        expect(findInvisibleCharacters(`第一行\n泥溪${String.fromCodePoint(code)}镇`), name).toEqual([
          { line: 2, column: 3, label: `U+${code.toString(16).toUpperCase().padStart(4, '0')} ${name}`, more: 0 },
        ]);
      }
    }
  });

  it('names the bidi controls, zero-width characters and a byte-order mark after the start', () => {
    const labels = (text: string) => findInvisibleCharacters(text).map((found) => found.label);
    expect(labels('a\u202eb')).toEqual(['U+202E RIGHT-TO-LEFT OVERRIDE']);
    expect(labels('a\u2066b')).toEqual(['U+2066 LEFT-TO-RIGHT ISOLATE']);
    expect(labels('a\u061cb')).toEqual(['U+061C ARABIC LETTER MARK']);
    expect(labels('a\u200bb')).toEqual(['U+200B ZERO WIDTH SPACE']);
    expect(labels('a\ufeffb')).toEqual(['U+FEFF ZERO WIDTH NO-BREAK SPACE']);
    expect(labels('a\u0007b\u0085')).toEqual(['U+0007 control character']);
    expect(labels('a\u00a0b\u200ac')).toEqual([]); // visible spaces: no-break and hair space
  });

  it('reports the first of a line with how many more, and counts columns as editors do (UTF-16)', () => {
    expect(findInvisibleCharacters('\u200b泥\u200b溪\u200b镇\n𠀀\u200e')).toEqual([
      { line: 1, column: 1, label: 'U+200B ZERO WIDTH SPACE', more: 2 },
      { line: 2, column: 3, label: 'U+200E LEFT-TO-RIGHT MARK', more: 0 },
    ]);
  });
});

describe('invisibleCharacterProblems', () => {
  it('says what the character is and how to fix it', () => {
    expect(invisibleCharacterProblems('towns/nixi.yaml', 'name: 泥溪\u200b镇\u200b\n')).toEqual([
      {
        file: 'towns/nixi.yaml',
        line: 1,
        column: 9,
        message: say('file.invisibleCharacters', { label: 'U+200B ZERO WIDTH SPACE', more: 1 }),
        fix: say('fix.deleteInvisible'),
      },
    ]);
  });
});

describe('a problem quoting what staff wrote', () => {
  it('writes out invisible characters and line breaks, so the message can neither hide text nor drive a terminal', () => {
    const problem = {
      file: 'tallies/a\u202e.yaml',
      line: 3,
      column: 5,
      message: say('schema.unknownValue', { value: '"\u001b[2Jmask\nnext"' }),
      fix: say('fix.didYouMean', { guess: 'masks' }),
    };
    expect(formatProblem(problem, 'en')).toBe(
      'tallies/a<U+202E>.yaml:3:5  unknown value "<U+001B>[2Jmask\\nnext"  (did you mean "masks"?)',
    );
  });
});
