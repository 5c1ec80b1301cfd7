import { describe, expect, it } from 'vitest';
import { convertQuotes, HARD_BREAK, SOFT_BREAK } from './convertQuotes.ts';

describe('convertQuotes', () => {
  it('turns “”‘’ into 「」『』 for Traditional, and back', () => {
    expect(convertQuotes('他说：“我们‘一定’办到。”', 'hant')).toBe('他说：「我们『一定』办到。」');
    expect(convertQuotes('他說：「我們『一定』辦到。」', 'hans')).toBe('他說：“我們‘一定’辦到。”');
  });

  it('leaves quotes already right for the target alone', () => {
    expect(convertQuotes('他說：「好」', 'hant')).toBe('他說：「好」');
    expect(convertQuotes('他说：“好”', 'hans')).toBe('他说：“好”');
  });

  it('leaves English quotes and apostrophes alone', () => {
    expect(convertQuotes('She said “I’m fine” and left.', 'hant')).toBe('She said “I’m fine” and left.');
    expect(convertQuotes('中文里的 don’t 不变', 'hant')).toBe('中文里的 don’t 不变');
  });

  it('converts a quoted English word inside Chinese prose, both marks together', () => {
    expect(convertQuotes('他说“OK”就走了', 'hant')).toBe('他说「OK」就走了');
    expect(convertQuotes('口号是“Yes we can”。', 'hant')).toBe('口号是「Yes we can」。');
  });

  it('converts a lone opening mark next to Chinese (a quotation running over paragraphs)', () => {
    expect(convertQuotes('“第一段没有结束', 'hant')).toBe('「第一段没有结束');
  });

  it('pairs across soft breaks but never across hard ones', () => {
    expect(convertQuotes(`“${SOFT_BREAK}链接${SOFT_BREAK}”`, 'hant')).toBe(`「${SOFT_BREAK}链接${SOFT_BREAK}」`);
    expect(convertQuotes(`“Hi${HARD_BREAK}”Hi`, 'hant')).toBe(`“Hi${HARD_BREAK}”Hi`);
  });
});

describe('convertQuotes beyond the Basic Multilingual Plane', () => {
  it('sees a Han character written as a surrogate pair (𠮷) as Chinese on either side', () => {
    expect(convertQuotes('𠮷“OK', 'hant')).toBe('𠮷「OK');
    expect(convertQuotes('OK”𠮷', 'hant')).toBe('OK」𠮷');
  });
});
