import { describe, expect, it } from 'vitest';
import { wordsOf } from './wordBoundaries.ts';

describe('wordsOf', () => {
  it('finds where the words of a Chinese sentence begin', () => {
    const words = wordsOf('关于书记处');
    expect([0, 1, 2, 3, 4, 5].filter((i) => words.boundary(i))).toEqual([0, 2, 4, 5]);
    expect(words.whole(2, 4)).toBe(true); // 书记
    expect(words.whole(1, 4)).toBe(false); // 于书记 begins inside 关于
    expect(words.isWord(2, 4)).toBe(true);
    expect(words.isWord(2, 5)).toBe(false); // 书记|处
  });

  it('says a span splits a word only when it cuts into one and reaches into another', () => {
    const words = wordsOf('十年历程'); // 十年|历程
    expect(words.splits(1, 3)).toBe(true); // 年历
    expect(words.splits(2, 4)).toBe(false); // 历程
    expect(words.splits(0, 4)).toBe(false); // the whole
    expect(wordsOf('中华人民共和国').splits(2, 4)).toBe(false); // 人民, inside one long word
  });

  it('never joins words across punctuation', () => {
    const words = wordsOf('米、面、蔬菜');
    expect(words.boundary(1) && words.boundary(2) && words.boundary(3)).toBe(true);
  });
});
