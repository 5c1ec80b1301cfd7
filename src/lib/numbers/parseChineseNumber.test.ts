import { describe, expect, it } from 'vitest';
import { parseChineseNumber } from './parseChineseNumber.ts';

describe('parseChineseNumber', () => {
  it.each([
    ['2000', 2000],
    ['10', 10],
    ['0', 0],
    ['10000', 10000],
    ['10,000', 10000],
    ['6.7', 6.7],
    ['１２', 12],
    [' 54 ', 54],
  ])('reads Arabic digits: %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each([
    ['一', 1],
    ['〇', 0],
    ['零', 0],
    ['两', 2],
    ['兩', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十五', 25],
    ['一百', 100],
    ['一百零二', 102],
    ['一千二百', 1200],
    ['一千零五十', 1050],
    ['两千', 2000],
    ['兩千', 2000],
    ['一万', 10000],
    ['一萬', 10000],
    ['三萬', 30000],
    ['十万', 100000],
    ['二十万', 200000],
    ['一万二千', 12000],
    ['一亿', 1e8],
    ['三億五千萬', 350_000_000],
    ['一万亿', 1e12],
  ])('reads Chinese numerals: %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each([
    ['1.2万', 12000],
    ['16萬', 160000],
    ['6.7萬', 67000],
    ['10万', 100000],
    ['1萬', 10000],
    ['3千', 3000],
    ['1萬2千', 12000],
    ['2.5亿', 250_000_000],
    // Past 2⁵³ / 10⁶ a float's error survives rounding to six decimals: 2519.3 × 10⁸ is 251930000000.00003.
    ['2519.3亿', 251_930_000_000],
    ['1.23亿', 123_000_000],
    ['7.77万', 77_700],
  ])('reads Arabic digits with Chinese powers: %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each([
    ['一千二', 1200],
    ['一万五', 15000],
    ['三百五', 350],
  ])('reads the colloquial short form %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each([
    ['廿七', 27],
    ['廿', 20],
    ['卅五', 35],
    ['卌', 40],
  ])('reads tens written as one character: %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each([
    ['二〇二〇', 2020],
    ['一九九八', 1998],
    ['三点五', 3.5],
    ['十二点五', 12.5],
  ])('reads positional digits and 点 fractions: %s', (text, value) => expect(parseChineseNumber(text)).toBe(value));

  it.each(['', '   ', 'abc', '万', '百', '千方百计', '16萬餘', '10余', '三是', '2000只', '6-8', '1.2.3', '一是'])(
    'rejects what is not exactly one numeral: %j',
    (text) => expect(parseChineseNumber(text)).toBeUndefined(),
  );
});
