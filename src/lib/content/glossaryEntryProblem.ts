import { say, type Message } from '../../i18n/messages/message.ts';
import { SINGLE_CHARACTER_FORMS } from '../../config/glossaryRules.ts';
import type { Script } from '../../config/locales.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { ScriptConverter } from '../conversion/createConverter.ts';
import { ruleConflict } from '../conversion/contextRules.ts';
import { detectScript } from '../conversion/detectScript.ts';
import { glossaryWords, sentenceAround, type GlossaryWord } from '../conversion/glossaryWords.ts';
import { TRADITIONAL_ALSO } from '../conversion/traditionalAlso.ts';
import { blankComments } from './blankComments.ts';
import type { Place } from './problem.ts';
import { anyOfWords } from '../text/escapeRegExp.ts';

export interface EntryProblem {
  /** The field of the entry the problem is in: hans, hant, or avoid and an index. */
  path: (string | number)[];
  message: Message;
  fix: Message;
  /** The places in articles the problem is about. */
  involves?: Place[];
}

/**
 * Why `entry` is not a real correction of OpenCC, if it is not (the first reason found). Every entry rewrites
 * its forms on every page, so one that is not a correction does harm: a form of one common character rewrites that
 * character in every word (see src/config/glossaryRules.ts); a form in the wrong script (刚性要求 as the Traditional
 * form, 镇里 → 镇里) puts that script on the other script's pages; an entry that contradicts a context rule
 * (src/config/conversionRules.ts) writes the same word two ways; and an entry plain OpenCC already agrees with both
 * ways, with no wrong form to replace, changes nothing.
 */
export function glossaryEntryProblem(entry: GlossaryEntry, converter: ScriptConverter): EntryProblem | undefined {
  const forms: [(string | number)[], string][] = [
    [['hans'], entry.hans],
    [['hant'], entry.hant],
    ...(entry.avoid ?? []).map((form, i): [(string | number)[], string] => [['avoid', i], form]),
  ];
  const single = forms.find(([, form]) => isCommonCharacter(form));
  if (single) {
    return {
      path: single[0],
      message: say('glossary.singleCharacter', { character: single[1] }),
      fix: say('fix.wholeWord'),
    };
  }
  const traditional = [...entry.hans].find((c) => detectScript(c, converter).script === 'hant');
  if (traditional) {
    return {
      path: ['hans'],
      message: say('glossary.hansNotSimplified', { hans: entry.hans, traditional }),
      fix: say('fix.hansForm', { simplified: converter.t2s(entry.hans) }),
    };
  }
  const simplified = [...entry.hant].find(
    (c) => detectScript(c, converter).script === 'hans' && !TRADITIONAL_ALSO.has(c),
  );
  if (simplified) {
    return {
      path: ['hant'],
      message: say('glossary.hantNotTraditional', { hant: entry.hant, simplified }),
      fix: say('fix.hantForm', { traditional: converter.s2t(entry.hant) }),
    };
  }
  const conflict = ruleConflict(entry, converter.rules);
  if (conflict) {
    const hans = [...entry.hans][conflict.index]!;
    return {
      path: ['hant'],
      message: say('glossary.againstRule', { hant: entry.hant, hans, ruleHant: conflict.hant, why: conflict.rule.why }),
      fix: say('fix.entryOrRule'),
    };
  }
  if (
    converter.opencc(entry.hans, 'hant') === entry.hant &&
    converter.opencc(entry.hant, 'hans') === entry.hans &&
    !replacesWrongForm(entry)
  ) {
    return {
      path: ['hans'],
      message: say('glossary.changesNothing', { hans: entry.hans, hant: entry.hant }),
      fix: say('fix.removeOrAvoid'),
    };
  }
  return undefined;
}

/**
 * Why `entry` is no longer needed, if it is not: the converter now gets its words right both ways without it (a
 * better split or a context rule where plain OpenCC erred: 展示了如何, 于书记), and it replaces no wrong form. Such
 * an entry still rewrites its words wherever they stand, so it can only do harm; but it was right when written,
 * so it is a warning, not an error.
 */
export function glossaryEntryWarning(entry: GlossaryEntry, converter: ScriptConverter): EntryProblem | undefined {
  if (replacesWrongForm(entry)) return undefined;
  if (converter.s2t(entry.hans) !== entry.hant || converter.t2s(entry.hant) !== entry.hans) return undefined;
  return {
    path: ['hans'],
    message: say('glossary.noLongerNeeded', { hans: entry.hans, hant: entry.hant }),
    fix: say('fix.removeEntry'),
  };
}

/** An avoid form, even the Simplified one, is a wrong form scraped Traditional text holds: replacing it corrects. */
function replacesWrongForm(entry: GlossaryEntry): boolean {
  return (entry.avoid ?? []).some((form) => form !== entry.hant);
}

function isCommonCharacter(form: string): boolean {
  const chars = [...form];
  if (chars.length !== 1) return false;
  const code = chars[0]!.codePointAt(0)!;
  return !SINGLE_CHARACTER_FORMS.some(({ from, to }) => code >= from && code <= to);
}

/** An article as the glossary check reads it: where it is, its body, and the script it is written in. */
export interface ArticleText {
  file: string;
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
  script: Script;
}

/**
 * A place where a form of a glossary entry stands in an article, and what the entry does there: `changes` when the
 * page shows something else with the entry than without it (it corrects the converter, or replaces a wrong form on
 * a page of the article's own script); `inside` when the form lies inside another word, so the entry does not
 * apply; else the converter gives the same without the entry.
 */
