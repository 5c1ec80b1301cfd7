import { say } from '../../i18n/messages/message.ts';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problem.ts';
import { explainYamlError, type YamlProblem } from './explainYamlError.ts';
import { MAX_YAML_NESTING, nestingTooDeep } from './nestingTooDeep.ts';
import { refusedYaml } from './refusedYaml.ts';
import { schemaProblem } from './schemaProblem.ts';

/**
 * Far larger than any content file's YAML (the seed glossary is 5 KB, the largest tally 8 KB), and small enough
 * for the yaml library, which takes seconds on a megabyte of some shapes of YAML.
 */
export const MAX_YAML_BYTES = 128 * 1024;

export type Position = { line: number; column: number };

export interface ParsedYaml<T> {
  data?: T;
  problems: Problem[];
  /** Where a value lives in the file, for problems found later (cross-file checks). */
  locate: (path: (string | number)[]) => Position;
  /** Where that value ends (just after it): what lies between the two is about the value. */
  locateEnd: (path: (string | number)[]) => Position;
  /** The YAML's value before validation, when its syntax is sound: what a file that fails validation meant. */
  value?: unknown;
}

/** Remembers a computed string by key (across builds, in the build: see src/build/diskCache.ts). */
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
      // The core schema whatever a `%YAML 1.1` line asks for (which would make yes true and dates Date objects);
      // duplicate fields are found by refusedYaml, as the library's own search takes time squared in the fields.
      const options = { lineCounter, prettyErrors: false, schema: 'core', uniqueKeys: false } as const;
      parsed = { doc: parseDocument(text, options), lineCounter };
    }
    return parsed;
  };
  const at = (offset: number): Position => {
    const pos = parse().lineCounter.linePos(offset);
    return { line: pos.line + lineOffset, column: pos.col };
  };
  const locate = (path: (string | number)[]) => at(nodeRange(parse().doc, path)[0]);
  const locateEnd = (path: (string | number)[]) => at(nodeRange(parse().doc, path)[1]);

  let syntax: YamlProblem | null | undefined;
  const syntaxProblem = () => (syntax ??= yamlSyntaxProblem(text, () => parse().doc) ?? null);
  // Remembered: the value of a text without syntax problems (JSON holds every value the core schema gives, but
  // infinite numbers, which the schema problems find in the document). No alias is left to expand: refusedYaml
  // refuses them, and `maxAliasCount: 0` makes the library refuse any too.
  const value = (): string => (syntaxProblem() ? '' : JSON.stringify(parse().doc.toJS({ maxAliasCount: 0 }) ?? null));
  const json = remember ? remember(text, value) : value();
  if (!json) {
    const { offset, message, fix } = syntaxProblem()!;
    // Counted in the text, not by the parsed document: a text refused for its size or depth is never parsed.
    const before = text.slice(0, offset).split('\n');
    const position = { line: before.length + lineOffset, column: before.at(-1)!.length + 1 };
    return { problems: [{ file, ...position, message, fix }], locate, locateEnd };
  }
  const input: unknown = JSON.parse(json);
  const result = schema.safeParse(input);
  if (result.success) return { data: result.data, problems: [], locate, locateEnd, value: input };
  const { doc } = parse();

  return {
    locate,
    locateEnd,
    value: input,
    problems: result.error.issues.map((issue) => {
      const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
      const field = path.length ? path.join('.') : say('schema.wholeFile');
      const value = path.reduce<unknown>((parent, key) => (parent as Record<string, unknown> | null)?.[key], input);
      const node = path.length ? doc.getIn(path, true) : doc.contents;
      const where = issue.code === 'unrecognized_keys' ? [...path, issue.keys[0]!] : path;
      const { message, fix } = schemaProblem(issue, value, node);
      const problem = say('schema.field', { field, problem: message });
      return { file, ...locate(where), message: problem, fix, source: 'schema' as const };
    }),
  };
}

/**
 * Why `text` gives no value to validate, in staff's words: too large or deeply nested to parse safely, a YAML
 * syntax error (only the first: the ones after it are usually its echoes, as one tab breaks every line below
 * it), or YAML that content files never use. `doc` parses the text, only when size and depth allow.
 */
function yamlSyntaxProblem(text: string, doc: () => Document): YamlProblem | undefined {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_YAML_BYTES) {
    return {
      offset: 0,
      message: say('yaml.tooLarge', { size: Math.ceil(bytes / 1024), limit: MAX_YAML_BYTES / 1024 }),
      fix: say('fix.splitPasted'),
    };
  }
  const deep = nestingTooDeep(text);
  if (deep !== undefined) {
    return {
      offset: deep,
      message: say('yaml.syntax', { problem: say('yaml.tooDeep', { limit: MAX_YAML_NESTING }) }),
      fix: say('fix.tooDeep'),
    };
  }
  const [error] = doc().errors;
  const problem = error ? explainYamlError(error.code, error.message, error.pos[0], text) : refusedYaml(doc(), text);
  return problem && { ...problem, message: say('yaml.syntax', { problem: problem.message }) };
}

/** Start and end offsets of the deepest node on `path` that exists (a missing key points at its parent). */
function nodeRange(doc: Document, path: (string | number)[]): [number, number] {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return [node.range[0], node.range[1]];
    if (depth === 0 && doc.contents?.range) return [doc.contents.range[0], doc.contents.range[1]];
  }
  return [0, 0];
}
