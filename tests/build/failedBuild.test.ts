/**
 * A build with a content mistake stops before it writes anything: the previous dist/ stays exactly as it was,
 * and the output names the problem as `file:line:column  message  (fix)`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';
import { siteFiles } from './pageLinks.ts';

const outDir = mkdtempSync(join(tmpdir(), 'gongshi-previous-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

it('leaves the previous dist/ untouched and lists the problem', () => {
  // Stands in for the last good build.
  mkdirSync(join(outDir, 'zh-hans'));
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>last good build</title>');
  writeFileSync(join(outDir, 'zh-hans', 'index.html'), 'previous page');
  const before = [...siteFiles(outDir)].sort();

  const bad = join(import.meta.dirname, '../fixtures/bad-content/unknown-category');
  const { status, output } = buildSite(outDir, { GONGSHI_CONTENT_DIR: bad });

  expect(status).not.toBe(0);
  expect(output).toContain('1 content problem — nothing was published');
  expect(output).toMatch(
    /tallies\/nixi-masks\.yaml:4:15 {2}entries\.0\.category: unknown value "mask" {2}\(did you mean "masks"\?\)/,
  );
  // Once: the second thread that warms the caches met the same problem, and leaves reporting it to the build.
  expect(output.match(/unknown value "mask"/g)).toHaveLength(1);
  expect([...siteFiles(outDir)].sort()).toEqual(before);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<!doctype html><title>last good build</title>');
  expect(readFileSync(join(outDir, 'zh-hans', 'index.html'), 'utf8')).toBe('previous page');
});
