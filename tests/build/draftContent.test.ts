/**
 * A build of tests/fixtures/draft-content, whose only problems are in an imported draft (`town: unknown`) and in
 * entries pending review: the site is published without them, and the build says how many wait for review.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { render, say } from '../../src/i18n/messages/message.ts';
import { buildSite } from './buildSite.ts';
import { siteFiles } from './pageLinks.ts';

const work = mkdtempSync(join(tmpdir(), 'gongshi-drafts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('publishes the site without the draft, warning once of the problems waiting in drafts', () => {
  const outDir = join(work, 'dist');
  const { status, output } = buildSite(outDir, {
    GONGSHI_CONTENT_DIR: join(import.meta.dirname, '../fixtures/draft-content'),
    GONGSHI_NOW: '2020-03-01T12:00:00+08:00',
  });

  expect(status, output).toBe(0);
  const waiting = say('build.draftProblemsSeeCheck', { waiting: say('check.draftProblemsWaiting', { count: 3 }) });
  expect(output.split(render(waiting, 'zh-hans'))).toHaveLength(2);
  const files = siteFiles(outDir);
  expect(files.has('zh-hans/articles/published/index.html')).toBe(true);
  expect([...files].filter((file) => file.includes('imported-draft'))).toEqual([]);
  const data = readFileSync(join(outDir, 'data/tallies.csv'), 'utf8');
  expect(data).toContain('masks-0127');
  expect(data).not.toContain('masks-wrong-unit');
});
