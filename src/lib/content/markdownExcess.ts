import { say, type Message } from '../../i18n/messages/message.ts';
/**
 * Limits on what an article's Markdown may pile up, far beyond any real article, because the Markdown parser's time
 * grows faster than the text in these shapes (measured: 50,000 `[` in one paragraph took it 39 s, 5,000 nested `>`
 * 2 s, and the time grows with the square of the count). Astro parses every article before our check runs, so one
 * hostile article would stall every build: the build looks for these first (see articlesThatStallAstro).
 */
export const MARKDOWN_LIMITS = {
  /** Characters in an article's text: a long report is some 20,000. */
  characters: 100_000,
  /** Quotes and lists inside each other on one line, or list items indented that deep. */
  nesting: 16,
  /** `[` in one paragraph: links, photos and [[…|…]] corrections need a few each. */
  bracketsPerParagraph: 400,
} as const;

export interface MarkdownExcess {
  /** Where in the text the limit is passed, from 1. */
  line: number;
  column: number;
  message: Message;
  fix: Message;
}

/** A container marker at the start of a line: a quote `>`, or a list item `-`, `*`, `+`, `1.`, `1)`. */
const MARKER = /[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/y;

/** The first place `text` (an article's Markdown) passes a limit, or undefined. */
export function markdownExcess(text: string): MarkdownExcess | undefined {
  if (text.length > MARKDOWN_LIMITS.characters) {
    const before = text.slice(0, MARKDOWN_LIMITS.characters);
    return {
      line: before.split('\n').length,
      column: before.length - before.lastIndexOf('\n'),
      message: say('article.tooLong', { length: text.length, limit: MARKDOWN_LIMITS.characters }),
      fix: say('fix.splitArticle'),
    };
  }
  let brackets = 0;
  let lineStart = 0;
  for (let lineNumber = 1; lineStart <= text.length; lineNumber++) {
    const lineEnd = text.indexOf('\n', lineStart) === -1 ? text.length : text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd);
    if (!line.trim()) brackets = 0; // a blank line ends the paragraph
    const depth = nestingOf(line);
    if (depth > MARKDOWN_LIMITS.nesting) {
      return {
        line: lineNumber,
        column: 1,
        message: say('article.nestedTooDeep', { depth, limit: MARKDOWN_LIMITS.nesting }),
        fix: say('fix.plainParagraphs'),
      };
    }
    for (let i = line.indexOf('['); i !== -1; i = line.indexOf('[', i + 1)) {
      if (++brackets > MARKDOWN_LIMITS.bracketsPerParagraph) {
        return {
          line: lineNumber,
          column: i + 1,
          message: say('article.tooManyBrackets', { limit: MARKDOWN_LIMITS.bracketsPerParagraph }),
          fix: say('fix.removeBrackets'),
        };
      }
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

/** Quote and list markers at the start of a line, and list items indented as deep (two spaces a level). */
function nestingOf(line: string): number {
  let depth = 0;
  MARKER.lastIndex = 0;
  while (MARKER.exec(line)) depth++;
  const indent = /^ */.exec(line)![0].length;
  return depth && indent >= 4 ? depth + Math.floor(indent / 2) : depth;
}
