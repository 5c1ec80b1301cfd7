import { isScalar } from 'yaml';
import type { z } from 'zod';
import { CATEGORIES, KINDS } from '../../config/categories.ts';
import { parseFullDate } from '../numbers/parseFullDate.ts';
import { didYouMean } from './didYouMean.ts';
import { suggestName } from './suggestName.ts';

/** Staff may write a category or kind by its Chinese label (口罩, 发放): suggest the id it stands for. */
const LABEL_ALIASES: Record<string, string> = Object.fromEntries(
  [...CATEGORIES, ...KINDS].map((item) => [item.label, item.id]),
);

/** zod's names of types, in the words staff use. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  object: 'a group of fields',
  array: 'a list',
};

const NUMBER_FIX = 'write the number in digits only, e.g. 30000 (no 万, 余 or unit)';

/**
 * A schema problem in staff's words, naming the value they wrote. `value` is what was validated (JSON's: an
 * infinite number is null there); `node` is the YAML node it came from, which knows how a number was written
 * (`1e309`, `.nan`) and whether a comment took the place of a value.
 */
export function schemaProblem(
  issue: z.core.$ZodIssue,
  value: unknown,
  node: unknown,
): { message: string; fix: string } {
  const scalar = isScalar(node) ? node : undefined;
  if (typeof scalar?.value === 'number' && !Number.isFinite(scalar.value)) {
    return { message: `${scalar.source ?? String(scalar.value)} is too large or not a real number`, fix: NUMBER_FIX };
  }
  if (issue.code === 'invalid_value' && (value === undefined || value === null)) {
    const needed = `one of: ${issue.values.join(', ')}`;
    return value === undefined
      ? { message: 'missing', fix: `add this field, with ${needed}` }
      : noValue(needed, scalar);
  }
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue, value, scalar);
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed, LABEL_ALIASES) : undefined;
      return {
        message: `unknown value ${written(value, scalar)}`,
        fix: guess ? `did you mean "${guess}"?` : `use one of: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_format':
      return badFormat(issue, value);
    case 'too_small':
      return tooSmall(issue, value);
    case 'unrecognized_keys':
      return {
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`,
        fix: `remove or correct the unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}`,
      };
    case 'custom':
      return {
        message: issue.message,
        fix: typeof issue.params?.fix === 'string' ? issue.params.fix : 'correct the value as the message says',
      };
    default:
      return {
        message: `${written(value, scalar)} is not accepted here`,
        fix: 'compare it with a working file in content/',
      };
  }
}

function wrongType(
  issue: z.core.$ZodIssueInvalidType,
  value: unknown,
  scalar: { source?: string; comment?: string | null } | undefined,
): { message: string; fix: string } {
  const needed = TYPE_WORDS[issue.expected] ?? issue.expected;
  if (value === undefined) return { message: `missing (${needed} is needed)`, fix: 'add this field' };
  if (issue.path.length === 0) {
    return {
      message:
        value === null
          ? 'there are no fields here'
          : Array.isArray(value)
            ? 'the file is a list ("- " lines), where fields are needed'
            : `the file holds only ${written(value, scalar)}, where fields are needed`,
      fix: 'write one field per line, as "name: value" (compare with a working file in content/)',
    };
  }
  if (value === null) return noValue(needed, scalar);
  return { message: `${written(value, scalar)} is not ${needed}`, fix: typeFix(issue.expected, value, scalar) };
}

/** A field written with no value: nothing after its colon, only a comment, or YAML's words for nothing (~, null). */
function noValue(needed: string, scalar: { source?: string; comment?: string | null } | undefined) {
  if (scalar?.source) {
    return {
      message: `${scalar.source} means "no value" in YAML`,
      fix: `write ${needed} here, or put "${scalar.source}" in quotes if that is the text meant`,
    };
  }
  return {
    message: 'no value is written after the colon',
    fix: scalar?.comment
      ? `write ${needed} after the colon; a value starting with # is a comment unless it is in quotes`
      : `write ${needed} after the colon, or remove the line`,
  };
}

function typeFix(expected: string, value: unknown, scalar: { source?: string } | undefined): string {
  const kind = Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a group of fields' : undefined;
  switch (expected) {
    case 'number':
      return typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)
        ? `remove the quotes: ${value.trim()}`
        : NUMBER_FIX;
    case 'string':
      return kind ? `write the text itself, not ${kind}` : `put it in quotes: "${scalar?.source ?? String(value)}"`;
    case 'array':
      return kind ? 'write the list as "- item" lines or [item, item]' : `write a list, e.g. [${String(value)}]`;
    case 'object':
      return 'write its fields on the lines below it, indented, one "name: value" per line';
    case 'boolean':
      return 'write true or false';
    default:
      return `write ${TYPE_WORDS[expected] ?? expected} here`;
  }
}

function badFormat(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown): { message: string; fix: string } {
  const text = typeof value === 'string' ? value : String(value);
  if (issue.format === 'date') {
    const date = parseFullDate(text)?.iso;
    return {
      message: `"${text}" is not a valid date`,
      fix: date && date !== text ? `write the date as YYYY-MM-DD: ${date}` : 'write the date as YYYY-MM-DD',
    };
  }
  if (issue.format === 'regex') {
    // The schema's message says what the pattern allows; the value made to fit it shows what that looks like.
    const name = suggestName(text);
    return { message: `"${text}" is not a valid name`, fix: name ? `${issue.message}, e.g. ${name}` : issue.message };
  }
  return { message: `"${text}" is not a valid ${issue.format}`, fix: `write a valid ${issue.format}` };
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): { message: string; fix: string } {
  if (issue.origin === 'number') {
    return { message: `${String(value)} is less than ${issue.minimum}`, fix: `use a number ≥ ${issue.minimum}` };
  }
  // zod's own wording starts "Too small"; a schema's own message says what to write, in staff's words.
  const own = issue.message.startsWith('Too small') ? undefined : issue.message;
  return issue.origin === 'array'
    ? { message: 'the list is empty', fix: own ?? 'add at least one item' }
    : { message: 'the text is empty', fix: own ?? 'write the text, or remove the field if it is not needed' };
}

/** The value as written: numbers as in the file (1e309, 0x10), text in quotes, long values cut short. */
function written(value: unknown, scalar: { source?: string } | undefined): string {
  const shown = typeof value === 'number' && scalar?.source ? scalar.source : (JSON.stringify(value) ?? String(value));
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
}
