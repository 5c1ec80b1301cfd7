import { describe, expect, it } from 'vitest';
import { pageHistory } from './pageHistory.ts';

const history = new Map([
  [
    'articles/a.md',
    [
      { hash: 'c3', date: '2020-03-01', subject: '更正标题' },
      { hash: 'a1', date: '2020-02-20', subject: '新增文章' },
    ],
  ],
  [
    'tallies/a.yaml',
    [
      { hash: 'd4', date: '2020-03-05', subject: '更正口罩数量' },
      { hash: 'b2', date: '2020-02-21', subject: '新增统计' },
    ],
  ],
]);

describe('pageHistory', () => {
  it('gives the newest date and the corrections, not the commits that added the files', () => {
    expect(pageHistory(history, ['articles/a.md', 'tallies/a.yaml'])).toEqual({
      updated: '2020-03-05',
      corrections: [
        { hash: 'd4', date: '2020-03-05', subject: '更正口罩数量' },
        { hash: 'c3', date: '2020-03-01', subject: '更正标题' },
      ],
    });
  });

  it('keeps the list short', () => {
    expect(pageHistory(history, ['articles/a.md', 'tallies/a.yaml'], 1)!.corrections).toHaveLength(1);
  });

  it('has nothing to say without history', () => {
    expect(pageHistory(undefined, ['articles/a.md'])).toBeUndefined();
    expect(pageHistory(history, ['articles/new.md'])).toBeUndefined();
  });
});
