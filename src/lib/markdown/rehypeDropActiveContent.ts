/** The part of a hast/MDX node this plugin reads: HTML elements (`tagName`) and MDX JSX elements (`name`). */
interface Node {
  type: string;
  tagName?: string;
  name?: string | null;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const ACTIVE = new Set(['script', 'style', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base', 'form']);
const HANDLER = /^on/i;
const SCRIPT_URL = /^\s*javascript:/i;

/**
 * A rehype plugin for article bodies (MDX, whose JSX bypasses Markdown's raw-HTML switch): removes elements that
 * run code, load other pages or restyle the site, event-handler attributes and javascript: URLs. Articles are
 * text; what is removed was never meant for readers.
 */
export function rehypeDropActiveContent() {
  return (tree: Node) => clean(tree);
}

function clean(node: Node): void {
  if (!node.children) return;
  node.children = node.children.filter((child) => !ACTIVE.has((child.tagName ?? child.name ?? '').toLowerCase()));
  for (const child of node.children) {
    if (child.properties) {
      for (const [key, value] of Object.entries(child.properties)) {
        if (HANDLER.test(key) || (typeof value === 'string' && SCRIPT_URL.test(value))) delete child.properties[key];
      }
    }
    if (child.attributes) {
      child.attributes = child.attributes.filter(
        (a) => !(a.name && HANDLER.test(a.name)) && !(typeof a.value === 'string' && SCRIPT_URL.test(a.value)),
      );
    }
    clean(child);
  }
}
