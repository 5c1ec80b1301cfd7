import { say, type Message } from '../../i18n/messages/message.ts';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { MDX_COMPONENTS, type MdxComponent, type PropRule } from '../../config/mdxComponents.ts';
import { bodyPositions } from './bodyPositions.ts';
import { didYouMean } from './didYouMean.ts';
import type { Position } from './parseYamlFile.ts';
import type { Problem } from './problem.ts';

/** A component an article uses, every prop fitting its rule: what the checks between files look at. */
export interface ComponentUse {
  name: string;
  at: Position;
  /** Each prop written, with where its value starts. */
  props: Readonly<Record<string, { value: string; at: Position }>>;
}

/** The part of an MDX syntax tree (mdast with remark-mdx's nodes) this module reads. */
interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: MdxAttribute[];
  children?: MdxNode[];
  position?: { start: Point; end: Point };
}
interface MdxAttribute {
  /** `mdxJsxAttribute` (name="value", name={code}, name) or `mdxJsxExpressionAttribute` ({...spread}). */
  type: string;
  name?: string;
  value?: string | null | { type: string };
  position?: { start: Point; end: Point };
}

const parser = unified().use(remarkParse).use(remarkMdx);
const COMPONENTS: readonly MdxComponent[] = MDX_COMPONENTS;
const NAMES = COMPONENTS.map((component) => component.name);
const LISTED = NAMES.map((name) => `<${name}>`);
const NO_CODE = say('fix.noCode', { components: LISTED });

/**
 * Checks an MDX article's body (`body`, starting at line `bodyLine` of `file`): MDX is Markdown plus the components
 * of src/config/mdxComponents.ts, each prop a literal string that fits its rule. Everything else is code that would
 * run when the site is built or read (imports, exports, `{…}`, HTML tags, other components or props) and is a
 * problem at its line and column, as is text MDX cannot read. Never throws. Returns the components used correctly,
 * for the checks between files (checkMdxReferences.ts).
 */
export function checkMdx(article: { file: string; body: string; bodyLine: number }): {
  problems: Problem[];
  components: ComponentUse[];
} {
  const { file, body, bodyLine } = article;
  const { lineStarts, at } = bodyPositions(body, bodyLine);
  const problems: Problem[] = [];
  const report = (offset: number, message: Message, fix: Message) =>
    problems.push({ file, ...at(offset), message, fix });
  const startOf = (node: { position?: { start: Point } }) => node.position?.start.offset ?? 0;
  const written = (node: { position?: { start: Point; end: Point } }) =>
    excerpt(body.slice(startOf(node), node.position?.end.offset));

  let tree: MdxNode;
  try {
    tree = parser.parse(body) as MdxNode;
  } catch (error) {
    const { offset, esm } = errorPlace(error, lineStarts);
    // MDX gives up where it can read no further, often just after the < or { that began the trouble: point at that
    // one, on the same line, or anywhere above when the text ended with something never closed.
    const lineStart = lineStarts[at(offset).line - bodyLine]!;
    const opener = Math.max(body.lastIndexOf('<', offset), body.lastIndexOf('{', offset));
    const from = esm || opener === -1 || (opener < lineStart && offset < body.length) ? offset : opener;
    const lineEnd = body.indexOf('\n', from);
    const text = excerpt(body.slice(from, lineEnd === -1 ? undefined : lineEnd));
    if (esm) report(from, say('mdx.importExport', { text }), NO_CODE);
    else report(from, say('mdx.unreadable', { text }), say('fix.escapeOrMd', { example: COMPONENTS[0]!.example }));
    return { problems, components: [] };
  }

  const components: ComponentUse[] = [];
  /** Values that may appear once per article, with where they first did. */
  const once = new Map<string, Position>();

  function checkComponent(node: MdxNode, component: MdxComponent): ComponentUse | undefined {
    const before = problems.length;
    const tag = `<${component.name}>`;
    // Content between its tags also makes it part of a paragraph: written as one tag, it stands on its own.
    if (node.children?.length) {
      report(
        startOf(node.children[0]!),
        say('mdx.contentBetweenTags', { tag }),
        say('fix.oneTag', { example: component.example }),
      );
    } else if (node.type === 'mdxJsxTextElement') {
      report(startOf(node), say('mdx.notOnOwnLine', { tag }), say('fix.emptyLines'));
    }
    const names = Object.keys(component.props);
    const props: Record<string, { value: string; at: Position }> = {};
    const named = new Set<string>();
    // A {...spread} was meant to hold the props: reported as such, not again as each prop it lacks.
    let spread = false;
    for (const attribute of node.attributes ?? []) {
      const start = startOf(attribute);
      if (attribute.type !== 'mdxJsxAttribute' || attribute.name === undefined) {
        report(
          start,
          say('mdx.spreadProp', { text: written(attribute) }),
          say('fix.example', { example: component.example }),
        );
        spread = true;
        continue;
      }
      const { name, value } = attribute;
      named.add(name);
      const rule = component.props[name];
      if (!rule) {
        const guess = didYouMean(name, names);
        report(
          start,
          say('mdx.unknownProp', { tag, name }),
          guess ? say('fix.didYouMean', { guess }) : say('fix.onlyProps', { tag, names }),
        );
        continue;
      }
      if (value === null || value === undefined) {
        report(start, say('mdx.propNoValue', { name, tag }), say('fix.propValue', { name, hint: rule.hint }));
        continue;
      }
      const valueStart = valueOffset(body, start + name.length);
      if (typeof value !== 'string') {
        const code = excerpt(body.slice(valueStart, attribute.position?.end.offset));
        report(valueStart, say('mdx.propIsCode', { text: code }), say('fix.propValue', { name, hint: rule.hint }));
        continue;
      }
      const position = at(valueStart + 1);
      if (!fits(value, rule)) {
        problems.push({
          file,
          ...position,
          message: say('mdx.propDoesNotFit', { value, what: rule.what }),
          fix: fitHint(value, rule),
        });
        continue;
      }
      if (rule.oncePerArticle) {
        const key = `${component.name}\u0000${name}\u0000${value}`;
        const first = once.get(key);
        if (first) {
          const message = say('mdx.usedTwice', { component: component.name, name, value, line: first.line });
          problems.push({ file, ...position, message, fix: say('fix.keepOne') });
          continue;
        }
        once.set(key, position);
      }
      props[name] = { value, at: position };
    }
    for (const [name, rule] of Object.entries(component.props)) {
      if (rule.required && !named.has(name) && !spread)
        report(
          startOf(node),
          say('mdx.propMissing', { tag, what: rule.what }),
          say('fix.example', { example: component.example }),
        );
    }
    return problems.length === before ? { name: component.name, at: at(startOf(node)), props } : undefined;
  }

  function checkElement(node: MdxNode): void {
    const name = node.name ?? '';
    const tag = `<${name}>`;
    const guess = didYouMean(name, NAMES);
    if (guess) report(startOf(node), say('mdx.notComponent', { tag }), say('fix.didYouMeanTag', { guess }));
    else if (/^[a-z]/.test(name)) {
      report(startOf(node), say('mdx.htmlTag', { tag }), say('fix.useMarkdown', { components: LISTED }));
    } else report(startOf(node), say('mdx.notComponent', { tag }), say('fix.useComponents', { components: LISTED }));
  }

  // A loop, not recursion: hostile content may nest tags thousands deep.
  const stack = [...(tree.children ?? [])].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'mdxjsEsm') {
      report(startOf(node), say('mdx.importExport', { text: written(node) }), NO_CODE);
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      report(startOf(node), say('mdx.computes', { text: written(node) }), say('fix.escapeBrace'));
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const component = COMPONENTS.find((c) => c.name === node.name);
      if (component) {
        // Its content is refused as a whole, so not looked into.
        const use = checkComponent(node, component);
        if (use) components.push(use);
        continue;
      }
      checkElement(node);
    }
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i--) stack.push(node.children![i]!);
  }
  return { problems, components };
}

