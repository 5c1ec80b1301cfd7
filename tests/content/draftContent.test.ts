/**
 * Drafts never stop the site (tests/fixtures/draft-content: a published article whose tally has a pending entry with
 * an unknown unit, and an imported draft with `town: unknown` whose pending entries misquote it): their problems
 * wait for review, apart from the site's, and `npm run check` says so without failing; what keeps hostile content
 * out still stops, in a draft too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { render, say } from '../../src/i18n/messages/message.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { siteModel } from '../../src/lib/site/siteModel.ts';

const FIXTURE = join(import.meta.dirname, '../fixtures/draft-content');
const ROOT = join(import.meta.dirname, '../..');
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The fixture with `files` (paths under the content folder) added. */
function fixtureWith(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'gongshi-drafts-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const checked = (contentDir: string) => {
  const { content, problems, draftProblems } = checkContent(contentDir, { displayRoot: contentDir });
  return {
    content,
    stopping: problems.map((p) => formatProblem(p, 'en')),
    waiting: draftProblems.map((p) => formatProblem(p, 'en')),
  };
};

const waiting = (count: number) => render(say('check.draftProblemsWaiting', { count }), 'zh-hans');

/** `npm run check` on a content folder. */
function runCheck(contentDir: string) {
  const run = spawnSync(process.execPath, ['scripts/check.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, GONGSHI_CONTENT_DIR: contentDir },
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

const DRAFT_MDX = `---
title: 草稿
town: nixi
script: hans
published: 2020-02-05
draft: true
source: { note: 测试用例 }
---

import secret from '../../secret.js';

镇里发放口罩。
`;

describe('the check', () => {
  it('finds nothing that stops the site, and every problem of the drafts and pending entries', () => {
    const { stopping, waiting } = checked(FIXTURE);
    expect(stopping).toEqual([]);
    expect(waiting).toEqual([
      'articles/imported-draft.md:3:7  town "unknown" does not exist  (use one of: nixi, or add content/towns/unknown.yaml)',
      'tallies/imported-draft.yaml:15:12  quote not found in article "imported-draft"  (copy the sentence exactly from the article: same script, same punctuation, no added spaces)',
      'tallies/published.yaml:14:11  entries.1.unit: unknown unit "口罩"  (use a unit listed in src/config/categories.ts, or ask for it to be added)',
    ]);
  });

  it('keeps the reviewed figures of a tally whose pending entry is invalid, and publishes no draft', () => {
    const { content } = checked(FIXTURE);
    const model = siteModel(content, new Date('2020-03-01T12:00:00+08:00'));
    expect(model.articles.map((a) => a.slug)).toEqual(['published']);
    expect(model.records.map((r) => [r.article, r.id, r.quantity])).toEqual([['published', 'masks-0127', 2000]]);
  });

  it('still stops on code in a draft, even when its frontmatter is not valid', () => {
    const { stopping, waiting } = checked(fixtureWith({ 'articles/draft-code.mdx': DRAFT_MDX }));
    expect(stopping).toEqual([expect.stringMatching(/^articles\/draft-code\.mdx:10:1 {2}/)]);
    expect(waiting).toContainEqual(expect.stringMatching(/^articles\/draft-code\.mdx:2:1 {2}summary: missing/));
  });

  it('still stops on a photo of a draft the build cannot show: Astro reads drafts too', () => {
    const draft = readFileSync(join(FIXTURE, 'articles/imported-draft.md'), 'utf8');
    const { stopping } = checked(fixtureWith({ 'articles/imported-draft.md': `${draft}\n![现场](./missing.jpg)\n` }));
    expect(stopping).toEqual([expect.stringMatching(/^articles\/imported-draft\.md:13:1 {2}the photo "missing\.jpg"/)]);
  });

  it('stops on a draft problem once the article is no longer a draft', () => {
    const published = fixtureWith({});
    const draft = join(published, 'articles/imported-draft.md');
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('draft: true\n', ''));
    expect(checked(published).stopping).toContainEqual(expect.stringContaining('town "unknown" does not exist'));
  });
});

describe('npm run check', () => {
  it('succeeds with only draft problems, listing them in their own section and counting them', () => {
    const { status, output } = runCheck(FIXTURE);
    expect(status).toBe(0);
    expect(output).toContain('草稿中的问题（不影响发布）：\n');
    expect(output).toContain('tallies/published.yaml:14:11  entries.1.unit：未知的单位“口罩”');
    expect(output).toContain(`内容无误：文章 2 篇，乡镇 1 个，统计条目 3 条。 ${waiting(3)}`);
  });

  it('fails when a problem stops the site, and still lists the draft problems after it', () => {
    const { status, output } = runCheck(fixtureWith({ 'articles/draft-code.mdx': DRAFT_MDX }));
    expect(status).toBe(1);
    expect(output.indexOf('draft-code.mdx:10:1')).toBeLessThan(output.indexOf('草稿中的问题（不影响发布）'));
    expect(output).toContain(`共发现 1 处问题。请改正后再运行 npm run check。 ${waiting(4)}`);
  });
});
