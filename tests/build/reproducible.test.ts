/**
 * Two clean builds of the same commit are byte-identical: anyone can rebuild what was published and compare. The
 * first build is the shared one from the global setup; this file makes the second, with a cache of its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildSite } from './buildSite.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { siteFiles } from './pageLinks.ts';

const first = inject('distDir');
const second = mkdtempSync(join(tmpdir(), 'gongshi-again-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

it('a second clean build produces the same files, byte for byte (search index included)', () => {
  const { status, output } = buildSite(second, { GONGSHI_CONTENT_DIR: SEED_CONTENT_DIR });
  expect(status, output).toBe(0);
  const files = [...siteFiles(first)].sort();
  expect([...siteFiles(second)].sort()).toEqual(files);
  const differing = files.filter((file) => {
    try {
      return !readFileSync(join(first, file)).equals(readFileSync(join(second, file)));
    } catch {
      return false; // a directory
    }
  });
  expect(differing).toEqual([]);
});
