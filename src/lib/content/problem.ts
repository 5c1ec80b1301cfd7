import { chosenLanguage, render, say, type Message, type MessageLanguage } from '../../i18n/messages/message.ts';
import { showInvisible } from './invisibleCharacters.ts';

/** One thing wrong with the content, placed so an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** What is wrong; its code names the problem (src/i18n/messages/catalogue.ts). */
  message: Message;
  /** What to do about it, in plain words. */
  fix: Message;
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
export function formatProblem(p: Problem, language: MessageLanguage): string {
  const shown = (text: string) => showInvisible(text).replaceAll('\n', '\\n');
  const { message, fix } = inWords(p, language);
  return `${shown(p.file)}:${p.line}:${p.column}  ${shown(message)}  (${shown(fix)})`;
}

/** `said` (a problem, or what one says) with its message and fix in words, in `language`. */
export function inWords<T extends { message: Message; fix: Message }>(
  said: T,
  language: MessageLanguage,
): Omit<T, 'message' | 'fix'> & { message: string; fix: string } {
  return { ...said, message: render(said.message, language), fix: render(said.fix, language) };
}

/** What the build says when content stops it: every problem, and that nothing was published. */
export function formatRefusal(problems: readonly Problem[], language: MessageLanguage): string {
  return formatProblemList(say('build.refused', { count: problems.length }), problems, language);
}

/** `heading`, then each problem on its own indented line. */
export function formatProblemList(heading: Message, problems: readonly Problem[], language: MessageLanguage): string {
  return [render(heading, language), ...problems.map((p) => '  ' + formatProblem(p, language))].join('\n');
}

/** Thrown when content is invalid: carries every problem, so all are reported at once. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[], language: MessageLanguage = chosenLanguage()) {
    super(formatRefusal(problems, language));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
