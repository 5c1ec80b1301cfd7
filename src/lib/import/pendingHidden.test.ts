/** Draft tallies written by the import are published nowhere until a human marks entries reviewed. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../schema/article.ts';
import { tallyFileSchema } from '../schema/tally.ts';
import { tallyRecords } from '../tallies/tallyRecords.ts';
import type { Content } from '../content/readContent.ts';
import { renderTally } from './renderTally.ts';

const located = <T>(slug: string, data: T) => ({
  slug,
  file: `${slug}.yaml`,
  data,
  locate: () => ({ line: 1, column: 1 }),
});

describe('tallyRecords and import drafts', () => {
  const article = articleSchema.parse({
    title: '测试',
    town: 'nixi',
    published: '2020-02-20',
    source: { note: '测试' },
    script: 'hans',
    summary: '测试',
  });
  const draft = tallyFileSchema.parse(
    parse(
      renderTally('test-article', [
        {
          quantity: 2000,
          qualifier: 'exact',
          unit: '只',
          category: 'masks',
          kind: 'distributed',
          quote: '2000只口罩',
          line: 1,
        },
      ]),
    ),
  );
  const content = (entries: typeof draft.entries): Content => ({
    articles: [{ ...located('test-article', article), body: '', bodyLine: 1 }],
    towns: [],
    tallies: [located('test-article', { ...draft, entries })],
    glossary: [],
  });

  it('shows no pending entry', () => {
    expect(draft.entries[0]!.review).toBe('pending');
    expect(tallyRecords(content(draft.entries), () => true)).toEqual([]);
  });

  it('shows the entry once it is marked reviewed', () => {
    const reviewed = draft.entries.map((e) => ({ ...e, review: 'reviewed' as const }));
    expect(tallyRecords(content(reviewed), () => true).map((r) => r.quantity)).toEqual([2000]);
  });
});
