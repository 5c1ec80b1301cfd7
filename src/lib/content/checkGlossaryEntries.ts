import type { ScriptConverter } from '../conversion/createConverter.ts';
import { glossaryEntryProblem, glossaryEntryWarning, type EntryProblem } from './glossaryEntryProblem.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * Every glossary entry is a real correction of OpenCC (see glossaryEntryProblem). An entry repeating a form of an
 * earlier one is checkGlossary's to report, once: the first entry stands.
 */
export function checkGlossaryEntries(content: Content, converter: ScriptConverter): Problem[] {
  return eachEntry(content, (entry) => glossaryEntryProblem(entry, converter));
}

/** Entries the converter no longer needs (glossaryEntryWarning): reported, but they stop nothing. */
export function glossaryEntryWarnings(content: Content, converter: ScriptConverter): Problem[] {
  return eachEntry(content, (entry) => glossaryEntryWarning(entry, converter));
}

function eachEntry(
  content: Content,
  judge: (entry: Content['glossary'][number]) => EntryProblem | undefined,
): Problem[] {
  const source = content.glossaryFile;
  if (!source) return [];
  const seen = new Set<string>();
  return source.data.entries.flatMap((entry, index): Problem[] => {
    const repeated = seen.has(`hans ${entry.hans}`) || seen.has(`hant ${entry.hant}`);
    seen.add(`hans ${entry.hans}`).add(`hant ${entry.hant}`);
    const problem = repeated ? undefined : judge(entry);
    if (!problem) return [];
    const { path, message, fix } = problem;
    return [{ file: source.file, ...source.locate(['entries', index, ...path]), message, fix }];
  });
}
