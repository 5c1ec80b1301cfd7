import { describe, expect, it } from 'vitest';
import { blankComments } from './blankComments.ts';

describe('blankComments', () => {
  it('blanks comments, keeping every line break and position', () => {
    expect(blankComments('甲<!-- 注\n释 -->乙')).toBe(`甲${' '.repeat(6)}\n${' '.repeat(5)}乙`);
  });

  it('ends a comment where a browser does: at -->, at --!>, or at the end of an unclosed one', () => {
    expect(blankComments('a<!-- x --!>b -->c')).toBe(`a${' '.repeat(11)}b -->c`);
    expect(blankComments('a<!-->b<!--->c')).toBe(`a${' '.repeat(5)}b${' '.repeat(6)}c`);
    expect(blankComments('a<!-- 从这里起都看不见\n2000只')).toBe(`a${' '.repeat(13)}\n${' '.repeat(5)}`);
  });

  it('leaves text without comments as it is', () => {
    expect(blankComments('泥溪镇发放2000只口罩。')).toBe('泥溪镇发放2000只口罩。');
  });
});
