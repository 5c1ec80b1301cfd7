import { say, type Message } from '../../i18n/messages/message.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * Glossary entries must agree: one Simplified form has one Traditional form and back, and no entry avoids a
 * form another entry prescribes. The first entry stands; later ones are reported.
 */
export function checkGlossary(content: Content): Problem[] {
  const source = content.glossaryFile;
  if (!source) return [];
  const problems: Problem[] = [];
  const byHans = new Map<string, string>();
  const byHant = new Map<string, string>();
  const correct = new Set(source.data.entries.flatMap((e) => [e.hans, e.hant]));
  source.data.entries.forEach((entry, index) => {
    const report = (field: string, message: Message, fix: Message) =>
      problems.push({ file: source.file, ...source.locate(['entries', index, field]), message, fix });
    const hant = byHans.get(entry.hans);
    if (hant !== undefined && hant !== entry.hant) {
      report('hant', say('glossary.hansTwice', { hans: entry.hans, hant, here: entry.hant }), say('fix.keepOneEntry'));
    }
    const hans = byHant.get(entry.hant);
    if (hans !== undefined && hans !== entry.hans) {
      report('hans', say('glossary.hantTwice', { hant: entry.hant, hans, here: entry.hans }), say('fix.keepOneEntry'));
    }
    (entry.avoid ?? []).forEach((form) => {
      if (correct.has(form) && form !== entry.hans) {
        report('avoid', say('glossary.avoidsCorrectForm', { form }), say('fix.avoidOrOther', { form }));
      }
    });
    if (!byHans.has(entry.hans)) byHans.set(entry.hans, entry.hant);
    if (!byHant.has(entry.hant)) byHant.set(entry.hant, entry.hans);
  });
  return problems;
}
