import { asWritten } from './asWritten.ts';

/**
 * Parses one numeral written with Arabic digits, Chinese digits, or a mix of both:
 * '2000', '10,000', '1.2万', '16萬', '三萬', '一万', '两千', '一千二百', '一千二' (= 1200), '二十', '十', '二〇二〇',
 * '三点五', '廿七' (= 27). Returns undefined when the text is not exactly one numeral (no units, no 余/多: see findQuantities).
 */

const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
/** Powers that multiply the digit before them, inside a section of up to 9999. */
const SMALL_POWERS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
/** Powers that close a section: 万/萬 = 10⁴, 亿/億 = 10⁸. */
const BIG_POWERS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
/** Tens written as one character (廿七 = 27, 卅 = 30). */
const WRITTEN_TOGETHER: Readonly<Record<string, string>> = { 廿: '二十', 卅: '三十', 卌: '四十' };

export function parseChineseNumber(text: string): number | undefined {
  // Full-width digits and point (１２．５) read as ASCII.
  const s = text
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[廿卅卌]/gu, (c) => WRITTEN_TOGETHER[c]!);
  if (s === '') return undefined;
  if (/^\d+(?:\.\d+)?$|^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replaceAll(',', ''));

  // Only Chinese digits, no powers: read positionally (二〇二〇 = 2020), one or more digits, optional 点 fraction.
  const positional = /^([〇零一二两兩三四五六七八九]+)(?:[点點]([〇零一二三四五六七八九]+))?$/.exec(s);
  if (positional) {
    const digits = (run: string) => [...run].map((c) => DIGITS[c]).join('');
    const [, whole, fraction] = positional;
    return Number(fraction ? `${digits(whole!)}.${digits(fraction)}` : digits(whole!));
  }

  let total = 0; // everything closed by 亿
  let section = 0; // everything closed by 万 or small powers, below the last 亿
  let pending: number | undefined; // a digit (or Arabic number) waiting for its power
  let lastPower = 0; // the power just applied, for the colloquial 一千二 (= 1200)
  let afterZero = false;
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const arabic = ARABIC.exec(rest);
    if (arabic) {
      if (pending !== undefined) return undefined;
      pending = Number(arabic[0].replaceAll(',', ''));
      i += arabic[0].length;
      continue;
    }
    const c = s[i]!;
    if (/^[点點]/.test(c)) {
      // 三点五 / 十二点五: a Chinese decimal fraction, the end of the numeral.
      const fraction = /^[点點]([〇零一二三四五六七八九]+)$/.exec(rest);
      if (!fraction) return undefined;
      const digits = [...fraction[1]!].map((d) => DIGITS[d]).join('');
      return asWritten(total + section + (pending ?? 0) + Number(`0.${digits}`));
    }
    if (c in DIGITS) {
      const d = DIGITS[c]!;
      if (d === 0) {
        if (pending !== undefined) return undefined;
        afterZero = true;
        lastPower = 0;
      } else {
        if (pending !== undefined) return undefined; // 三四 is two numbers (or a range), not one
        pending = d;
      }
      i += 1;
      continue;
    }
    if (c in SMALL_POWERS) {
      const p = SMALL_POWERS[c]!;
      // 十 alone or leading (十, 十五, 二十万) means 一十; other powers need a digit (no bare 百).
      if (pending === undefined && p !== 10) return undefined;
      section += (pending ?? 1) * p;
      pending = undefined;
      lastPower = p;
      afterZero = false;
      i += 1;
      continue;
    }
    if (c in BIG_POWERS) {
      const p = BIG_POWERS[c]!;
      const value = section + (pending ?? 0);
      if (value === 0 && total === 0) return undefined; // a bare 万
      if (p === 1e8) {
        total = (total + value) * p;
        section = 0;
      } else {
        section = value * p;
      }
      pending = undefined;
      lastPower = p;
      afterZero = false;
      i += 1;
      continue;
    }
    return undefined;
  }
  if (pending !== undefined) {
    // 一千二 = 1200, 一万五 = 15000, but 一百零二 = 102 and 二十五 = 25.
    if (!afterZero && lastPower >= 100 && Number.isInteger(pending) && pending < 10) pending *= lastPower / 10;
    section += pending;
  }
  return asWritten(total + section);
}
