import { say, type Message } from '../../i18n/messages/message.ts';
import type { ErrorCode } from 'yaml';

/** A YAML mistake in staff's words, at the offset of the text where it is. */
export interface YamlProblem {
  offset: number;
  message: Message;
  fix: Message;
}

/** Characters a YAML value may not start with unless it is quoted: they mean something else there. */
const INDICATORS = '"\'[]{}*&!|>%@`,#';

/**
 * Plain words for the YAML library's error `code`, placed where the mistake is: the library reports an unclosed
 * quote at the end of the file and an over-indented line at the line above it, and words its messages for
 * programmers ("Unexpected scalar at node end"), so none of its wording reaches staff.
 */
export function explainYamlError(code: ErrorCode, libraryMessage: string, offset: number, text: string): YamlProblem {
  switch (code) {
    case 'TAB_AS_INDENT':
      return { offset, message: say('yaml.tab'), fix: say('fix.spacesNotTabs') };
    case 'BLOCK_AS_IMPLICIT_KEY':
      return colonInValue(offset, text) ?? indentation(offset, code, text);
    case 'MULTILINE_IMPLICIT_KEY':
      // A line without ": " runs on into the next field's name, unless it was the next line's indent that did it.
      return /:(?:\s|$)/.test(text.slice(offset, lineEnd(text, offset)))
        ? indentation(offset, code, text)
        : noColon(offset, text);
    case 'MISSING_CHAR':
      return missingCharacter(libraryMessage, offset, text);
    case 'BAD_INDENT': {
      const bracket = /end with an? ([\]}])/.exec(libraryMessage)?.[1];
      if (!bracket) return indentation(offset, code, text);
      return {
        offset: Math.max(0, text.lastIndexOf(bracket === ']' ? '[' : '{', offset)),
        message: say('yaml.bracketNotClosed', { bracket: bracket === ']' ? '[' : '{' }),
        fix: say('fix.closeBracket', { bracket }),
      };
    }
    case 'UNEXPECTED_TOKEN':
      return unexpected(offset, text);
    case 'MULTIPLE_DOCS':
      return {
        offset,
        message: say('yaml.secondDocument'),
        fix: say('fix.oneDocument'),
      };
    case 'BAD_DQ_ESCAPE': {
      const sequence = /sequence (.*)$/.exec(libraryMessage)?.[1] ?? '\\';
      return {
        offset,
        message: say('yaml.badEscape', { sequence }),
        fix: say('fix.backslash'),
      };
    }
    default:
      return startsWithIndicator(offset, text) ?? unreadableLine(offset);
  }
}

/** A value starting with a character YAML reads as syntax (@, `, %, &, *, !…), which quotes make plain text. */
export function startsWithIndicator(offset: number, text: string): YamlProblem | undefined {
  const character = text[offset];
  if (character === undefined || !INDICATORS.includes(character)) return undefined;
  return {
    offset,
    message: say('yaml.indicatorStart', { character }),
    fix: say('fix.putInQuotes', { quoted: quoted(text.slice(offset, lineEnd(text, offset))) }),
  };
}

/** The start of a value as it would be written in quotes, for an example in a fix. */
function quoted(value: string): string {
  const start = value.trim().length > 12 ? `${value.trim().slice(0, 12)}…` : value.trim();
  return start.includes('"') ? `'${start}'` : `"${start}"`;
}

function missingCharacter(libraryMessage: string, offset: number, text: string): YamlProblem {
  const quote = /closing (["'])/.exec(libraryMessage)?.[1];
  if (quote) {
    return {
      offset: Math.max(0, text.lastIndexOf(quote, offset - 1)),
      message: say('yaml.quoteNotClosed'),
      fix: say('fix.closeQuote', { quote }),
    };
  }
  if (libraryMessage.startsWith('Implicit map keys')) return noColon(offset, text);
  if (libraryMessage.startsWith('Missing ,')) {
    return {
      offset,
      message: say('yaml.noCommas'),
      fix: say('fix.commas'),
    };
  }
  return unreadableLine(offset);
}

/** A value after a field name holding ": " itself (read as a field inside it), not a line indented under it. */
function colonInValue(offset: number, text: string): YamlProblem | undefined {
  const value = text.slice(offset, lineEnd(text, offset));
  if (!text.slice(lineStart(text, offset), offset).trim() || !/:(?:\s|$)/.test(value)) return undefined;
  return {
    offset,
    message: say('yaml.colonInValue'),
    fix: say('fix.putInQuotes', { quoted: quoted(value) }),
  };
}

/** A line with no ": " between a field's name and its value: often a Chinese colon, or no space after the colon. */
function noColon(offset: number, text: string): YamlProblem {
  const line = text.slice(lineStart(text, offset), lineEnd(text, offset));
  return {
    offset,
    message: say('yaml.noColon'),
    fix: line.includes('：') ? say('fix.plainColon') : say('fix.fieldColonValue'),
  };
}

/** Something after a value is complete: text after its closing quote or bracket, a stray bracket, a misplaced -. */
function unexpected(offset: number, text: string): YamlProblem {
  const before = text.slice(lineStart(text, offset), offset).trimEnd();
  if (before.trim() === '') return indentation(offset, 'UNEXPECTED_TOKEN', text);
  const previous = before.at(-1)!;
  const character = text[offset]!;
  if (previous === '"' || previous === "'") {
    return {
      offset,
      message: say('yaml.textAfterQuote', { quote: previous }),
      fix: previous === '"' ? say('fix.innerQuotesSingle') : say('fix.innerQuotesDouble'),
    };
  }
  if (previous === '|' || previous === '>') {
    return {
      offset,
      message: say('yaml.textAfterBlockIndicator', { character: previous }),
      fix: say('fix.blockIndicator', { character: previous }),
    };
  }
  if (character === ']' || character === '}') {
    return { offset, message: say('yaml.closesNothing', { character }), fix: say('fix.removeOrQuote') };
  }
  if (character === '-') {
    return {
      offset,
      message: say('yaml.listItemInline'),
      fix: say('fix.listItemOwnLine'),
    };
  }
  if (previous === ']' || previous === '}') {
    return {
      offset,
      message: say('yaml.textAfterClosing', { bracket: previous }),
      fix: say('fix.bracketValue'),
    };
  }
  return unreadableLine(offset);
}

/** An over-indented line is reported by the yaml library at the end of the line above it: point at the line. */
function indentation(offset: number, code: string, text: string): YamlProblem {
  const next = text.indexOf('\n', offset) + 1;
  return {
    offset: next > 0 && code === 'BLOCK_AS_IMPLICIT_KEY' ? next + /^ */.exec(text.slice(next))![0].length : offset,
    message: say('yaml.badIndentation'),
    fix: say('fix.alignField'),
  };
}

/** The rare mistakes without a better explanation: what every line must look like, and when quotes are needed. */
function unreadableLine(offset: number): YamlProblem {
  return {
    offset,
    message: say('yaml.unreadableLine'),
    fix: say('fix.unreadableLine', { indicators: INDICATORS.split('').join(' ') }),
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
