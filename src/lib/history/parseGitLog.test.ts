import { describe, expect, it } from 'vitest';
import { parseGitLog } from './parseGitLog.ts';

describe('parseGitLog', () => {
  it('lists each file’s commits newest first', () => {
    const output =
      '\x1eb2\x1f2020-02-22\x1f更正：口罩数量\n\narticles/a.md\ntallies/a.yaml\n' +
      '\x1ea1\x1f2020-02-20\x1fAdd a, with: punctuation | and more\n\narticles/a.md\n';
    const history = parseGitLog(output);
    expect(history.get('articles/a.md')).toEqual([
      { hash: 'b2', date: '2020-02-22', subject: '更正：口罩数量' },
      { hash: 'a1', date: '2020-02-20', subject: 'Add a, with: punctuation | and more' },
    ]);
    expect(history.get('tallies/a.yaml')).toHaveLength(1);
  });

  it('reads empty output as no history', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});
