import { isMessageCode, say, type Message, type MessageParam } from '../../i18n/messages/message.ts';
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
const TYPE_WORDS: Record<string, Message> = {
  string: say('type.text'),
  number: say('type.number'),
  boolean: say('type.boolean'),
  object: say('type.object'),
  array: say('type.array'),
};

const NUMBER_FIX = say('fix.digitsOnly');

type Said = { message: Message; fix: Message };

/** A schema's own problem (a refinement's): its message and fix, as src/lib/schema/ gives them in `params`. */
export function schemaIssue(message: Message, fix: Message = say('fix.asMessageSays')): { params: Said } {
  return { params: { message, fix } };
}

/**
 * A schema problem in staff's words, naming the value they wrote. `value` is what was validated (JSON's: an
 * infinite number is null there); `node` is the YAML node it came from, which knows how a number was written
 * (`1e309`, `.nan`) and whether a comment took the place of a value.
 */
export function schemaProblem(issue: z.core.$ZodIssue, value: unknown, node: unknown): Said {
  const scalar = isScalar(node) ? node : undefined;
  if (typeof scalar?.value === 'number' && !Number.isFinite(scalar.value)) {
    return { message: say('schema.notRealNumber', { value: scalar.source ?? String(scalar.value) }), fix: NUMBER_FIX };
  }
  if (issue.code === 'invalid_value' && (value === undefined || value === null)) {
    const needed = say('type.oneOf', { allowed: issue.values.map(String) });
    return value === undefined
      ? { message: say('schema.missing'), fix: say('fix.addFieldWith', { needed }) }
      : noValue(needed, scalar);
  }
  switch (issue.code) {
    case 'invalid_type':
      return wrongType(issue, value, scalar);
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const guess = typeof value === 'string' ? didYouMean(value, allowed, LABEL_ALIASES) : undefined;
      return {
        message: say('schema.unknownValue', { value: written(value, scalar) }),
        fix: guess ? say('fix.didYouMean', { guess }) : say('fix.useOneOf', { allowed }),
      };
    }
    case 'invalid_format':
      return badFormat(issue, value);
    case 'too_small':
      return tooSmall(issue, value);
    case 'unrecognized_keys':
      return {
        message: say('schema.unknownFields', { keys: issue.keys.map((key) => `"${key}"`) }),
        fix: say('fix.unknownFields', { keys: issue.keys }),
      };
    case 'custom':
      return issue.params as Said;
    default:
      return {
        message: say('schema.notAccepted', { value: written(value, scalar) }),
        fix: say('fix.compareWorkingFile'),
      };
  }
}

function wrongType(
  issue: z.core.$ZodIssueInvalidType,
  value: unknown,
  scalar: { source?: string; comment?: string | null } | undefined,
): Said {
  const needed = TYPE_WORDS[issue.expected] ?? issue.expected;
  if (value === undefined) return { message: say('schema.missingType', { needed }), fix: say('fix.addField') };
  if (issue.path.length === 0) {
    return {
      message:
        value === null
          ? say('schema.noFields')
          : Array.isArray(value)
            ? say('schema.fileIsList')
            : say('schema.fileIsValue', { value: written(value, scalar) }),
      fix: say('fix.oneFieldPerLine'),
    };
  }
  if (value === null) return noValue(needed, scalar);
  return {
    message: say('schema.wrongType', { value: written(value, scalar), needed }),
    fix: typeFix(issue.expected, value, scalar),
  };
}

/** A field written with no value: nothing after its colon, only a comment, or YAML's words for nothing (~, null). */
function noValue(needed: MessageParam, scalar: { source?: string; comment?: string | null } | undefined): Said {
  if (scalar?.source) {
    return {
      message: say('schema.nullWord', { word: scalar.source }),
      fix: say('fix.nullWord', { needed, word: scalar.source }),
    };
  }
  return {
    message: say('schema.noValue'),
    fix: scalar?.comment ? say('fix.valueAfterColonComment', { needed }) : say('fix.valueAfterColon', { needed }),
  };
}

function typeFix(expected: string, value: unknown, scalar: { source?: string } | undefined): Message {
  const kind = Array.isArray(value) ? TYPE_WORDS.array : typeof value === 'object' ? TYPE_WORDS.object : undefined;
  switch (expected) {
    case 'number':
      return typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value)
        ? say('fix.removeQuotes', { value: value.trim() })
        : NUMBER_FIX;
    case 'string':
      return kind ? say('fix.textNotKind', { kind }) : say('fix.quoteIt', { value: scalar?.source ?? String(value) });
    case 'array':
      return kind ? say('fix.listLines') : say('fix.listExample', { value: String(value) });
    case 'object':
      return say('fix.fieldsBelow');
    case 'boolean':
      return say('fix.trueOrFalse');
    default:
      return say('fix.writeType', { needed: TYPE_WORDS[expected] ?? expected });
  }
}

function badFormat(issue: z.core.$ZodIssueInvalidStringFormat, value: unknown): Said {
  const text = typeof value === 'string' ? value : String(value);
  if (issue.format === 'date') {
    const date = parseFullDate(text)?.iso;
    return {
      message: say('schema.badDate', { value: text }),
      fix: date && date !== text ? say('fix.dateFormatAs', { date }) : say('fix.dateFormat'),
    };
  }
  if (issue.format === 'regex') {
    // Names are the one pattern content has: the value made to fit it shows what one looks like.
    const name = suggestName(text);
    return {
      message: say('schema.badName', { value: text }),
      fix: name ? say('fix.slugPatternExample', { example: name }) : say('fix.slugPattern'),
    };
  }
  return {
    message: say('schema.badFormat', { value: text, format: issue.format }),
    fix: say('fix.validFormat', { format: issue.format }),
  };
}

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): Said {
  if (issue.origin === 'number') {
    return {
      message: say('schema.tooSmall', { value: String(value), minimum: Number(issue.minimum) }),
      fix: say('fix.atLeast', { minimum: Number(issue.minimum) }),
    };
  }
  // A schema's own message is the code of a fix saying what to write (zod's own starts "Too small").
  const own: Message | undefined = isMessageCode(issue.message) ? { code: issue.message, params: {} } : undefined;
  return issue.origin === 'array'
    ? { message: say('schema.emptyList'), fix: own ?? say('fix.addItem') }
    : { message: say('schema.emptyText'), fix: own ?? say('fix.writeText') };
}

/** The value as written: numbers as in the file (1e309, 0x10), text in quotes, long values cut short. */
function written(value: unknown, scalar: { source?: string } | undefined): string {
  const shown = typeof value === 'number' && scalar?.source ? scalar.source : (JSON.stringify(value) ?? String(value));
  return shown.length > 40 ? `${shown.slice(0, 39)}…` : shown;
}
