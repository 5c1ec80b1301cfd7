import { join } from 'node:path';
import { createConverter, type ScriptConverter } from '../conversion/createConverter.ts';
import { readContent, type Content } from './readContent.ts';
import { checkReferences } from './checkReferences.ts';
import { checkQuotes } from './checkQuotes.ts';
import { checkDates } from './checkDates.ts';
import { checkCumulative } from './checkCumulative.ts';
import { checkDuplicateSlugs } from './checkDuplicateSlugs.ts';
import { checkGlossary } from './checkGlossary.ts';
import { checkPhotos } from './checkPhotos.ts';
import { checkScripts, type Detect } from './checkScripts.ts';
import { checkMdxReferences } from './checkMdxReferences.ts';
import { knownReferences } from './knownReferences.ts';
import { buildNow } from '../../config/build.ts';
import { OFFICE } from '../../consts.ts';
import { officeDate } from '../site/officeDate.ts';
import { checkTallyFiles } from './checkTallyFiles.ts';
import { checkTowns } from './checkTowns.ts';
import { quotableTexts } from './quoteProblem.ts';
import { checkGlossaryEntries } from './checkGlossaryEntries.ts';
import { checkEmptyBodies } from './checkEmptyBodies.ts';
import { checkOverrides } from './checkOverrides.ts';
import type { Remember } from './parseYamlFile.ts';
import type { Problem } from './problem.ts';

/**
 * Every content check, in one place for `npm run check` and the build: reads and validates each file, then the
 * rules between files. Returns every problem (in file order) and the build's one converter, made from the glossary.
 */
export function checkContent(
  contentDir: string,
  /** `now`: the build's, for what is on the site (charts an MDX article shows) and today; GONGSHI_NOW or the clock. */
  options: { displayRoot?: string; detect?: Detect; rememberYaml?: Remember; now?: Date } = {},
): { content: Content; problems: Problem[]; converter: ScriptConverter; scriptCheckMs: number } {
  const { content, problems } = readContent(contentDir, options.displayRoot, options.rememberYaml);
  const converter = createConverter(content.glossary);
  // Script detection is conversion work (OpenCC both ways): timed, so the benchmark counts it as such.
  const start = performance.now();
  const scriptProblems = checkScripts(content, converter, options.detect);
  const scriptCheckMs = performance.now() - start;
  const now = options.now ?? buildNow();
  // Articles' text as readers see it, for the quotes of tallies and of towns' populations.
  const texts = quotableTexts(content);
  problems.push(
    ...checkDuplicateSlugs(content),
    ...checkReferences(content),
    ...checkQuotes(content, texts),
    // Today is the office's (Beijing) date at the build's moment, as for what is published (isPublished).
    ...checkDates(content, officeDate(now, OFFICE.timeZone)),
    ...checkCumulative(content),
    ...checkGlossary(content),
    ...checkGlossaryEntries(content, converter),
    ...checkTallyFiles(content),
    ...checkTowns(content, texts),
    ...checkEmptyBodies(content),
    ...checkOverrides(content),
    ...checkPhotos(content.articles, join(contentDir, 'articles')),
    ...checkMdxReferences(content, knownReferences(content, now)),
    ...scriptProblems,
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { content, problems, converter, scriptCheckMs };
}