/** Where MDX stopped reading, as an offset into the body, and whether it was reading an import or export. */
function errorPlace(error: unknown, lineStarts: number[]): { offset: number; esm: boolean } {
  const { line, column, source, reason } = (error ?? {}) as Record<string, unknown>;
  if (typeof line !== 'number' || typeof column !== 'number') {
    // A tag never closed is found at the end of the text, without a place: its reason says where the tag is.
    const tag = typeof reason === 'string' ? /\((\d+):(\d+)-\d+:\d+\)/.exec(reason) : null;
    return tag ? errorPlace({ line: Number(tag[1]), column: Number(tag[2]) }, lineStarts) : { offset: 0, esm: false };
  }
  const lineStart = lineStarts[Math.min(Math.max(line, 1), lineStarts.length) - 1]!;
  const esm = source === 'micromark-extension-mdxjs-esm';
  // An import or export is a statement: point at the start of its line.
  return { offset: esm ? lineStart : lineStart + column - 1, esm };
}

/** The offset where an attribute's value starts (its quote or brace), from just after its name. */
function valueOffset(body: string, afterName: number): number {
  let i = body.indexOf('=', afterName) + 1;
  while (/\s/.test(body[i] ?? '')) i++;
  return i;
}

function fits(value: string, rule: PropRule): boolean {
  return rule.accepts instanceof RegExp ? rule.accepts.test(value) : rule.accepts.includes(value);
}

function fitHint(value: string, rule: PropRule): Message {
  if (rule.accepts instanceof RegExp) return rule.hint;
  const guess = didYouMean(value, rule.accepts);
  return guess ? say('fix.didYouMean', { guess }) : say('fix.useOneOf', { allowed: rule.accepts });
}

/** The start of what someone wrote, on one line and short enough to quote in a message. */
function excerpt(text: string, max = 40): string {
  const whole = text.trimEnd();
  const line = whole.split('\n', 1)[0]!;
  const shown = line.length > max ? line.slice(0, max) : line;
  return shown.length < whole.length ? `${shown}…` : shown;
}
