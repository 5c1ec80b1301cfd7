import { say } from '../../i18n/messages/message.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './readContent.ts';
import { formatProblem } from './problem.ts';

/** A throwaway content folder: `files` maps paths under content/ to their text (or bytes). */
function contentDir(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'gongshi-content-'));
  mkdirSync(join(root, 'articles'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

const article = `---
title: 标题
town: nixi
undated: { period: 1月 }
source: { note: 不详 }
script: hans
summary: 摘要
---

正文2000只口罩。
`;
const town = 'name: 泥溪镇\ncounty: 东至县\nprovince: 安徽省\n';
const tally = (entry: string) => `article: a\nentries:\n  - id: masks\n${entry}`;
const goodEntry =
  '    category: masks\n    kind: distributed\n    quantity: 2000\n    unit: 只\n    quote: 2000只口罩\n';

function problemsOf(files: Record<string, string | Buffer>) {
  const dir = contentDir(files);
  return readContent(dir, dir).problems.map((p) => formatProblem(p, 'en'));
}

describe('readContent', () => {
  it('reads valid content with no problems', () => {
    const dir = contentDir({ 'articles/a.md': article, 'towns/nixi.yaml': town, 'tallies/a.yaml': tally(goodEntry) });
    const { content, problems } = readContent(dir, dir);
    expect(problems).toEqual([]);
    expect(content.articles[0]).toMatchObject({ slug: 'a', file: 'articles/a.md', bodyLine: 9 });
    expect(content.articles[0]!.body).toContain('正文');
    expect(content.tallies[0]!.data.entries[0]).toMatchObject({ qualifier: 'exact', review: 'reviewed' });
  });

  it('places a wrong category at its line and column, with a did-you-mean', () => {
    const problems = problemsOf({ 'tallies/a.yaml': tally(goodEntry.replace('masks', 'mask')) });
    expect(problems).toEqual([
      'tallies/a.yaml:4:15  entries.0.category: unknown value "mask"  (did you mean "masks"?)',
    ]);
  });

  it('says which field is missing, at the entry that lacks it', () => {
    const problems = problemsOf({ 'tallies/a.yaml': tally(goodEntry.replace('    quote: 2000只口罩\n', '')) });
    expect(problems).toEqual(['tallies/a.yaml:3:5  entries.0.quote: missing (text is needed)  (add this field)']);
  });

  it('rejects a unit that does not fit the category', () => {
    const problems = problemsOf({ 'tallies/a.yaml': tally(goodEntry.replace('unit: 只', 'unit: 吨')) });
    expect(problems).toEqual([
      'tallies/a.yaml:7:11  entries.0.unit: unit "吨" does not fit category masks  (use one of: 只, 个, 片, 张, 包, 盒, 箱, 袋 (or check the category))',
    ]);
  });

  it('places frontmatter problems at the line of the Markdown file', () => {
    const problems = problemsOf({ 'articles/a.md': article.replace('script: hans', 'script: simplified') });
    expect(problems).toEqual([expect.stringMatching(/^articles\/a\.md:6:9 {2}script: .*\(use one of: hans, hant\)$/)]);
  });

  it('refuses an article that invents no date and gives no period, or gives both', () => {
    expect(problemsOf({ 'articles/a.md': article.replace('undated: { period: 1月 }\n', '') })[0]).toMatch(
      /published: give either `published: YYYY-MM-DD` or `undated/,
    );
    expect(
      problemsOf({ 'articles/a.md': article.replace('undated:', 'published: 2020-02-20\nundated:') }),
    ).toHaveLength(1);
  });

  it('reports YAML syntax errors (tabs, unclosed quotes) at their line', () => {
    expect(problemsOf({ 'towns/nixi.yaml': 'name: 泥溪镇\n\tcounty: 东至县\n' })[0]).toMatch(
      /^towns\/nixi\.yaml:2:1 {2}YAML syntax: .*\(indent with spaces, not tabs\)$/,
    );
    expect(problemsOf({ 'towns/nixi.yaml': 'name: 泥溪镇\ncounty: "东至县\nprovince: 安徽省\n' })[0]).toMatch(
      /^towns\/nixi\.yaml:2:9 {2}YAML syntax: this quote is never closed {2}\(end the text with ", or remove the opening "\)$/,
    );
  });

  it('keeps line numbers right in files saved with a byte-order mark and CRLF', () => {
    const windows = '\uFEFF' + tally(goodEntry.replace('masks', 'mask')).replace(/\n/g, '\r\n');
    expect(problemsOf({ 'tallies/a.yaml': windows })[0]).toMatch(/^tallies\/a\.yaml:4:15 /);
  });

  it('reports a binary file and an article without frontmatter instead of crashing', () => {
    expect(problemsOf({ 'towns/x.yaml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) })).toEqual([
      'towns/x.yaml:1:1  this is not a text file  (save it as UTF-8 text, or remove it from content/)',
    ]);
    expect(problemsOf({ 'articles/b.md': '正文' })[0]).toMatch(
      /^articles\/b\.md:1:1 {2}the article has no frontmatter/,
    );
  });

  it('reports a missing articles folder (run from the wrong directory)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongshi-empty-'));
    expect(readContent(dir, dir).problems[0]!.message).toEqual(say('files.noArticlesFolder'));
  });
});
