import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { takeBuildLock } from './buildLock.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('one build at a time: a second taker is told who holds the lock, and may take it once released', () => {
  const file = join(dir, 'held.lock');
  const first = takeBuildLock(file);
  expect(first.taken).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
  // Another live process holds it: this process's parent stands in for a second build.
  writeFileSync(file, String(process.ppid));
  expect(takeBuildLock(file)).toEqual({ taken: false, holder: process.ppid });
  if (first.taken) first.release();
  expect(existsSync(file)).toBe(false);
  expect(takeBuildLock(file).taken).toBe(true);
});

it('takes over the lock of a build that was killed (its process is gone)', () => {
  const file = join(dir, 'stale.lock');
  const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' });
  writeFileSync(file, gone.stdout.trim());
  const lock = takeBuildLock(file);
  expect(lock.taken).toBe(true);
  expect(readFileSync(file, 'utf8')).toBe(String(process.pid));
});

it('a first build into a folder whose parent does not exist yet makes it', () => {
  const lock = takeBuildLock(join(dir, 'new/parent/.dist.lock'));
  expect(lock.taken).toBe(true);
});
