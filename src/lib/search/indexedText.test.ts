import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { SEARCH_BLOCK_SEPARATOR } from '../../config/search.ts';
import { indexedBlocks, indexedPage, phraseQuery } from './indexedText.ts';

describe('indexedPage', () => {
  it('gives Pagefind one element of text, each Han character a word, blocks apart, escaped', () => {
    const html = indexedPage(['硬核精神', '2000只口罩 <script>&']);
    const element = parse(html).querySelector('[data-pagefind-body]')!;
    expect(element.childNodes).toHaveLength(1);
    expect(element.text).toBe(
      `硬\u200b核\u200b精\u200b神${SEARCH_BLOCK_SEPARATOR}2000只\u200b口\u200b罩 <script>&${SEARCH_BLOCK_SEPARATOR}`,
    );
  });

  it('is read back as the same blocks from what Pagefind keeps (its own word breaks added)', () => {
    const stored = `硬\u200b核\u200b精\u200b神${SEARCH_BLOCK_SEPARATOR}2000\u200b只\u200b口\u200b罩${SEARCH_BLOCK_SEPARATOR}`;
    expect(indexedBlocks(stored)).toEqual(['硬核精神', '2000只口罩']);
  });
});

describe('phraseQuery', () => {
  it('asks for the Han characters as words in a row, other words whole', () => {
    expect(phraseQuery('口罩')).toBe('"口 罩"');
    expect(phraseQuery('1月27日')).toBe('"1 月 27 日"');
    expect(phraseQuery('covid')).toBe('"covid"');
  });
});
