import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { linkFiles } from './linkFiles.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('puts every file, in nested folders, at the same place under the target, as the same file on disk', () => {
  const from = mkdtempSync(join(tmpdir(), 'gongshi-link-from-'));
  const to = join(mkdtempSync(join(tmpdir(), 'gongshi-link-to-')), 'index');
  dirs.push(from, join(to, '..'));
  mkdirSync(join(from, 'fragment/deep'), { recursive: true });
  writeFileSync(join(from, 'entry.json'), '{}');
  writeFileSync(join(from, 'fragment/deep/page.pf_fragment'), 'words');

  linkFiles(from, to);

  for (const file of ['entry.json', 'fragment/deep/page.pf_fragment']) {
    expect(readFileSync(join(to, file), 'utf8')).toBe(readFileSync(join(from, file), 'utf8'));
    expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
  }
});
