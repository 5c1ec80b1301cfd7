import { SEARCH_TEXT } from '../../config/search.ts';

/**
 * The little of a parsed HTML node search needs: the browser's DOM and node-html-parser both have it, so the build
 * (what it indexes) and the search page (what a result shows) read a page's text the same way.
 */
export interface TextNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
  tagName?: string;
  hasAttribute?(name: string): boolean;
  classList?: { contains(name: string): boolean };
}

interface Parsed {
  querySelectorAll(selector: string): ArrayLike<TextNode>;
}

const ELEMENT = 1;
const TEXT = 3;
const skipTags = new Set(SEARCH_TEXT.skipTags);
const blockTags = new Set(SEARCH_TEXT.blockTags);

/**
 * A page's text as search reads it (SEARCH_TEXT): the elements marked `data-pagefind-body`, in page order, as blocks
 * (a heading, a paragraph, a list item…) of text with runs of white space made one space. The first block is the
 * page's title: its marked content begins with its `<h1>`.
 */
export function pageText(page: Parsed): string[] {
  const blocks: string[] = [];
  let block = '';
  const end = () => {
    const text = block.replace(/\s+/gu, ' ').trim();
    if (text) blocks.push(text);
    block = '';
  };
  const read = (node: TextNode) => {
    if (node.nodeType === TEXT) block += node.textContent ?? '';
    if (node.nodeType !== ELEMENT || skipped(node)) return;
    const isBlock = blockTags.has(node.tagName!.toUpperCase());
    if (isBlock) end();
    Array.from(node.childNodes).forEach(read);
    if (isBlock) end();
  };
  for (const marked of Array.from(page.querySelectorAll('[data-pagefind-body]'))) {
    read(marked);
    end();
  }
  return blocks;
}

function skipped(element: TextNode): boolean {
  return (
    skipTags.has(element.tagName!.toUpperCase()) ||
    SEARCH_TEXT.skipAttributes.some((name) => element.hasAttribute!(name)) ||
    SEARCH_TEXT.skipClasses.some((name) => element.classList!.contains(name))
  );
}
