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
    const report = (field: string, message: string, fix: string) =>
      problems.push({ file: source.file, ...source.locate(['entries', index, field]), message, fix });
    const hant = byHans.get(entry.hans);
    if (hant !== undefined && hant !== entry.hant) {
      report(
        'hant',
        `"${entry.hans}" is already in the glossary as "${hant}", here as "${entry.hant}"`,
        'keep one of the two entries',
      );
    }
    const hans = byHant.get(entry.hant);
    if (hans !== undefined && hans !== entry.hans) {
      report(
        'hans',
        `"${entry.hant}" is already in the glossary as the form of "${hans}", here of "${entry.hans}"`,
        'keep one of the two entries',
      );
    }
    (entry.avoid ?? []).forEach((form) => {
      if (correct.has(form) && form !== entry.hans) {
        report(
          'avoid',
          `"${form}" is avoided here but is a correct form in another entry`,
          `remove "${form}" from avoid, or fix the other entry`,
        );
      }
    });
    if (!byHans.has(entry.hans)) byHans.set(entry.hans, entry.hant);
    if (!byHant.has(entry.hant)) byHant.set(entry.hant, entry.hans);
  });
  return problems;
}
