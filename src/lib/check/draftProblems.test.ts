import { say } from '../../i18n/messages/message.ts';
import { describe, expect, it } from 'vitest';
import type { DraftParts } from '../content/readContent.ts';
import type { Problem } from '../content/problem.ts';
import { splitDraftProblems } from './draftProblems.ts';

const drafts: DraftParts = {
  files: ['articles/draft.md', 'tallies/draft.yaml'],
  pendingEntries: [{ file: 'tallies/a.yaml', start: { line: 10, column: 5 }, end: { line: 16, column: 20 } }],
};

const problem = (file: string, line: number, column: number, rest: Partial<Problem> = {}): Problem => ({
  file,
  line,
  column,
  message: say('schema.missing'),
  fix: say('fix.compareWorkingFile'),
  ...rest,
});

const split = (...problems: Problem[]) => {
  const { stopping, waiting } = splitDraftProblems(problems, drafts);
  const placed = (p: Problem) => `${p.file}:${p.line}:${p.column}`;
  return { stopping: stopping.map(placed), waiting: waiting.map(placed) };
};

describe('splitDraftProblems', () => {
  it('lets what a draft says wait, in its file and in its tally file', () => {
    expect(
      split(
        problem('articles/draft.md', 3, 7, { source: 'references' }),
        problem('tallies/draft.yaml', 12, 1, { source: 'quotes' }),
        problem('articles/published.md', 3, 7, { source: 'references' }),
      ),
    ).toEqual({
      stopping: ['articles/published.md:3:7'],
      waiting: ['articles/draft.md:3:7', 'tallies/draft.yaml:12:1'],
    });
  });

  it('lets a problem wait only inside a pending entry, from its start to its end', () => {
    expect(
      split(
        problem('tallies/a.yaml', 10, 4, { source: 'schema' }),
        problem('tallies/a.yaml', 10, 5, { source: 'schema' }),
        problem('tallies/a.yaml', 16, 19, { source: 'dates' }),
        problem('tallies/a.yaml', 16, 20, { source: 'dates' }),
        problem('tallies/b.yaml', 12, 1, { source: 'dates' }),
      ),
    ).toEqual({
      stopping: ['tallies/a.yaml:10:4', 'tallies/a.yaml:16:20', 'tallies/b.yaml:12:1'],
      waiting: ['tallies/a.yaml:10:5', 'tallies/a.yaml:16:19'],
    });
  });

  it('lets a problem wait when a place it involves is a draft’s', () => {
    const involvesPending = problem('tallies/b.yaml', 3, 1, {
      source: 'cumulative',
      involves: [{ file: 'tallies/a.yaml', line: 12, column: 15 }],
    });
    expect(split(involvesPending).waiting).toEqual(['tallies/b.yaml:3:1']);
  });

  it('stops on problems that keep content safe or readable, in drafts too', () => {
    expect(
      split(
        problem('articles/draft.md', 1, 1),
        problem('articles/draft.md', 12, 1, { source: 'photos' }),
        problem('tallies/draft.yaml', 1, 1, { source: 'duplicateSlugs' }),
      ).waiting,
    ).toEqual([]);
  });
});
