import { escapeAttribute } from '../conversion/escapeHtml.ts';
import { parse } from 'node-html-parser';

/**
 * What a search result shows for a built page: its title (the text of its first `<h1>`, as Pagefind takes a page's
 * own title) and its summary (its `<meta name="description">`). Only those two elements are found, with a regular
 * expression, and parsed: the indexer reads thousands of pages, and parsing whole pages would cost seconds.
 */
export function resultText(html: string): { title: string; summary: string } {
  const h1 = /<h1[\s>][\s\S]*?<\/h1>/i.exec(html)?.[0];
  const description = /<meta\s[^>]*\bname="description"[^>]*>/i.exec(html)?.[0];
  if (!h1) throw new Error('The page has no <h1>');
  if (!description) throw new Error('The page has no <meta name="description">');
  return {
    title: parse(h1).text.replace(/\s+/g, ' ').trim(),
    summary: parse(description).querySelector('meta')!.getAttribute('content')!.trim(),
  };
}

/**
 * `html` with Pagefind metadata added at the end of its `<head>`, one `<meta data-pagefind-meta="key[content]">`
 * per entry: for the copy the indexer reads, never for a page in dist/.
 */
export function withSearchMeta(html: string, meta: Record<string, string>): string {
  const at = html.search(/<\/head>/i);
  if (at < 0) throw new Error('The page has no </head>');
  const tags = Object.entries(meta).map(([key, value]) => {
    if (!/^[\w-]+$/.test(key)) throw new Error(`Search metadata key "${key}" must be letters, digits, _ or -`);
    return `<meta data-pagefind-meta="${key}[content]" content="${escapeAttribute(value)}">`;
  });
  return `${html.slice(0, at)}${tags.join('')}${html.slice(at)}`;
}
