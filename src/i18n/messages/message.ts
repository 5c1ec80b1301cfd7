import { MESSAGES } from './catalogue.ts';

/** The languages messages are written in: Simplified Chinese for the office, English for developers. */
export const MESSAGE_LANGUAGES = ['zh-hans', 'en'] as const;
export type MessageLanguage = (typeof MESSAGE_LANGUAGES)[number];

export type MessageCode = keyof typeof MESSAGES;

/** Why the import took a line out of a pasted page (the report lists it). */
export type RemovalCode = Extract<MessageCode, `removed.${string}`>;

/** Why the import did not tally a number (the report counts them). */
export type SkipCode = Extract<MessageCode, `skipped.${string}`>;

/** A text to show, by its code and parameters: put into words only when shown, in the reader's language. */
export interface Message {
  readonly code: MessageCode;
  readonly params: Readonly<Record<string, MessageParam>>;
}

/** Lists are joined, messages put into words, in the language of the text they fill. */
export type MessageParam = string | number | Message | readonly (string | number | Message)[];

/** The `{name}`s of a text: a `{` starts a name only when a word of letters and digits follows it up to its `}`. */
type Placeholders<Text> = Text extends `${string}{${infer Inner}}${infer Rest}`
  ? NameIn<Inner> | Placeholders<Rest>
  : never;
type NameIn<Inner> = Inner extends `${string}{${infer After}`
  ? NameIn<After>
  : Inner extends '' | `${string}${' ' | '.' | '…' | ':' | '/' | ',' | '-'}${string}`
    ? never
    : Inner;

type ParamsIn<C extends MessageCode, L extends MessageLanguage> = Placeholders<(typeof MESSAGES)[C][L]>;
export type ParamName<C extends MessageCode> = ParamsIn<C, 'zh-hans'> | ParamsIn<C, 'en'>;

/** Codes whose texts take different parameters in the two languages: `say` refuses them (a type error). */
type Mismatched = {
  [C in MessageCode]: [ParamsIn<C, 'zh-hans'>] extends [ParamsIn<C, 'en'>]
    ? [ParamsIn<C, 'en'>] extends [ParamsIn<C, 'zh-hans'>]
      ? never
      : C
    : C;
}[MessageCode];

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The parameters a text takes, as the catalogue test compares them between languages. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].sort();
}

/**
 * The message `code` with its parameters. A parameter missing or misnamed is a type error, and so is a code whose
 * two texts disagree on their parameters.
 */
export function say<C extends Exclude<MessageCode, Mismatched>>(
  code: C,
  ...params: [ParamName<C>] extends [never] ? [] : [Record<ParamName<C>, MessageParam>]
): Message {
  return { code, params: params[0] ?? {} };
}

/** Whether `text` is a code of the catalogue (a schema's own message may name one). */
export function isMessageCode(text: string): text is MessageCode {
  return Object.hasOwn(MESSAGES, text);
}

/** `items` said as alternatives: "an article or a photo". */
export function either(items: readonly MessageParam[]): MessageParam {
  return items.reduce((first, second) => say('list.or', { first, second }));
}

const LIST_SEPARATOR: Record<MessageLanguage, string> = { 'zh-hans': '、', en: ', ' };

/** `message` in words, in `language`. */
export function render(message: Message, language: MessageLanguage): string {
  const text: string = MESSAGES[message.code][language];
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = message.params[name];
    if (value === undefined) return whole;
    return said(value, language);
  });
}

/** The office's own language: messages are in it unless asked otherwise, and the files it keeps always are. */
export const OFFICE_LANGUAGE: MessageLanguage = 'zh-hans';

/**
 * `message` in words for a file the office keeps (an imported article, a draft tally): always in its language,
 * whatever language the report around it is in.
 */
export function inOfficeLanguage(message: Message): string {
  return render(message, OFFICE_LANGUAGE);
}

function said(value: MessageParam, language: MessageLanguage): string {
  if (typeof value !== 'object') return String(value);
  if ('code' in value) return render(value, language);
  return value.map((item) => said(item, language)).join(LIST_SEPARATOR[language]);
}

/**
 * The language to write messages in: `--lang en` on the command line, else GONGSHI_LANG, else Simplified Chinese.
 * An unknown language is refused rather than ignored, so a mistyped one is noticed.
 */
export function chosenLanguage(
  args: readonly string[] = process.argv,
  env: Readonly<Record<string, string | undefined>> = process.env,
): MessageLanguage {
  const flag = args.indexOf('--lang');
  const asked = flag >= 0 ? args[flag + 1] : env.GONGSHI_LANG || undefined;
  if (asked === undefined) return OFFICE_LANGUAGE;
  if ((MESSAGE_LANGUAGES as readonly string[]).includes(asked)) return asked as MessageLanguage;
  throw new Error(`--lang / GONGSHI_LANG: "${asked}" is not one of ${MESSAGE_LANGUAGES.join(', ')}`);
}

/** `args` without `--lang` and its value: what a script reads as its own arguments. */
export function withoutLanguage(args: readonly string[]): string[] {
  const flag = args.indexOf('--lang');
  return flag < 0 ? [...args] : [...args.slice(0, flag), ...args.slice(flag + 2)];
}
