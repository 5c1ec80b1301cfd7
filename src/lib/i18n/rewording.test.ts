import { describe, expect, it } from 'vitest';
import { rewording } from './rewording.ts';

describe('rewording', () => {
  it("replaces each word with the locale's, a longer word before a word inside it", () => {
    const reword = rewording({ 打印: '列印', 打印机: '印表機', 鏈接: '連結' });
    expect(reword('打印本頁，複製鏈接，打印机')).toBe('列印本頁，複製連結，印表機');
  });

  it('leaves text as it is without wording, and treats the words as text, not patterns', () => {
    expect(rewording()('發佈單位')).toBe('發佈單位');
    expect(rewording({ 'a.b': 'x' })('aab a.b')).toBe('aab x');
  });
});
