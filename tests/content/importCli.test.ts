import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// `npm run import` on what the office gives it: a folder of pasted texts, a missing file, a mistyped option.
const ROOT = join(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'gongshi-import-cli-'));
afterAll(() => rmSync(dir, { recursive: true }));

const importing = (...args: string[]) => {
  const run = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
};
const filesUnder = (folder: string) =>
  readdirSync(folder, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());

// Made-up articles about one township that content/towns does not have yet.
const FIRST = '溪口镇发放口罩3000只\n\n2020年2月2日，奉化区溪口镇组织志愿者向居民发放口罩3000只，发放宣传单1200份。\n';
const SECOND = '溪口镇悬挂横幅50条\n\n2020年2月5日，奉化区溪口镇在各村悬挂防疫横幅50条。\n';

describe('npm run import on a folder', () => {
  it('imports every text in it, goes on past one it refuses, and counts both at the end', () => {
    const inbox = join(dir, 'inbox');
    const content = join(dir, 'content');
    mkdirSync(inbox);
    writeFileSync(join(inbox, 'a.txt'), FIRST);
    writeFileSync(join(inbox, 'b.txt'), SECOND);
    writeFileSync(join(inbox, 'c.txt'), ''); // an empty paste: refused
    writeFileSync(join(inbox, 'notes.docx'), 'not an article'); // not a text or a page: not an input
    const run = importing(inbox, '--content', content);

    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`导入：${join(inbox, 'c.txt')}：输入是空的\n`);
    expect(run.stdout).toContain('共 3 个文件：导入 2 篇，其中 2 篇需要复核。');
    expect(run.stdout).toContain(`未导入：${join(inbox, 'c.txt')}`);
    const written = filesUnder(content).map((e) => join(e.parentPath, e.name).slice(content.length + 1));
    expect(written.filter((f) => f.startsWith('articles/'))).toHaveLength(2);
    expect(written.filter((f) => f.startsWith('tallies/'))).toHaveLength(2);
    // The town the first article brought is a known town to the second: written once, reported as there.
    expect(written.filter((f) => f.startsWith('towns/'))).toEqual(['towns/xikou.yaml']);
    expect(run.stdout).toContain('溪口镇（xikou，新建');
    expect(run.stdout).toContain('溪口镇（xikou，已有');
  });
});

describe('npm run import refuses in Chinese, without a stack trace and writing nothing', () => {
  // Every case points at a content folder holding one unreadable town file: nothing may be added to it.
  const content = join(dir, 'broken');
  mkdirSync(join(content, 'towns'), { recursive: true });
  writeFileSync(join(content, 'towns', 'bad.yaml'), 'name: [溪口镇\n');
  mkdirSync(join(dir, 'empty'));
  writeFileSync(join(dir, 'one.txt'), FIRST);
  it.each([
    ['a file that is not there', [join(dir, 'missing.txt')], '找不到这个文件或文件夹'],
    ['a folder with nothing to import', [join(dir, 'empty')], '文件夹里没有可导入的文件'],
    ['an option it does not know', ['--tonw', 'xikou'], '无法识别的参数：--tonw'],
    [
      'one slug for several articles',
      [join(dir, 'one.txt'), join(dir, 'one.txt'), '--slug', 'xikou'],
      '--slug 和 --title 只能用于一个文件',
    ],
    ['a town file it cannot read', [join(dir, 'one.txt')], 'towns/bad.yaml 有错，读不出来；请先运行 npm run check'],
  ])('%s', (_, args, problem) => {
    const run = importing(...args, '--content', content);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^导入：/u);
    expect(run.stderr).toContain(problem);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(filesUnder(content)).toHaveLength(1);
  });

  it('an input it cannot open', async () => {
    // A socket is there and is not a folder, but no file can be read from it: as root, a permission cannot stop a read.
    const socket = join(dir, 'article.txt.sock');
    const server = createServer().listen(socket);
    await once(server, 'listening');
    const run = importing(socket, '--content', join(dir, 'unopened'));
    server.close();
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `导入：${socket}：文件打不开（可能没有读取权限，或不是普通文件）；请另存为 .txt 或 .html 再导入\n`,
    );
    expect(existsSync(join(dir, 'unopened'))).toBe(false);
  });

  it('a content folder it cannot write to, saying what it had written', () => {
    // tallies/ is a file: the article is written, its draft tally cannot be, and the office is told which is which.
    const blocked = join(dir, 'blocked');
    mkdirSync(blocked);
    writeFileSync(join(blocked, 'tallies'), '');
    const run = importing(join(dir, 'one.txt'), '--content', blocked);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^导入：.*one\.txt：无法写入 \S*tallies\/xikou-\S*\.yaml（请检查 content 文件夹能否写入、磁盘是否已满）；已写入：\S*articles\/xikou-\S*\.md\n$/u,
    );
    expect(filesUnder(blocked)).toHaveLength(2);
  });

  it('a glossary it cannot read', () => {
    const withGlossary = join(dir, 'bad-glossary');
    mkdirSync(withGlossary);
    writeFileSync(join(withGlossary, 'glossary.yaml'), 'entries:\n  - hans: 公布\n');
    const run = importing(join(dir, 'one.txt'), '--content', withGlossary);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^导入：.*glossary\.yaml 有错，读不出来/u);
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(filesUnder(withGlossary)).toHaveLength(1);
  });
});
