import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { checkBuiltSite } from './checkBuiltSite.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-built-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('refuses a staged site without its entry pages or search index, naming each file missing', () => {
  expect(checkBuiltSite(dir).map((problem) => problem.file)).toEqual([
    'index.html',
    'zh-hans/index.html',
    'zh-hant/index.html',
    'pagefind/pagefind.js',
  ]);
  for (const file of ['index.html', 'zh-hans/index.html', 'zh-hant/index.html', 'pagefind/pagefind.js']) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  expect(checkBuiltSite(dir)).toEqual([]);
});
