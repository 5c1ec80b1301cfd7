import { Converter } from 'opencc-js';
import { type OpenccVariant, type Script } from '../../config/locales.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import { CONVERSION_RULES, type ConversionRule } from '../../config/conversionRules.ts';
import { compileRules, type CompiledRules } from './contextRules.ts';
import { HARD_BREAK, SOFT_BREAK } from './convertQuotes.ts';
import { createPhraseConverter, type PhraseConverter, type Split } from './phraseConverter.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

/**
 * Everything script conversion needs, built ONCE per build and passed to `detectScript`, `toScript` and
 * `toScriptHtml`. Why an object and not module state: each opencc-js converter costs 0.2–0.55 s and ~40 MiB,
 * so the caller (one build-wide singleton) owns exactly one of these; tests can make fresh ones.
 */
export interface ScriptConverter {
  /**
   * Traditional (Taiwan forms) → Simplified: OpenCC's `tw2s` dictionaries (opencc-js `{ from: 'tw', to: 'cn' }`)
   * with a split that keeps words whole (phraseConverter.ts), created on first call.
   */
  t2s(text: string): string;
  /**
   * Simplified → Traditional: OpenCC's `s2tw` (opencc-js `{ from: 'cn', to: 'tw' }`, not `twp`, which rewrites
   * vocabulary) with the same split and the context rules (src/config/conversionRules.ts).
   */
  s2t(text: string): string;
  /** Any variant into another (Taiwan → Hong Kong Traditional…): opencc-js `{ from, to }`, created on first call. */
  convert(text: string, from: OpenccVariant, to: OpenccVariant): string;
  /** `text` into `target` as plain OpenCC converts it (no better split, no rules, not remembered): for judging the glossary. */
  opencc(text: string, target: Script): string;
  /** The context rules Simplified → Traditional conversion applies. */
  readonly rules: CompiledRules;
  /** Any glossary form (hans, hant and avoid), longest first; null when the glossary is empty. See glossaryWords. */
  readonly glossaryPattern: RegExp | null;
  /** The same forms, longest first. */
  readonly glossaryForms: readonly string[];
  readonly glossaryByForm: ReadonlyMap<string, GlossaryEntry>;
  /** Per script, the glossary forms wrong in that script's own text (the other script's and `avoid`). */
  readonly glossaryWrong: Readonly<Record<Script, ReadonlySet<string>>>;
  /** The same as a pattern; null when none. */
  readonly glossaryChanging: Readonly<Record<Script, RegExp | null>>;
  /**
   * How often OpenCC itself ran (once per call with clauses not seen before), so tests can see the memo working:
   * Taiwan → mainland, mainland → Taiwan, and any other pair.
   */
  readonly stats: { t2sRuns: number; s2tRuns: number; otherRuns: number };
}

