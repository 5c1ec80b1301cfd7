import { showInvisible } from './invisibleCharacters.ts';

/** One thing wrong with the content, placed so an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it, in plain words. */
  fix: string;
  /** The check that found it, when a draft may hold it without stopping the site (src/lib/check/draftProblems.ts). */
  source?: ProblemSource;
  /** Other places the problem is about (the earlier figure a running total contradicts). */
  involves?: Place[];
}

/** Where a problem is, or one of the places it is about. */
export type Place = Pick<Problem, 'file' | 'line' | 'column'>;

/** The checks whose problems may be a draft's: each one's rule is in src/lib/check/draftProblems.ts. */
export type ProblemSource =
  | 'schema'
  | 'duplicateSlugs'
  | 'references'
  | 'quotes'
  | 'dates'
  | 'cumulative'
  | 'glossary'
  | 'glossaryEntries'
  | 'tallyFiles'
  | 'towns'
  | 'emptyBodies'
  | 'overrides'
  | 'photos'
  | 'mdxReferences'
  | 'scripts';

/**
 * One line per problem. Messages quote what staff wrote, file names included, so invisible characters and line
 * breaks in them are written out: they would otherwise hide or reorder the text, drive the terminal, or split the
 * line.
 */
export function formatProblem(p: Problem): string {
  const shown = (text: string) => showInvisible(text).replaceAll('\n', '\\n');
  return `${shown(p.file)}:${p.line}:${p.column}  ${shown(p.message)}  (${shown(p.fix)})`;
}

/** Thrown when content is invalid: carries every problem, so all are reported at once. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'} — nothing was published:\n` +
        problems.map((p) => '  ' + formatProblem(p)).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
