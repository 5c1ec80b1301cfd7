import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generateContent.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { checkReferences } from '../../src/lib/content/checkReferences.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-bench-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The benchmark builds what the generator writes: it must be content the site accepts.
it('the benchmark generator writes valid content', () => {
  generateContent(dir, 5, join(import.meta.dirname, '../../content'));
  const { content, problems } = readContent(dir);
  problems.push(...checkReferences(content));
  expect(problems).toEqual([]);
  expect(content.articles).toHaveLength(5);
  expect(content.tallies.length).toBeGreaterThan(0);
});
