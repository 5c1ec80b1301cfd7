/**
 * The part of a built page search reads, as a page of its own: its `<html>` tag and each element marked
 * `data-pagefind-body`, nothing else; cut out with regular expressions, so only this small part is parsed for its
 * text (pageText). What Pagefind indexes follows from it alone, and the search cache keys a shard by exactly that: so
 * a change outside them (an article's related list, the navigation, a new stylesheet) re-indexes nothing.
 */
export function indexedHtml(html: string): string {
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0];
  if (!htmlTag) throw new Error('The page has no <html> tag');
  const bodies: string[] = [];
  const open = /<([a-z][a-z0-9]*)\b[^>]*\bdata-pagefind-body\b[^>]*>/gi;
  for (let start = open.exec(html); start; start = open.exec(html)) {
    const end = closingEnd(html, start[1]!, start.index + start[0].length);
    bodies.push(html.slice(start.index, end));
    open.lastIndex = end;
  }
  if (bodies.length === 0) throw new Error('The page has no element marked data-pagefind-body');
  return `<!doctype html>${htmlTag}<head><meta charset="utf-8"></head><body>${bodies.join('')}</body></html>`;
}

/** Where the element `tag` opened just before `from` ends: after its own closing tag, counting nested ones. */
function closingEnd(html: string, tag: string, from: number): number {
  const tags = new RegExp(`<(/?)${tag}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = from;
  let depth = 1;
  for (let found = tags.exec(html); found; found = tags.exec(html)) {
    depth += found[1] ? -1 : 1;
    if (depth === 0) return found.index + found[0].length;
  }
  throw new Error(`The <${tag} data-pagefind-body> element is never closed`);
}
