/**
 * The part of a hast/MDX node this plugin reads: HTML elements (`tagName`), MDX JSX elements (`name`), and the text
 * that replaces an image it cannot show (`value`).
 */
interface Node {
  type: string;
  value?: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const ACTIVE = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form']);
const HANDLER = /^on/i;
const SCRIPT_URL = /^\s*javascript:/i;
/** Attributes (hast property names and JSX names, lowercased) that say where a reader goes, and what they load. */
const LINK_ATTRIBUTES = new Set(['href', 'action', 'formaction', 'cite', 'xlinkhref', 'xlink:href']);
const RESOURCE_ATTRIBUTES = new Set(['src', 'srcset', 'poster', 'data']);
/** Where a link may lead: a web page (the site's own, when relative), an e-mail address, a phone number. */
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Resolves relative URLs, so that the site's own paths are told from other hosts. */
const SITE = new URL('https://site.invalid/');

/**
 * A rehype plugin for article bodies (MDX, whose JSX bypasses Markdown's raw-HTML switch): removes elements that
 * run code, load other pages or restyle the site, event-handler attributes, links to anything but a web page, an
 * e-mail address or a phone number (javascript:, vbscript:, data: pages), and resources the site's
 * Content-Security-Policy would block (from other hosts); an image left without its source becomes its alt text.
 * Articles are text; what is removed was never meant for readers.
 */
export function rehypeDropActiveContent() {
  return (tree: Node) => clean(tree);
}

function clean(node: Node): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child): Node[] => {
    const name = (child.tagName ?? child.name ?? '').toLowerCase();
    if (ACTIVE.has(name)) return [];
    if (child.properties) {
      for (const [key, value] of Object.entries(child.properties)) {
        if (!keeps(key, value)) delete child.properties[key];
      }
    }
    if (child.attributes) child.attributes = child.attributes.filter((a) => !a.name || keeps(a.name, a.value));
    if (name === 'img' && attribute(child, 'src') === undefined) {
      const alt = attribute(child, 'alt');
      return typeof alt === 'string' && alt ? [{ type: 'text', value: alt }] : [];
    }
    clean(child);
    return [child];
  });
}

/** Whether an attribute may stay. Values that are lists (a class, a srcset in hast) keep only when every item does. */
function keeps(name: string, value: unknown): boolean {
  const key = name.toLowerCase();
  if (HANDLER.test(key)) return false;
  const strings = [value].flat().filter((v): v is string => typeof v === 'string');
  if (LINK_ATTRIBUTES.has(key)) return strings.every(isLink);
  if (RESOURCE_ATTRIBUTES.has(key)) return strings.every(isOwnResource);
  return !strings.some((v) => SCRIPT_URL.test(v));
}

/** Parsed as the browser parses it: whitespace, control characters and letter case have had their effect. */
const isLink = (url: string) => LINK_PROTOCOLS.has(URL.parse(url, SITE)?.protocol ?? '');

/** The site's own file, or an image written into the page (the CSP allows `img-src 'self' data:`). */
function isOwnResource(url: string): boolean {
  const parsed = URL.parse(url, SITE);
  return parsed?.origin === SITE.origin || (parsed?.protocol === 'data:' && /^image\//i.test(parsed.pathname));
}

/** An attribute's value, from a hast element's properties or an MDX element's attributes. */
function attribute(node: Node, name: string): unknown {
  return node.properties?.[name] ?? node.attributes?.find((a) => a.name === name)?.value;
}
