import { join } from 'node:path';
import { createConverter, type ScriptConverter } from '../conversion/createConverter.ts';
import { readContent, type Content } from '../content/readContent.ts';
import { checkReferences } from '../content/checkReferences.ts';
import { checkQuotes } from '../content/checkQuotes.ts';
import { checkDates } from '../content/checkDates.ts';
import { checkCumulative } from '../content/checkCumulative.ts';
import { checkDuplicateSlugs } from '../content/checkDuplicateSlugs.ts';
import { checkGlossary } from '../content/checkGlossary.ts';
import { checkPhotos } from '../content/checkPhotos.ts';
import { checkScripts, type Detect } from '../content/checkScripts.ts';
import { checkMdxReferences } from '../content/checkMdxReferences.ts';
import { knownReferences } from './knownReferences.ts';
import { buildNow } from '../../config/build.ts';
import { OFFICE } from '../../consts.ts';
import { officeDate } from '../site/officeDate.ts';
import { checkTallyFiles } from '../content/checkTallyFiles.ts';
import { checkTowns } from '../content/checkTowns.ts';
import { quotableTexts } from '../content/quoteProblem.ts';
import { checkGlossaryEntries } from '../content/checkGlossaryEntries.ts';
import { checkEmptyBodies } from '../content/checkEmptyBodies.ts';
import { checkOverrides } from '../content/checkOverrides.ts';
import type { Remember } from '../content/parseYamlFile.ts';
import type { Problem } from '../content/problem.ts';

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
