import { describe, expect, it } from 'vitest';
import { tallyFileSchema } from '../schema/tally.ts';
import { pendingEntryIndices, saysDraft, tallyArticle, withoutFailedPendingEntries } from './draftValues.ts';
import { parseYamlFile } from './parseYamlFile.ts';

const entry = (id: string, unit: string, review?: string) =>
  `  - id: ${id}\n    category: masks\n    kind: distributed\n    quantity: 20\n    unit: ${unit}\n    quote: 发放口罩20只\n` +
  (review ? `    review: ${review}\n` : '');
const tally = (...entries: string[]) =>
  parseYamlFile('t.yaml', `article: a\nentries:\n${entries.join('')}`, tallyFileSchema);

describe('what invalid files say about drafts', () => {
  it('reads draft and article from values that failed validation', () => {
    expect(saysDraft({ town: 'Unknown Town', draft: true })).toBe(true);
    expect(saysDraft({ draft: 'true' })).toBe(false);
    expect(tallyArticle({ article: 'a', entries: 'none' })).toBe('a');
    expect(tallyArticle(['a'])).toBeUndefined();
  });

  it('finds the pending entries', () => {
    expect(pendingEntryIndices(tally(entry('a', '只'), entry('b', '口罩', 'pending')).value)).toEqual([1]);
  });
});

describe('withoutFailedPendingEntries', () => {
  it('keeps the rest of a file whose only invalid entries are pending, placed as written', () => {
    const parsed = tally(entry('wrong-unit', '口罩', 'pending'), entry('masks', '只'), entry('later', '只', 'pending'));
    expect(parsed.data).toBeUndefined();
    const kept = withoutFailedPendingEntries(parsed)!;
    expect(kept.data.entries.map((e) => e.id)).toEqual(['masks', 'later']);
    expect(kept.locate(['entries', 0, 'id'])).toEqual(parsed.locate(['entries', 1, 'id']));
    expect(kept.locate(['entries', 1, 'quote'])).toEqual(parsed.locate(['entries', 2, 'quote']));
    expect(kept.locate(['article'])).toEqual({ line: 1, column: 10 });
  });

  it('keeps nothing when a reviewed entry is invalid too, or no pending entry is', () => {
    expect(
      withoutFailedPendingEntries(tally(entry('wrong-unit', '口罩', 'pending'), entry('masks', '口罩'))),
    ).toBeUndefined();
    expect(withoutFailedPendingEntries(tally(entry('masks', '口罩'), entry('later', '只', 'pending')))).toBeUndefined();
  });
});
