import { BLOCKS, INLINE } from './pageToText.ts';

/**
 * Spans whose characters were lost in scraping or decoding. Nothing here can be recovered by rule: the caller
 * reports each span for a human at line:column and leaves it exactly as it is (never "fixed" into ？), but for a
 * broken tag, which is markup and is taken out (reported all the same).
 *
 * - a `?` that stood for an unreadable character, followed by the tail of a pinyin annotation whose opening bracket
 *   is gone (剛?cè)岵?, 因?qū)嵭写迩f): mojibake up to the last `?` or stray Latin letter before the next punctuation;
 * - U+FFFD replacement characters (bytes a decoder could not read, a page cut inside a character);
 * - two or more `?` in a row, or a `?` inside a Han word that no question ends (疫?防控): characters a GBK page lost;
 * - a tag whose `<` a bad save turned into `?` (?/p>, ?!?/p>, ?br>), with the characters lost before it: markup,
 *   never text, so the caller reports it and takes it out (`brokenTag`);
 * - the classic decoding garbage: 锟斤拷/烫烫烫/屯屯屯 (UTF-8 read as GBK and back), and runs of Latin-1 letters
 *   (å¸‚, Ã©: UTF-8 read as Latin-1);
 * - private-use characters (an icon font's glyphs, a site's own codes), which no reader's font shows: taken out like
 *   a broken tag and reported (`privateUse`) — the import's own placeholders live in that range.
 */
const PINYIN_TAIL = /\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)[^\s,，。.;；:：!！?？、“”"'（(]*/gu;
const TAG_NAMES = [...BLOCKS, ...INLINE].join('|');
const BROKEN_TAG = new RegExp(`[?\\uFFFD][?!\\uFFFD]*(?:/(?:${TAG_NAMES})|(?:${TAG_NAMES})\\s*/?)>`, 'giu');
/** Unicode's private-use area: a page's icon glyphs, and the placeholders the import keeps lost spans in. */
export const PRIVATE_USE_RANGE = '\\uE000-\\uF8FF';
const PRIVATE_USE = new RegExp(`[${PRIVATE_USE_RANGE}]+`, 'gu');
const PATTERNS: readonly RegExp[] = [
  PRIVATE_USE,
  BROKEN_TAG,
  PINYIN_TAIL,
  /\uFFFD+/gu,
  /\?{2,}/gu,
  /(?<=\p{Script=Han})\?(?=\p{Script=Han}{2})(?<!(?:吗|呢|么|麼|嗎|什么|怎么|如何|是否|哪|谁|誰|几|幾|多少)\?)/gu,
  /(?:锟斤拷|烫烫烫|屯屯屯)+/gu,
  // Latin-1 and the Windows-1252 extras (œ ‚ ‹ ™…) a UTF-8 byte becomes when read as such.
  /[\u00C0-\u00FF][\u0080-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013-\u2122]+/gu,
];
/** Pinyin mojibake never ends in a clean Han run: cut the span after its last `?` or Latin letter. */
const TAIL = /[^?a-zA-Z]+$/u;

export interface GarbledSpan {
  index: number;
  text: string;
  brokenTag?: true;
  privateUse?: true;
}

export function findGarbled(text: string): GarbledSpan[] {
  const spans: GarbledSpan[] = [];
  PATTERNS.forEach((pattern) => {
    for (const m of text.matchAll(pattern)) {
      let span = m[0];
      if (pattern === PINYIN_TAIL) {
        // The `?` that ends the mojibake (岵?) may sit right before the punctuation that stopped the match.
        if (text[m.index + span.length] === '?') span += '?';
        span = span.replace(TAIL, '');
      }
      const overlaps = spans.some((s) => m.index < s.index + s.text.length && s.index < m.index + span.length);
      if (overlaps) continue;
      spans.push({
        index: m.index,
        text: span,
        ...(pattern === BROKEN_TAG ? { brokenTag: true } : pattern === PRIVATE_USE ? { privateUse: true } : {}),
      });
    }
  });
  return spans.sort((a, b) => a.index - b.index);
}
