import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.ts';

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
    ...at(errorStart(text, error.message, error.pos[0])),
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
      const missing = issue.code === 'invalid_type' && issue.input === undefined;
      return {
        file,
        ...locate(path),
        message: missing ? `${field} is missing` : `${field}: ${issue.message}`,
        fix: schemaFix(issue),
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
 * Where to send the reader. An unclosed quote is reported by the parser at the end of the file; the mistake is
 * where the quote was opened, the last such quote mark before that point.
 */
function errorStart(text: string, message: string, offset: number): number {
  const quote = /Missing closing (["'])quote/.exec(message)?.[1];
  return quote ? Math.max(0, text.lastIndexOf(quote, offset - 1)) : offset;
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

function schemaFix(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'add this field' : `write a ${issue.expected} here`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
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
