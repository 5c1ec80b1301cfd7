import { say } from '../../i18n/messages/message.ts';
import { describe, expect, it } from 'vitest';
import { findMarkup, plainText } from './plainText.ts';

describe('findMarkup', () => {
  it('finds a bracket or a character reference', () => {
    expect(findMarkup('<meta http-equiv=refresh content="0;url=https://evil.example">')).toBe('<');
    expect(findMarkup('于書記>')).toBe('>');
    expect(findMarkup('&lt;b&gt;')).toBe('&lt;');
    expect(findMarkup('&#60;b')).toBe('&#60;');
    expect(findMarkup('&#x3C;b')).toBe('&#x3C;');
  });

  it('leaves plain text alone, an ampersand that is not a reference included', () => {
    expect(findMarkup('米、麵、蔬菜')).toBeUndefined();
    expect(findMarkup('R&D 部门 & 镇政府; a & b;')).toBeUndefined();
  });
});

describe('plainText', () => {
  it('refuses markup, naming the value and what is in it', () => {
    const result = plainText.safeParse('<b>于書記</b>');
    expect(result.error?.issues.map((issue) => (issue as { params?: unknown }).params)).toEqual([
      { message: say('schema.notPlainText', { value: '<b>于書記</b>', markup: '<' }), fix: say('fix.plainText') },
    ]);
    expect(plainText.safeParse('于書記').success).toBe(true);
  });
});
