/**
 * Two clean builds of the same commit are byte-identical: anyone can rebuild what was published and compare. The
 * first build is the shared one from the global setup; this file makes the second, with a cache of its own.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, inject, it } from 'vitest';
import { buildSite } from './buildSite.ts';
import { buildSearchIndex } from '../../scripts/searchIndex.ts';
import { siteFiles } from './pageLinks.ts';

const first = inject('distDir');
const second = mkdtempSync(join(tmpdir(), 'gongshi-again-'));
afterAll(() => rmSync(second, { recursive: true, force: true }));

it('a second clean build produces the same files, byte for byte (search index included)', async () => {
  const { status, output } = buildSite(second);
  expect(status, output).toBe(0);
  await buildSearchIndex(second);
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
