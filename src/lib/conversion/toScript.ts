import { WRITTEN_VARIANT, type OpenccVariant, type Script } from '../../config/locales.ts';
import { convertQuotes, HARD_BREAK, hasOtherQuotes, SOFT_BREAK } from './convertQuotes.ts';
import type { ScriptConverter } from './createConverter.ts';
import { detectScript, type DetectedScript } from './detectScript.ts';
import { escapeHtml } from './escapeHtml.ts';
import { glossaryWords } from './glossaryWords.ts';

const BREAKS = `${SOFT_BREAK}${HARD_BREAK}`;
/**
 * Inline overrides for one-off cases in an article: `[[简体|繁體]]` (Simplified form | Traditional form) and
 * `[[=文字]]` (keep exactly). No brackets, bars or break characters inside, so they stay on one line of text.
 */
export const OVERRIDE = new RegExp(
  `\\[\\[(?:=([^[\\]${BREAKS}]*)|([^[\\]|${BREAKS}]+)\\|([^[\\]|${BREAKS}]+))\\]\\]`,
  'gu',
);
/** Private-use characters: OpenCC has no mapping for them, so a placeholder passes through untouched. */
const PUA = /[\uE000-\uF8FF]/gu;
const PUA_FIRST = 0xe000;
const PUA_COUNT = 0xf8ff - 0xe000 + 1;

/** How to convert, besides into which script. */
export interface ConversionOptions {
  /**
   * The OpenCC variant of the target script the text should end in (a locale's `opencc`): by default the one the
   * script is written in (WRITTEN_VARIANT), so text in that script stays as written. Another (Hong Kong Traditional)
   * is made from that: the text as the written variant shows it (Taiwan Traditional), then OpenCC from it, so the
   * two locales of a script say the same, each in its own forms.
   */
  variant?: OpenccVariant;
  /**
   * The text is a piece of HTML (see toScriptHtml), so glossary forms, which come from outside it, go in escaped; an
   * override's forms are the HTML's own text and go back as they were.
   */
  inHtml?: boolean;
}

/**
 * `text` in the `target` script. `from`: the script the text is known to be written in (an article's, which the
 * content check verified), so it need not be detected. Converts only when the text is in the other script (or mixed): running t2s
 * over Simplified damages it (乾安县 → 干安县), and Traditional text shown as Traditional stays as written.
 * Glossary words and overrides are swapped for placeholders before OpenCC runs and get their target form
 * back afterwards; quotation marks follow the target locale. (The build keeps results: src/build/.)
 */
export function toScript(
  text: string,
  target: Script,
  converter: ScriptConverter,
  from?: Script,
  { variant = WRITTEN_VARIANT[target], inHtml = false }: ConversionOptions = {},
): string {
  const written = inWrittenVariant(text, target, converter, from, inHtml);
  return variant === WRITTEN_VARIANT[target] ? written : converter.convert(written, WRITTEN_VARIANT[target], variant);
}

function inWrittenVariant(
  text: string,
  target: Script,
  converter: ScriptConverter,
  from: Script | undefined,
  inHtml: boolean,
): string {
  if (from === target && unchangedInOwnScript(text, target, converter)) return text;

  // Placeholder i stands for values[i]; identical values share one placeholder.
  const values: string[] = [];
  const slot = new Map<string, string>();
  const hold = (value: string): string => {
    let ph = slot.get(value);
    if (ph === undefined) {
      if (values.length >= PUA_COUNT) throw new Error('toScript: more than 6,400 protected words in one text');
      ph = String.fromCharCode(PUA_FIRST + values.length);
      values.push(value);
      slot.set(value, ph);
    }
    return ph;
  };

  // Private-use characters already in the text are protected as themselves, so every one left is ours.
  let work = text.replace(PUA, (c) => hold(c));
  work = work.replace(OVERRIDE, (_m, keep: string | undefined, hans: string | undefined, hant: string | undefined) =>
    hold(keep ?? (target === 'hans' ? hans! : hant!)),
  );

  // Detect before the glossary is held, so glossary words still count as evidence of the script.
  const script = from ?? scriptOf(work, target, converter);
  // Glossary words get their target form where they stand as whole words (glossaryWords). Text shown in its own
  // script, which OpenCC does not touch, changes only where the form is wrong there (乾部, an `avoid` form).
  const found = glossaryWords(work, converter, script === target ? target : undefined);
  if (found.length) {
    let held = '';
    let last = 0;
    for (const { index, form } of found) {
      const value = converter.glossaryByForm.get(form)![target];
      held += work.slice(last, index) + hold(inHtml ? escapeHtml(value) : value);
      last = index + form.length;
    }
    work = held + work.slice(last);
  }
  if (script !== 'neutral' && script !== target) {
    work = target === 'hans' ? converter.t2s(work) : converter.s2t(work);
  }
  work = convertQuotes(work, target);
  return values.length ? work.replace(PUA, (c) => values[c.charCodeAt(0) - PUA_FIRST]!) : work;
}

/**
 * Whether `toScript(text, target, converter, target)` returns `text` itself: a text known to be in the target
 * script changes only by an override, a glossary form wrong in that script (the other script's, `avoid`), or the
 * other script's quotation marks. Three scans, where converting would hold, replace and rebuild the whole text
 * (a wrong form found inside a longer word sends the text that way too, and it comes back unchanged).
 */
export function unchangedInOwnScript(text: string, target: Script, converter: ScriptConverter): boolean {
  return !text.includes('[[') && !hasOtherQuotes(text, target) && !converter.glossaryChanging[target]?.test(text);
}

/**
 * The script of `text`, with an exact shortcut first: evidence of the other script is a character that conversion
 * TOWARD the target changes, so if that conversion changes nothing the verdict is the target or neutral and OpenCC
 * would not run (a page in the script it was written in skips the reverse pass). Per character it would not be
 * exact: 只 alone stays 只 in cn→tw, but 一千只 becomes 一千隻, and tw→cn keeps 乾 in 乾隆 but not alone — only
 * the whole text's conversion counts.
 */
function scriptOf(text: string, target: Script, converter: ScriptConverter): DetectedScript {
  const unchanged = (target === 'hans' ? converter.t2s(text) : converter.s2t(text)) === text;
  return unchanged ? target : detectScript(text, converter).script;
}
