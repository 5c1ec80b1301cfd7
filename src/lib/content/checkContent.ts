import { createConverter, type ScriptConverter } from '../script/createConverter.ts';
import { readContent, type Content } from './readContent.ts';
import { checkReferences } from './checkReferences.ts';
import { checkQuotes } from './checkQuotes.ts';
import { checkDates } from './checkDates.ts';
import { checkCumulative } from './checkCumulative.ts';
import { checkDuplicateSlugs } from './checkDuplicateSlugs.ts';
import { checkGlossary } from './checkGlossary.ts';
import { checkScripts } from './checkScripts.ts';
import type { Problem } from './problem.ts';

/**
 * Every content check, in one place for `npm run check` and the build: reads and validates each file, then the
 * rules between files. Returns every problem (in file order) and the build's one converter, made from the glossary.
 */
export function checkContent(
  contentDir: string,
  displayRoot?: string,
): { content: Content; problems: Problem[]; converter: ScriptConverter } {
  const { content, problems } = readContent(contentDir, displayRoot);
  const converter = createConverter(content.glossary);
  problems.push(
    ...checkDuplicateSlugs(content),
    ...checkReferences(content),
    ...checkQuotes(content),
    ...checkDates(content),
    ...checkCumulative(content),
    ...checkGlossary(content),
    ...checkScripts(content, converter),
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { content, problems, converter };
}