export function createConverter(
  glossary: readonly GlossaryEntry[],
  rules: readonly ConversionRule[] = CONVERSION_RULES,
  /** The split criterion of both directions: the site's (segmenterSplit) unless a measurement asks for another. */
  split?: Split,
): ScriptConverter {
  const stats = { t2sRuns: 0, s2tRuns: 0, otherRuns: 0 };
  // The site's two directions: OpenCC's dictionaries with the better split (and, toward Traditional, the rules),
  // each made when first needed; other pairs are opencc-js's own converters.
  const compiledRules = compileRules(rules);
  const phrase: Partial<Record<Script, PhraseConverter>> = {};
  const toward = (target: Script) =>
    (phrase[target] ??=
      target === 'hant'
        ? createPhraseConverter('s2tw', compiledRules, split)
        : createPhraseConverter('tw2s', compileRules([]), split));
  const makeRun = (from: OpenccVariant, to: OpenccVariant): ((text: string) => string) =>
    from === 'cn' && to === 'tw'
      ? toward('hant')
      : from === 'tw' && to === 'cn'
        ? toward('hans')
        : Converter({ from, to });

  // Per pair of variants, OpenCC's converter (made when first needed) and the clause results for the whole build:
  // the content check, every page of an article and its conversion all see the same sentences (in Markdown, in
  // HTML pieces, with glossary placeholders), so each clause goes through OpenCC once per direction. Unbounded: a
  // 2,000-article build holds some tens of MB here.
  const pairs = new Map<string, { run?: (text: string) => string; clauses: Map<string, string> }>();
  const convert = (text: string, from: OpenccVariant, to: OpenccVariant): string => {
    const name = `${from}>${to}`;
    let pair = pairs.get(name);
    if (!pair) pairs.set(name, (pair = { clauses: new Map() }));
    const found = pair;
    return byClause(text, found.clauses, (batch) => {
      found.run ??= makeRun(from, to);
      if (name === 'tw>cn') stats.t2sRuns++;
      else if (name === 'cn>tw') stats.s2tRuns++;
      else stats.otherRuns++;
      return found.run(batch);
    });
  };

  // Every spelling of a glossary word maps to its entry, so a word is protected whichever script (or known
  // wrong machine form) it arrives in. First entry wins on duplicates, like a dictionary.
  const glossaryByForm = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    for (const form of [entry.hans, entry.hant, ...(entry.avoid ?? [])]) {
      if (form && !glossaryByForm.has(form)) glossaryByForm.set(form, entry);
    }
  }
  // Longest first: a regex alternation takes the first alternative that matches at a position.
  const forms = [...glossaryByForm.keys()].sort((a, b) => [...b].length - [...a].length);
  const anyOf = (some: string[], flags: string) => (some.length ? new RegExp(anyOfWords(some), flags) : null);
  const glossaryPattern = anyOf(forms, 'gu');
  /** Per script, the forms wrong in that script's own text: the other script's and the `avoid` ones. */
  const wrongIn = (script: Script) => new Set(forms.filter((form) => glossaryByForm.get(form)![script] !== form));
  const glossaryWrong = { hans: wrongIn('hans'), hant: wrongIn('hant') } satisfies Record<Script, ReadonlySet<string>>;
  const glossaryChanging = {
    hans: anyOf([...glossaryWrong.hans], 'u'),
    hant: anyOf([...glossaryWrong.hant], 'u'),
  } satisfies Record<Script, RegExp | null>;

  return {
    t2s: (text) => convert(text, 'tw', 'cn'),
    s2t: (text) => convert(text, 'cn', 'tw'),
    convert,
    opencc: (text, target) => toward(target).plain(text),
    rules: compiledRules,
    glossaryPattern,
    glossaryForms: forms,
    glossaryByForm,
    glossaryWrong,
    glossaryChanging,
    stats,
  };
}

/**
 * Clause boundaries. No OpenCC dictionary key (phrase, character or segmentation entry) contains one of these,
 * and OpenCC maps none of them, so a match never spans one, nor does a word of the segmenter the split consults
 * (wordBoundaries.test.ts): converting a text equals converting its clauses one by one and joining them
 * (createConverter.test.ts checks this against the dictionaries). A context rule therefore sees its clause only,
 * and a list (米、面、油) is one clause: the enumeration comma is no boundary, so a rule may look at the items.
 */
export const CLAUSE_BOUNDARY = new RegExp(`([\\n${SOFT_BREAK}${HARD_BREAK}。，；：！？])`, 'u');
/**
 * Ideographic description sequences (⿰氵每) are skipped by OpenCC as one unit, which can swallow a boundary:
 * text holding one is converted whole.
 */
const IDS = /[\u2ff0-\u2fff]/u;

/**
 * `convert(text)`, clause by clause through `memo`: clauses seen before cost a lookup; the new ones go through
 * OpenCC in one call, joined by newlines (a boundary, so no clause is converted in another's context).
 */
function byClause(text: string, memo: Map<string, string>, convert: (batch: string) => string): string {
  // Whole texts are remembered too: detection and toScript ask for the very same string one after the other.
  const known = memo.get(text);
  if (known !== undefined) return known;
  if (IDS.test(text)) {
    const whole = convert(text);
    memo.set(text, whole);
    return whole;
  }
  const parts = text.split(CLAUSE_BOUNDARY); // odd indexes are the boundaries themselves
  const missing = new Set<string>();
  for (let i = 0; i < parts.length; i += 2) {
    if (parts[i] && !memo.has(parts[i]!)) missing.add(parts[i]!);
  }
  if (missing.size) {
    const batch = [...missing];
    const converted = convert(batch.join('\n')).split('\n');
    batch.forEach((clause, i) => memo.set(clause, converted[i]!));
  }
  for (let i = 0; i < parts.length; i += 2) if (parts[i]) parts[i] = memo.get(parts[i]!)!;
  const result = parts.join('');
  memo.set(text, result);
  return result;
}
