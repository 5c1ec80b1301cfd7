import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateContent } from '../../scripts/bench/generateContent.ts';
import { setAside } from '../../scripts/bench/setAside.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { checkReferences } from '../../src/lib/content/checkReferences.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-bench-content-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The benchmark builds what the generator writes: it must be content the site accepts.
it('the benchmark generator writes valid content', () => {
  generateContent(dir, 5, SEED_CONTENT_DIR);
  const { content, problems } = readContent(dir);
  problems.push(...checkReferences(content));
  expect(problems).toEqual([]);
  expect(content.articles).toHaveLength(5);
  expect(content.tallies.length).toBeGreaterThan(0);
});

// Deleting a build's output right before the next build slowed the next one on this machine (see setAside).
it('the benchmark moves folders into its trash, each under a name of its own, instead of deleting them', () => {
  const trash = join(dir, 'trash');
  for (const body of ['first', 'second']) {
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist/index.html'), body);
    setAside(join(dir, 'dist'), trash);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  }
  setAside(join(dir, 'missing'), trash);
  const moved = readdirSync(trash).map((name) => readFileSync(join(trash, name, 'index.html'), 'utf8'));
  expect(moved.sort()).toEqual(['first', 'second']);
});
