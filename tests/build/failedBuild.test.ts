/**
 * A build with a content mistake stops before it writes anything: the previous dist/ stays exactly as it was,
 * and the output names the problem as `file:line:column  message  (fix)`. Articles that would stall Astro's own
 * parsing for minutes are refused before Astro reads them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from './buildSite.ts';
import { siteFiles } from './pageLinks.ts';

const work = mkdtempSync(join(tmpdir(), 'gongshi-previous-'));
const outDir = join(work, 'dist');
const corpus = join(import.meta.dirname, '../fixtures/bad-content');
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('leaves the previous dist/ untouched and lists the problem', () => {
  // Stands in for the last good build.
  mkdirSync(join(outDir, 'zh-hans'), { recursive: true });
  writeFileSync(join(outDir, 'index.html'), '<!doctype html><title>last good build</title>');
  writeFileSync(join(outDir, 'zh-hans', 'index.html'), 'previous page');
  const before = [...siteFiles(outDir)].sort();

  const { status, output } = buildSite(outDir, { GONGSHI_CONTENT_DIR: join(corpus, 'unknown-category') });

  expect(status).not.toBe(0);
  expect(output).toContain('内容有 1 处问题，本次什么也没有发布：');
  expect(output).toMatch(
    /tallies\/nixi-masks\.yaml:4:15 {2}entries\.0\.category：未知的值 "mask" {2}\(是不是“masks”？\)/,
  );
  // Once, and without Astro's "unhandled error in a hook" or a stack trace around it.
  expect(output.match(/未知的值 "mask"/g)).toHaveLength(1);
  expect(output).not.toMatch(/unhandled error|\n\s+at /i);
  expect([...siteFiles(outDir)].sort()).toEqual(before);
  expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('<!doctype html><title>last good build</title>');
  expect(readFileSync(join(outDir, 'zh-hans', 'index.html'), 'utf8')).toBe('previous page');
});

const append = (text: string) => (article: string) => article + text;

it.each([
  [
    'a billion laughs in frontmatter',
    join(corpus, 'frontmatter-alias-bomb'),
    undefined,
    /articles\/nixi-masks\.md:\d+:\d+ {2}/,
  ],
  [
    'frontmatter Astro’s own parser refuses (an unclosed quote)',
    join(corpus, 'valid'),
    (article: string) => article.replace(/^title: /m, 'title: "'),
    /articles\/nixi-masks\.md:\d+:\d+ {2}YAML 格式错误/,
  ],
  [
    'quotes nested thousands deep',
    join(corpus, 'valid'),
    append(`\n${'>'.repeat(5000)} 引文\n`),
    /articles\/nixi-masks\.md:14:1 {2}这一行把 5000 层引用或列表套在一起/,
  ],
  [
    'a paragraph of brackets',
    join(corpus, 'valid'),
    append(`\n${'['.repeat(50_000)}\n`),
    /articles\/nixi-masks\.md:14:401 {2}这一段里有超过 400 个 \[ 字符/,
  ],
])('refuses %s before Astro parses any article', (_, source, edit, problem) => {
  const content = mkdtempSync(join(work, 'content-'));
  cpSync(source, content, { recursive: true });
  const article = join(content, 'articles/nixi-masks.md');
  if (edit) writeFileSync(article, edit(readFileSync(article, 'utf8')));
  const { status, output } = buildSite(join(work, 'stalled'), { GONGSHI_CONTENT_DIR: content });
  expect(status).not.toBe(0);
  expect(output).toMatch(problem);
  expect(output).not.toContain('Syncing content');
  expect(output).not.toMatch(/\n\s+at /); // no stack trace
});
