import type { ErrorCode } from 'yaml';

/** A YAML mistake in staff's words, at the offset of the text where it is. */
export interface YamlProblem {
  offset: number;
  message: string;
  fix: string;
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
      return { offset, message: 'a tab is used to indent this line', fix: 'indent with spaces, not tabs' };
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
        message: `this ${bracket === ']' ? '[' : '{'} is never closed`,
        fix: `add ${bracket} at the end of the list, on the same line`,
      };
    }
    case 'UNEXPECTED_TOKEN':
      return unexpected(offset, text);
    case 'MULTIPLE_DOCS':
      return {
        offset,
        message: 'a second document starts here (after a line of --- or ...)',
        fix: 'remove that line: a file holds one document',
      };
    case 'BAD_DQ_ESCAPE': {
      const sequence = /sequence (.*)$/.exec(libraryMessage)?.[1] ?? '\\';
      return {
        offset,
        message: `the backslash in ${sequence} cannot stand inside "double quotes"`,
        fix: "write \\\\ for a backslash, or put the value in 'single quotes' instead",
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
    message: `a value cannot start with ${character} unless it is in quotes`,
    fix: `put the whole value in quotes: ${quoted(text.slice(offset, lineEnd(text, offset)))}`,
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
      message: 'this quote is never closed',
      fix: `end the text with ${quote}, or remove the opening ${quote}`,
    };
  }
  if (libraryMessage.startsWith('Implicit map keys')) return noColon(offset, text);
  if (libraryMessage.startsWith('Missing ,')) {
    return {
      offset,
      message: 'the items in [ ] or { } are not separated by commas',
      fix: 'write a comma between items, e.g. [防疫, 物资]; an item holding spaces or quotes goes in quotes',
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
    message: 'this value holds ": ", which reads as the start of another field',
    fix: `put the whole value in quotes: ${quoted(value)}`,
  };
}

/** A line with no ": " between a field's name and its value: often a Chinese colon, or no space after the colon. */
function noColon(offset: number, text: string): YamlProblem {
  const line = text.slice(lineStart(text, offset), lineEnd(text, offset));
  return {
    offset,
    message: 'there is no ": " after the field name',
    fix: line.includes('：')
      ? 'use the plain colon : followed by a space, not the Chinese ：'
      : 'write the field name, a colon and a space, then the value, e.g. unit: 只',
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
      message: `the text goes on after its closing quote ${previous}`,
      fix: `for quotation marks inside the text use “ ”, or put the whole value in ${previous === '"' ? "single quotes '…'" : 'double quotes "…"'}`,
    };
  }
  if (previous === '|' || previous === '>') {
    return {
      offset,
      message: `text cannot follow ${previous} on the same line`,
      fix: `put the whole value in quotes: a value starting with ${previous} means text on the lines below`,
    };
  }
  if (character === ']' || character === '}') {
    return { offset, message: `this ${character} closes nothing`, fix: 'remove it, or put the whole value in quotes' };
  }
  if (character === '-') {
    return {
      offset,
      message: 'a list item ("- ") must start its own line',
      fix: 'move it to the next line, indented under the field name, or put the whole value in quotes',
    };
  }
  if (previous === ']' || previous === '}') {
    return {
      offset,
      message: `the text goes on after the closing ${previous}`,
      fix: 'a value starting with [ or { is a list or group: put the whole value in quotes',
    };
  }
  return unreadableLine(offset);
}

/** An over-indented line is reported by the yaml library at the end of the line above it: point at the line. */
function indentation(offset: number, code: string, text: string): YamlProblem {
  const next = text.indexOf('\n', offset) + 1;
  return {
    offset: next > 0 && code === 'BLOCK_AS_IMPLICIT_KEY' ? next + /^ */.exec(text.slice(next))![0].length : offset,
    message: 'this line is indented differently from the lines around it',
    fix: 'line the field up with the fields above it, using spaces',
  };
}

/** The rare mistakes without a better explanation: what every line must look like, and when quotes are needed. */
function unreadableLine(offset: number): YamlProblem {
  return {
    offset,
    message: 'this line cannot be read as "field: value"',
    fix: `compare it with a working file in content/; a value starting with one of ${INDICATORS.split('').join(' ')} goes in quotes`,
  };
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
