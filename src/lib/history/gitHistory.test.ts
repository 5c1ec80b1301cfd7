import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitHistory } from './gitHistory.ts';

const root = mkdtempSync(join(tmpdir(), 'gongshi-git-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const repo = join(root, 'repo');
const env = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Office',
  GIT_AUTHOR_EMAIL: 'office@example.org',
  GIT_COMMITTER_NAME: 'Office',
  GIT_COMMITTER_EMAIL: 'office@example.org',
};
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, env, stdio: 'pipe' });
function commit(date: string, message: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(repo, 'content', path, '..'), { recursive: true });
    writeFileSync(join(repo, 'content', path), text);
  }
  git(repo, 'add', '-A');
  execFileSync('git', ['commit', '-q', '-m', message], {
    cwd: repo,
    env: { ...env, GIT_AUTHOR_DATE: `${date}T12:00:00+08:00`, GIT_COMMITTER_DATE: `${date}T12:00:00+08:00` },
  });
}

mkdirSync(repo);
git(repo, 'init', '-q');
commit('2020-02-20', '新增文章', { 'articles/a.md': 'v1', 'README.txt': 'x' });
commit('2020-02-22', '更正：口罩数量', { 'articles/a.md': 'v2', 'tallies/a.yaml': 'v1' });

describe('gitHistory', () => {
  it('lists commits per file, relative to the content folder, newest first', () => {
    const history = gitHistory(join(repo, 'content'))!;
    expect(history.get('articles/a.md')!.map((c) => [c.date, c.subject])).toEqual([
      ['2020-02-22', '更正：口罩数量'],
      ['2020-02-20', '新增文章'],
    ]);
    expect(history.get('tallies/a.yaml')).toHaveLength(1);
  });

  it('gives no history in a shallow clone, whose one commit would claim to add every file', () => {
    git(root, 'clone', '-q', '--depth', '1', `file://${repo}`, 'shallow');
    expect(gitHistory(join(root, 'shallow', 'content'))).toBeUndefined();
  });

  it('gives no history outside git', () => {
    const plain = join(root, 'plain');
    mkdirSync(plain);
    expect(gitHistory(plain)).toBeUndefined();
  });
});
