import { SEARCH_BLOCK_SEPARATOR } from '../../config/search.ts';

/** Pagefind's mark between the words it cut a text into, kept in the text it stores. */
const WORD_BREAK = '\u200b';
const HAN_BEFORE_HAN = /(\p{Script=Han})(?=\p{Script=Han})/gu;
const HAN = /\p{Script=Han}/gu;

/**
 * What Pagefind indexes of a page: its text (`pageText`'s blocks) as one element, each Han character a word of its
 * own, so a query matches characters, not Pagefind's guess at the words (which cut 疫情防控 into four and 口罩 into
 * one, and which the browser cuts differently again); the search page asks for a phrase as characters in a row
 * (`phraseQuery`). The blocks are kept apart by SEARCH_BLOCK_SEPARATOR, which also ends the text: without it
 * Pagefind adds a Latin full stop to a text that ends without punctuation, as it does after each element.
 */
export function indexedPage(blocks: readonly string[]): string {
  const text = blocks.map((block) => block.replace(HAN_BEFORE_HAN, `$1${WORD_BREAK}`)).join(SEARCH_BLOCK_SEPARATOR);
  return `<!doctype html><html><head><meta charset="utf-8"></head><body><div data-pagefind-body>${escapeText(
    `${text}${SEARCH_BLOCK_SEPARATOR}`,
  )}</div></body></html>`;
}

/** The blocks of a page's text again, from what Pagefind stored of `indexedPage` (a result's `content`). */
export function indexedBlocks(content: string): string[] {
  const text = content.split(WORD_BREAK).join('');
  return (text.endsWith(SEARCH_BLOCK_SEPARATOR) ? text.slice(0, -1) : text).split(SEARCH_BLOCK_SEPARATOR);
}

/** A phrase as Pagefind should look for it: its Han characters as words, all in a row (Pagefind's exact search). */
export function phraseQuery(phrase: string): string {
  return `"${phrase.replace(HAN, ' $& ').trim().replace(/\s+/gu, ' ')}"`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
