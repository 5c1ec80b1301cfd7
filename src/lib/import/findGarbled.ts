/**
 * Spans whose characters were lost in scraping: a `?` that stood for an unreadable character, followed by the
 * tail of a pinyin annotation whose opening bracket is gone (剛?cè)岵?, 因?qū)嵭写迩f). What follows is mojibake
 * up to the last `?` or stray Latin letter before the next punctuation. Nothing here can be recovered by rule:
 * the caller reports each span for a human and leaves it in place.
 */
const LOST = /\?[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)[^\s,，。.;；:：!！?？、“”"'（(]*/gu;
/** Mojibake never ends in a clean Han run: cut the span after its last `?` or Latin letter. */
const TAIL = /[^?a-zA-Z]+$/u;

export function findGarbled(text: string): { index: number; text: string }[] {
  return [...text.matchAll(LOST)].map((m) => {
    let span = m[0];
    // The `?` that ends the mojibake (岵?) may sit right before the punctuation that stopped the match.
    if (text[m.index + span.length] === '?') span += '?';
    return { index: m.index, text: span.replace(TAIL, '') };
  });
}
