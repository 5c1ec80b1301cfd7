import type { ScriptConverter } from '../conversion/createConverter.ts';
import {
  entryUseWarnings,
  glossaryEntryProblem,
  glossaryEntryWarning,
  type EntryProblem,
} from './glossaryEntryProblem.ts';
import type { Content } from './readContent.ts';
import type { Problem } from './problem.ts';

/**
 * Every glossary entry is a real correction of OpenCC (see glossaryEntryProblem). An entry repeating a form of an
 * earlier one is checkGlossary's to report, once: the first entry stands.
 */
export function checkGlossaryEntries(content: Content, converter: ScriptConverter): Problem[] {
  return eachEntry(content, (entry) => glossaryEntryProblem(entry, converter));
}

/**
 * Entries the converter no longer needs (glossaryEntryWarning), or that change nothing where they stand in the
 * articles (entryUseWarnings): reported, but they stop nothing.
 */
export function glossaryEntryWarnings(content: Content, converter: ScriptConverter): Problem[] {
  const articles = content.articles.map((article) => ({ ...article, script: article.data.script }));
  const inArticles = entryUseWarnings(articles, converter);
  return eachEntry(content, (entry) => glossaryEntryWarning(entry, converter) ?? inArticles.get(entry));
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
    const { path, ...rest } = problem;
    return [{ file: source.file, ...source.locate(['entries', index, ...path]), ...rest }];
  });
}
