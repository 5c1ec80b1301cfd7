import type { DraftParts } from '../content/readContent.ts';
import type { Place, Problem, ProblemSource } from '../content/problem.ts';

/**
 * Whether a check's problem may wait for review when it is in a draft (or a tally entry pending review) instead of
 * stopping the site: only problems with what a draft says, which the site never shows. Problems that keep hostile or
 * unreadable content out stop the build even in a draft, as Astro reads every article, drafts too. Problems with no
 * source (found reading the files: names, size, encoding, invisible characters, YAML syntax, Markdown past the
 * parser's limits, refused MDX) always stop.
 */
const WAITS_IN_DRAFTS: Record<ProblemSource, boolean> = {
  // A value that fails validation is left out of the content: a draft article, a pending entry are never read.
  schema: true,
  // Two files of one name claim one URL and one entry of Astro's loader, which could serve the draft's body.
  duplicateSlugs: false,
  // A town or article not there yet, ids and parts of a draft's own figures.
  references: true,
  quotes: true,
  dates: true,
  cumulative: true,
  // A misnamed tally file of a draft: its figures are published with the draft, not before.
  tallyFiles: true,
  // The glossary converts every page; a town file, even one pending review (left off the site), must be valid.
  glossary: false,
  glossaryEntries: false,
  towns: false,
  // What a draft's page would show, when it is published.
  emptyBodies: true,
  overrides: true,
  scripts: true,
  mdxReferences: true,
  // Astro processes every article's photos, drafts' too, and fails the whole build on one it cannot read.
  photos: false,
};

/** Problems that stop the site, and those that wait in drafts until someone reviews them. */
export function splitDraftProblems(
  problems: Problem[],
  drafts: DraftParts | undefined,
): { stopping: Problem[]; waiting: Problem[] } {
  const stopping: Problem[] = [];
  const waiting: Problem[] = [];
  for (const problem of problems) {
    const places = [problem, ...(problem.involves ?? [])];
    const waits =
      problem.source !== undefined &&
      WAITS_IN_DRAFTS[problem.source] &&
      drafts !== undefined &&
      places.some((place) => inDraft(place, drafts));
    (waits ? waiting : stopping).push(problem);
  }
  return { stopping, waiting };
}

function inDraft(place: Place, drafts: DraftParts): boolean {
  return (
    drafts.files.includes(place.file) ||
    drafts.pendingEntries.some(
      (entry) => entry.file === place.file && !before(place, entry.start) && before(place, entry.end),
    )
  );
}

function before(a: Omit<Place, 'file'>, b: Omit<Place, 'file'>): boolean {
  return a.line < b.line || (a.line === b.line && a.column < b.column);
}
