import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { CATEGORIES, KINDS } from '../../config/categories.ts';
import { didYouMean } from './didYouMean.ts';

/** Staff may write a category or kind by its Chinese label (口罩, 发放): suggest the id it stands for. */
const LABEL_ALIASES: Record<string, string> = Object.fromEntries(
  [...CATEGORIES, ...KINDS].map((item) => [item.label, item.id]),
);

export type Position = { line: number; column: number };

export interface ParsedYaml<T> {
  data?: T;
  problems: Problem[];
  /** Where a value lives in the file, for problems found later (cross-file checks). */
  locate: (path: (string | number)[]) => Position;
}

/** Remembers a computed string by key (across builds, in the build: see src/lib/site/diskCache.ts). */
export type Remember = (key: string, compute: () => string) => string;

/**
 * Parses YAML and validates it with a zod schema, placing every problem at the line and column of the offending
 * value. `lineOffset` shifts positions for YAML embedded in a file (Markdown frontmatter). With `remember`, a text
 * that parsed without a syntax error before is not parsed again: its value is remembered, and the document (for
 * positions) is parsed only if a problem needs one.
 */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  lineOffset = 0,
  remember?: Remember,
): ParsedYaml<z.output<S>> {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const parse = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return parsed;
  };
  const at = (offset: number): Position => {
    const pos = parse().lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const locate = (path: (string | number)[]) => at(offsetOf(parse().doc, path));

  // Remembered: the value of a text without syntax errors (JSON holds every value the core schema gives).
  const value = (): string => {
    const { doc } = parse();
    return doc.errors.length ? '' : JSON.stringify(doc.toJS() ?? null);
  };
  const json = remember ? remember(text, value) : value();
  if (!json) {
    // Only the first syntax error: the ones after it are usually its echoes (one tab breaks every line below it).
    const syntaxError = parse().doc.errors[0]!;
    const { offset, message, fix } = explainYamlError(syntaxError.code, syntaxError.message, syntaxError.pos[0], text);
    return { problems: [{ file, ...at(offset), message: `YAML syntax: ${message}`, fix }], locate };
  }
  const result = schema.safeParse(JSON.parse(json));
  if (result.success) return { data: result.data, problems: [], locate };
  const { doc } = parse();

  return {
    locate,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const field = path.join('.') || '(file)';
      const value: unknown = path.length ? doc.getIn(path) : doc.toJS();
      const where = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
      return {
        file,
        ...locate(where),
        message: `${field}: ${schemaMessage(issue, value)}`,
        fix: schemaFix(issue, value),
      };
    }),
  };
}

/** Start of the deepest node on `path` that exists (a missing key points at its parent). */
function offsetOf(doc: Document, path: (string | number)[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
    if (depth === 0 && doc.contents?.range) return doc.contents.range[0];
  }
  return 0;
}

/**
 * Plain words for the YAML mistakes staff make, placed where the mistake is: the yaml library reports an unclosed
 * quote at the end of the file and an over-indented line at the line above it.
 */
function explainYamlError(
  code: string,
  libraryMessage: string,
  offset: number,
  text: string,
): { offset: number; message: string; fix: string } {
  switch (code) {
    case 'TAB_AS_INDENT':
      return { offset, message: 'a tab is used to indent this line', fix: 'indent with spaces, not tabs' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return indentation(offset, code, text);
    case 'MISSING_CHAR': {
      const quote = /closing (["'])/.exec(libraryMessage)?.[1];
      if (quote) {
        return {
          offset: Math.max(0, text.lastIndexOf(quote, offset - 1)),
          message: 'this quote is never closed',
          fix: `end the text with ${quote}, or remove the opening ${quote}`,
        };
      }
      return { offset, message: firstLine(libraryMessage), fix: 'close the bracket opened before this point' };
    }
    case 'BAD_INDENT': {
      const bracket = /end with an? ([\]}])/.exec(libraryMessage)?.[1];
      if (!bracket) return indentation(offset, code, text);
      return {
        offset: Math.max(0, text.lastIndexOf(bracket === ']' ? '[' : '{', offset)),
        message: `this ${bracket === ']' ? '[' : '{'} is never closed`,
        fix: `add ${bracket} at the end of the list, on the same line`,
      };
    }
    case 'DUPLICATE_KEY':
      return { offset, message: 'this field is written twice', fix: 'remove or rename one of the two' };
    default:
      return { offset, message: firstLine(libraryMessage), fix: 'compare this line with a working file in content/' };
  }
}

/** An over-indented line is reported by the yaml library at the end of the line above it: point at the line. */
function indentation(offset: number, code: string, text: string): { offset: number; message: string; fix: string } {
  const next = text.indexOf('\n', offset) + 1;
  return {
    offset: next > 0 && code === 'BLOCK_AS_IMPLICIT_KEY' ? next + /^ */.exec(text.slice(next))![0].length : offset,
    message: 'this line is indented differently from the lines around it',
    fix: 'line the field up with the fields above it, using spaces',
  };
}

/** The yaml library appends position and a code excerpt; we give our own position. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

/** zod's wording, except where naming the value written says more (unknown "mask", "三万" is not a number). */
function schemaMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_value' && value !== undefined) return `unknown value ${JSON.stringify(value)}`;
  if (issue.code === 'invalid_type' && value !== undefined && value !== null) {
    return `${JSON.stringify(value)} is not a ${issue.expected}`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `missing (a ${issue.expected} is needed)`;
  if (issue.code === 'invalid_format' && typeof value === 'string') return `"${value}" is not a valid ${issue.format}`;
  if (issue.code === 'too_small' && issue.origin === 'number') return `${String(value)} is less than ${issue.minimum}`;
  return issue.message;
}

function schemaFix(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'add this field';
      return issue.expected === 'number'
        ? 'write the number in digits only, e.g. 30000 (no 万, 余 or unit)'
        : `write a ${issue.expected} here`;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed, LABEL_ALIASES) : undefined;
      return guess ? `did you mean "${guess}"?` : `use one of: ${allowed.join(', ')}`;
    }
    case 'unrecognized_keys':
      return `remove or correct the unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`;
    case 'too_small':
      return issue.origin === 'number' ? `use a number ≥ ${issue.minimum}` : 'this cannot be empty';
    case 'invalid_format':
      return issue.format === 'date' ? 'write the date as YYYY-MM-DD' : `write a valid ${issue.format}`;
    case 'custom':
      return typeof issue.params?.fix === 'string' ? issue.params.fix : 'correct the value as the message says';
    default:
      return 'correct the value as the message says';
  }
}