export interface EntryUse extends Place {
  effect: 'changes' | 'same' | 'inside';
}

/** The PUA placeholder an entry's word is held by while the rest of its line converts (as toScript holds it). */
const HELD = '\uE000';

/**
 * Where the forms of `entries` stand in the articles' text (editors' notes left out), and what the entry does at each
 * place, judged as the pages convert: the line converted into the other script with the entry's word held and given
 * its form, against the line converted without the entry. Conversions go through the converter's clause memo, which
 * the content check's script detection has already filled with these lines, so only the lines holding one of these
 * forms cost a segmentation and a conversion more.
 */
export function glossaryEntryUses(
  articles: readonly ArticleText[],
  converter: ScriptConverter,
  entries: readonly GlossaryEntry[],
): Map<GlossaryEntry, EntryUse[]> {
  const uses = new Map<GlossaryEntry, EntryUse[]>();
  const formsOf = (entry: GlossaryEntry) => new Set([entry.hans, entry.hant, ...(entry.avoid ?? [])]);
  const forms = entries.flatMap((entry) => [...formsOf(entry)]);
  if (forms.length === 0) return uses;
  const anyForm = new RegExp(anyOfWords(forms), 'u');
  const convert = (text: string, target: Script) => (target === 'hant' ? converter.s2t(text) : converter.t2s(text));
  const at = (words: GlossaryWord[]) => new Set(words.map(({ index, form }) => `${index} ${form}`));
  for (const article of articles) {
    const other: Script = article.script === 'hans' ? 'hant' : 'hans';
    blankComments(article.body)
      .split('\n')
      .forEach((line, lineIndex) => {
        if (!anyForm.test(line)) return;
        // Per sentence holding a form: where the glossary applies there (its entries compete as words), and where
        // it replaces a wrong form as shown; the sentence, not the line, is segmented and converted.
        const sentences = new Map<number, { text: string; applied: Set<string>; ownScript: Set<string> }>();
        const sentenceOf = (index: number, form: string) => {
          const [start, end] = sentenceAround(line, index, index + form.length);
          let found = sentences.get(start);
          if (!found) {
            const text = line.slice(start, end);
            const applied = at(glossaryWords(text, converter));
            sentences.set(
              start,
              (found = { text, applied, ownScript: at(glossaryWords(text, converter, article.script)) }),
            );
          }
          return { ...found, index: index - start };
        };
        for (const entry of entries) {
          for (const form of formsOf(entry)) {
            for (let column = line.indexOf(form); column >= 0; column = line.indexOf(form, column + form.length)) {
              const { text, applied, ownScript, index } = sentenceOf(column, form);
              const key = `${index} ${form}`;
              let effect: EntryUse['effect'] = 'inside';
              if (ownScript.has(key)) effect = 'changes';
              else if (applied.has(key)) {
                const held = convert(text.slice(0, index) + HELD + text.slice(index + form.length), other);
                effect = held.replace(HELD, entry[other]) === convert(text, other) ? 'same' : 'changes';
              }
              let found = uses.get(entry);
              if (!found) uses.set(entry, (found = []));
              found.push({ file: article.file, line: article.bodyLine + lineIndex, column: column + 1, effect });
            }
          }
        }
      });
  }
  return uses;
}

/**
 * Per entry of the glossary the articles do not need, why: its forms stand in them, but nowhere does it change what
 * a page shows (each place inside another word, or converted the same without it: 只口罩 where a numeral comes
 * first, which a rule now decides). The places are listed; the entry was perhaps right for an article since changed,
 * so this is a warning. Judged are the entries that correct the converter and that glossaryEntryWarning does not
 * already call unneeded; an entry that replaces wrong forms (`avoid`) guards against them in text pasted later.
 */
export function entryUseWarnings(
  articles: readonly ArticleText[],
  converter: ScriptConverter,
): Map<GlossaryEntry, EntryProblem> {
  const entries = [...new Set(converter.glossaryByForm.values())].filter(
    (entry) => !replacesWrongForm(entry) && !glossaryEntryWarning(entry, converter),
  );
  const warnings = new Map<GlossaryEntry, EntryProblem>();
  for (const [entry, uses] of glossaryEntryUses(articles, converter, entries)) {
    if (uses.some((use) => use.effect === 'changes')) continue;
    const involves = uses.map(({ file, line, column }) => ({ file, line, column }));
    warnings.set(entry, { path: ['hans'], ...unusedEntryMessage(entry, uses), involves });
  }
  return warnings;
}

/** The message of entryUseWarnings: the places the entry is of no use at, by why (the first few of each). */
function unusedEntryMessage(entry: GlossaryEntry, uses: readonly EntryUse[]): { message: Message; fix: Message } {
  const places = (effect: EntryUse['effect']) => [
    ...new Set(uses.filter((use) => use.effect === effect).map((use) => `${use.file}:${use.line}`)),
  ];
  const shown = (found: string[]) =>
    found.length > PLACES_SHOWN
      ? say('glossary.somePlaces', { places: found.slice(0, PLACES_SHOWN), count: found.length })
      : found;
  const inside = places('inside');
  const same = places('same');
  const why = [
    ...(inside.length ? [say('glossary.usedInsideWords', { places: shown(inside) })] : []),
    ...(same.length ? [say('glossary.usedSameWithout', { places: shown(same) })] : []),
  ];
  return {
    message: say('glossary.unusedInArticles', { hans: entry.hans, count: uses.length, why }),
    fix: say('fix.removeEntryOrOverride'),
  };
}

/** Places named in a warning, at most: the rest are counted. */
const PLACES_SHOWN = 5;
