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

/**
 * Parses YAML and validates it with a zod schema, placing every problem at the line and column of the offending
 * value. `lineOffset` shifts positions for YAML embedded in a file (Markdown frontmatter).
 */
export function parseYamlFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
  lineOffset = 0,
): ParsedYaml<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const locate = (path: (string | number)[]) => at(offsetOf(doc, path));

  const syntaxProblems = doc.errors.map((error) => ({
    file,
    ...at(error.pos[0]),
    message: `YAML syntax: ${firstLine(error.message)}`,
    fix: yamlFix(error.code),
  }));
  if (syntaxProblems.length) return { problems: syntaxProblems, locate };

  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, problems: [], locate };

  return {
    locate,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const field = path.join('.') || '(file)';
      const value: unknown = path.length ? doc.getIn(path) : doc.toJS();
      return {
        file,
        ...locate(path),
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

/** The yaml library appends position and a code excerpt; we give our own position. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function yamlFix(code: string): string {
  switch (code) {
    case 'TAB_AS_INDENT':
      return 'indent with spaces, not tabs';
    case 'BAD_INDENT':
    case 'BAD_SCALAR_START':
      return 'line the item up with its neighbours, using spaces';
    case 'MISSING_CHAR':
      return 'close the quote or bracket opened here';
    case 'DUPLICATE_KEY':
      return 'remove or rename one of the two keys';
    default:
      return 'compare this line with a working file in content/';
  }
}

/** zod's wording, except where naming the value written says more (unknown "mask", "三万" is not a number). */
function schemaMessage(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code === 'invalid_value' && value !== undefined) return `unknown value ${JSON.stringify(value)}`;
  if (issue.code === 'invalid_type' && value !== undefined && value !== null) {
    return `${JSON.stringify(value)} is not a ${issue.expected}`;
  }
  if (issue.code === 'invalid_type' && value === undefined) return `missing (a ${issue.expected} is needed)`;
  return issue.message;
}

function schemaFix(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return 'add this field';
      return issue.expected === 'number' ? 'write the number in digits only, e.g. 30000 (no 万, 余 or unit)' : `write a ${issue.expected} here`;
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
    default:
      return 'correct the value as the message says';
  }
}
