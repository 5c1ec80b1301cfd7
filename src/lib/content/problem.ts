/** One thing wrong with the content, placed so an editor can jump to it. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** What to do about it, in plain words. */
  fix: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}  ${p.message}  (${p.fix})`;
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
