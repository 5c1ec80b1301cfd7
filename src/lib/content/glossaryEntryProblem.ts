import { say, type Message } from '../../i18n/messages/message.ts';
import { SINGLE_CHARACTER_FORMS } from '../../config/glossaryRules.ts';
import type { GlossaryEntry } from '../schema/glossary.ts';
import type { ScriptConverter } from '../conversion/createConverter.ts';
import { ruleConflict } from '../conversion/contextRules.ts';
import { detectScript } from '../conversion/detectScript.ts';
import { TRADITIONAL_ALSO } from '../conversion/traditionalAlso.ts';

export interface EntryProblem {
  /** The field of the entry the problem is in: hans, hant, or avoid and an index. */
  path: (string | number)[];
  message: Message;
  fix: Message;
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
