import type { ConversionRule } from '../../config/conversionRules.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import { wordsOf, type Words } from './wordBoundaries.ts';

/** Rules ready to apply: per Simplified character, the rules that may decide it. */
export type CompiledRules = ReadonlyMap<string, readonly { rule: ConversionRule; hant: string }[]>;

export function compileRules(rules: readonly ConversionRule[]): CompiledRules {
  const byChar = new Map<string, { rule: ConversionRule; hant: string }[]>();
  for (const rule of rules) {
    const hans = [...rule.hans];
    const hant = [...rule.hant];
    if (hans.length !== hant.length) throw new Error(`conversion rule ${rule.hans}: hans and hant differ in length`);
    hans.forEach((c, i) => byChar.set(c, [...(byChar.get(c) ?? []), { rule, hant: hant[i]! }]));
  }
  return byChar;
}

/**
 * The characters of Simplified `text` that a rule decides: UTF-16 index → Traditional form. `words`: the text's
 * words (wordsOf), asked for only when a rule needs them.
 */
export function ruleForms(
  text: string,
  rules: CompiledRules,
  words: () => Words = () => wordsOf(text),
): Map<number, { hant: string; rule: ConversionRule }> {
  const forms = new Map<number, { hant: string; rule: ConversionRule }>();
  if (rules.size === 0) return forms;
  let known: Words | undefined;
  for (let i = 0; i < text.length; i++) {
    const candidates = rules.get(text[i]!);
    if (!candidates) continue;
    for (const { rule, hant } of candidates) {
      if (rule.after && !rule.after.some((w) => text.endsWith(w, i))) continue;
      if (rule.before && !rule.before.some((w) => text.startsWith(w, i + 1))) continue;
      if (
        rule.listedWith &&
        !rule.listedWith.some((w) => text.endsWith(`${w}、`, i) || text.startsWith(`、${w}`, i + 1))
      )
        continue;
      if (rule.word) {
        known ??= words();
        if (!known.boundary(i) || (rule.word === 'alone' && !known.boundary(i + 1))) continue;
      }
      forms.set(i, { hant, rule });
      break;
    }
  }
  return forms;
}

/**
 * Where a glossary entry contradicts a rule: in the entry's own Simplified words, a rule decides a character the
 * entry writes otherwise in Traditional. (The entry would win where it applies and the rule elsewhere, so the
 * same word would be written two ways.)
 */
export function ruleConflict(
  entry: Pick<GlossaryEntry, 'hans' | 'hant'>,
  rules: CompiledRules,
): { index: number; rule: ConversionRule; hant: string } | undefined {
  const hant = [...entry.hant];
  // Only an entry of the same length maps character to character.
  if (hant.length !== [...entry.hans].length) return undefined;
  for (const [index, { hant: form, rule }] of ruleForms(entry.hans, rules)) {
    const position = [...entry.hans.slice(0, index)].length;
    if (hant[position] !== form) return { index: position, rule, hant: form };
  }
  return undefined;
}
