import { PRIVATE_USE_RANGE } from './findGarbled.ts';

/**
 * Half-width `, : ; ! ? ( )` written between Chinese characters become full-width (，：；！？（）). Left alone:
 * numbers (10,000, 18:30, 6-8人), URLs, and Latin text, including a bracket that holds only Latin text or digits
 * ((COVID-19) stays). Spaces around a converted mark go: full-width marks carry their own spacing. So do the spaces
 * some sites set between Chinese characters and digits (出动 280 余人次): Chinese text sets numbers without them, and
 * a number apart from its measure word would not be read as a count. A comma doubled (,, → ，) or set next to another
 * mark (，。, 。，) goes.
 */
const FULL: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？' };
// Han, CJK punctuation and quotes, full-width forms, and the private-use placeholders that stand for Chinese text.
const CJK = new RegExp(`[\\p{Script=Han}\\u3000-\\u303F\\uFF00-\\uFFEF\\u2018-\\u201D${PRIVATE_USE_RANGE}]`, 'u');
const URL = /[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+/giu;

export function fixPunctuation(text: string): string {
  // URLs are swapped out first so that nothing inside them is touched.
  const urls: string[] = [];
  let work = text.replace(URL, (url) => `\uFDD0${urls.push(url) - 1}\uFDD0`);

  work = work.replace(/[(（]([^()（）]*)[)）]/gu, (whole, inner: string, at: number) => {
    const before = work.slice(0, at).trimEnd().at(-1);
    const after = work.slice(at + whole.length).trimStart()[0];
    const chineseInside = CJK.test(inner);
    const chineseAround = (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after));
    return chineseInside || (chineseAround && inner.trim() === '') ? `（${inner}）` : whole;
  });

  work = work.replace(/\s*([,:;!?])\s*/gu, (whole, mark: string, at: number, all: string) => {
    const before = all.slice(0, at).trimEnd().at(-1);
    const after = all.slice(at + whole.length)[0];
    const digitsBoth = before !== undefined && after !== undefined && /\d/.test(before) && /\d/.test(after);
    const chinese = (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after));
    return chinese && !digitsBoth ? FULL[mark]! : whole;
  });

  // A number of a Latin name (COVID 19 疫情) keeps its spaces.
  work = work
    .replace(/(?<=\p{Script=Han})[ \u00A0]+(?=\d)/gu, '')
    .replace(/(?<![\d.,])(?<![A-Za-z][ \u00A0-]?)(\d[\d.,]*)[ \u00A0]+(?=\p{Script=Han})/gu, '$1');

  // 截至目前,,全镇…, 入户宣传20余次,。, 把握难得机会。,: a comma or enumeration mark doubled, or set next to another
  // mark, is a copying slip; the other mark stands.
  work = work.replace(/[，、]+(?=[，、；。！？])/gu, '').replace(/(?<=[。！？])[，、]+/gu, '');

  return work.replace(/\uFDD0(\d+)\uFDD0/gu, (_m, i: string) => urls[Number(i)]!);
}
