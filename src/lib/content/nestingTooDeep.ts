import { Lexer, Parser } from 'yaml';

/**
 * Deeper than any content file needs (a tally entry's fields sit 5 levels down, counting the document). The yaml
 * library builds a document by recursion and slows down sharply with depth: 100 KB of `[` takes it seconds.
 */
export const MAX_YAML_NESTING = 16;

/**
 * Where `text` first nests deeper than MAX_YAML_NESTING (lists and groups of fields inside each other), or
 * undefined. Reads the text with the library's own parser, whose stack is the nesting, and stops there: a file of
 * nothing but `[[[[…` is refused after a few characters instead of being parsed.
 */
export function nestingTooDeep(text: string): number | undefined {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    const start = parser.offset;
    // Draining the generator advances the parser; the finished documents it yields are not needed here.
    for (const token of parser.next(lexeme)) void token;
    if (parser.stack.length > MAX_YAML_NESTING) return start;
  }
  return undefined;
}
