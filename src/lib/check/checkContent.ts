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
import { checkGlossaryEntries, glossaryEntryWarnings } from '../content/checkGlossaryEntries.ts';
import { checkEmptyBodies } from '../content/checkEmptyBodies.ts';
import { checkOverrides } from '../content/checkOverrides.ts';
import type { Remember } from '../content/parseYamlFile.ts';
import type { Problem, ProblemSource } from '../content/problem.ts';
import { splitDraftProblems } from './draftProblems.ts';

/**
 * Every content check, in one place for `npm run check` and the build: reads and validates each file, then the
 * rules between files. Returns every problem (in file order): those that stop the site, and those that wait in
 * drafts and entries pending review (see draftProblems.ts); and the build's one converter, made from the glossary.
 */
export function checkContent(
  contentDir: string,
  /** `now`: the build's, for what is on the site (charts an MDX article shows) and today; GONGSHI_NOW or the clock. */
  options: { displayRoot?: string; detect?: Detect; rememberYaml?: Remember; now?: Date } = {},
): {
  content: Content;
  problems: Problem[];
  draftProblems: Problem[];
  /** What is worth a look but stops nothing: glossary entries the converter no longer needs. */
  warnings: Problem[];
  converter: ScriptConverter;
  scriptCheckMs: number;
} {
  const { content, problems } = readContent(contentDir, options.displayRoot, options.rememberYaml);
  const from = (source: ProblemSource, found: Problem[]) => found.map((problem) => ({ ...problem, source }));
  const converter = createConverter(content.glossary);
  // Script detection is conversion work (OpenCC both ways): timed, so the benchmark counts it as such.
  const start = performance.now();
  const scriptProblems = from('scripts', checkScripts(content, converter, options.detect));
  const scriptCheckMs = performance.now() - start;
  const now = options.now ?? buildNow();
  // Articles' text as readers see it, for the quotes of tallies and of towns' populations.
  const texts = quotableTexts(content);
  problems.push(
    ...from('duplicateSlugs', checkDuplicateSlugs(content)),
    ...from('references', checkReferences(content)),
    ...from('quotes', checkQuotes(content, texts)),
    // Today is the office's (Beijing) date at the build's moment, as for what is published (isPublished).
    ...from('dates', checkDates(content, officeDate(now, OFFICE.timeZone))),
    ...from('cumulative', checkCumulative(content)),
    ...from('glossary', checkGlossary(content)),
    ...from('glossaryEntries', checkGlossaryEntries(content, converter)),
    ...from('tallyFiles', checkTallyFiles(content)),
    ...from('towns', checkTowns(content, texts)),
    ...from('emptyBodies', checkEmptyBodies(content)),
    ...from('overrides', checkOverrides(content)),
    ...from('photos', checkPhotos(content.articles, join(contentDir, 'articles'))),
    ...from('mdxReferences', checkMdxReferences(content, knownReferences(content, now))),
    ...scriptProblems,
  );
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  const { stopping, waiting } = splitDraftProblems(problems, content.drafts);
  const warnings = glossaryEntryWarnings(content, converter);
  return { content, problems: stopping, draftProblems: waiting, warnings, converter, scriptCheckMs };
}
