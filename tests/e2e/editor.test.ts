import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { startEditing, type Editing } from '../../scripts/edit.ts';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { tallyFileSchema } from '../../src/lib/schema/tally.ts';
import { astroEnv } from '../build/buildSite.ts';
import { SEED_CONTENT_DIR } from '../seedContent.ts';
import { launchBrowser } from './browser.ts';
import { freePort } from './devServer.ts';

// The web editor as the office uses it on one computer (`npm run edit`): the real Decap CMS at /admin/ on the dev
// server, decap-server committing into a git repository. Never content/: a copy of the seed content in a temporary
// repository.
let repository: string;
let cache: string;
let editing: Editing;
let browser: Browser;

const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, encoding: 'utf8' });
const contentDir = () => join(repository, 'content');

beforeAll(async () => {
  repository = mkdtempSync(join(tmpdir(), 'gongshi-editor-'));
  cache = mkdtempSync(join(tmpdir(), 'gongshi-editor-cache-'));
  cpSync(SEED_CONTENT_DIR, contentDir(), { recursive: true });
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', '宣传办');
  git('config', 'user.email', 'office@example.cn');
  git('add', '-A');
  git('commit', '--quiet', '-m', '种子内容');
  const env = astroEnv({ GONGSHI_CONTENT_DIR: contentDir(), GONGSHI_CACHE_DIR: cache });
  [browser, editing] = await Promise.all([
    launchBrowser(),
    startEditing({ repository, port: await freePort(), editorPort: await freePort(), env, stdio: 'pipe' }),
  ]);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await editing?.stop();
  rmSync(repository, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
});

/** The editor, logged in to the local backend; every request the page makes off the site's origin is collected. */
async function openEditor(): Promise<{ page: Page; foreign: string[] }> {
  const page = await browser.newPage();
  const foreign: string[] = [];
  page.on('request', (request) => {
    // blob: URLs of the site's origin are the page's own (Decap shows a loaded photo through one).
    const own = [`${editing.origin}/`, `blob:${editing.origin}/`, 'data:'];
    if (!own.some((start) => request.url().startsWith(start))) {
      foreign.push(request.url());
    }
  });
  // Decap asks "publish now?" with the browser's own confirm.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${editing.origin}/admin/`);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('文章').first().waitFor();
  return { page, foreign };
}

/** Picks an option of a select or relation field (react-select) by typing its label. */
async function choose(page: Page, label: string, option: string, nth = 0): Promise<void> {
  const input = page.getByLabel(label, { exact: true }).nth(nth);
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

/**
 * Opens the form of the tally's figure `n`: a new tally has one already (the schema wants at least one), which Decap
 * shows folded; the others are added.
 */
async function openFigure(page: Page, n: number): Promise<void> {
  if (n === 0) await page.locator('[class*="ListItemTopBar"] button').first().click();
  else await page.getByRole('button', { name: '新增数字' }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.getByText('立即发布').click();
}

/** Waits until a new commit holds a file under `folder`, and returns its path in the repository. */
async function committedFile(page: Page, folder: string, before: string): Promise<string> {
  for (let tries = 0; tries < 100; tries++) {
    const files = git('diff', '--name-only', before, 'HEAD', '--', `content/${folder}`).trim();
    if (files) return files.split('\n')[0]!;
    await page.waitForTimeout(200);
  }
  throw new Error(`nothing was committed into content/${folder}`);
}

describe('the web editor (local mode)', () => {
  it(
    'creates an article and its tally through the forms, and commits files the check accepts',
    { timeout: 120_000 },
    async () => {
      const { page, foreign } = await openEditor();
      const start = git('rev-parse', 'HEAD').trim();
      const body = '泥溪镇向群众发放一次性口罩2000只。全镇设立检查站3处，日夜值守。';

      await page.goto(`${editing.origin}/admin/#/collections/articles/new`);
      await page.getByLabel('标题', { exact: true }).fill('泥溪镇发放口罩');
      await choose(page, '乡镇', '泥溪镇');
      await page.getByLabel('发布日期').fill('2020-02-20');
      await page.getByLabel('媒体名称').fill('东至县融媒体中心');
      await choose(page, '文字', '简体');
      await page.getByLabel('摘要').fill('泥溪镇发放口罩，设立检查站。');
      await page.getByLabel('草稿').click();
      await page.locator('[data-slate-editor]').click();
      await page.keyboard.insertText(body);
      // The preview shows the article in its own script and converted into the other, as the site does.
      const preview = page.locator('iframe').first().contentFrame();
      await preview.getByText('泥溪镇向群众发放一次性口罩2000只').waitFor();
      await preview.getByText('泥溪鎮向群眾發放一次性口罩2000隻').waitFor();
      await publish(page);
      const articleFile = await committedFile(page, 'articles', start);
      const slug = articleFile.replace(/^content\/articles\/|\.md$/g, '');

      const afterArticle = git('rev-parse', 'HEAD').trim();
      // Loaded afresh, as when staff next open it: Decap lists the new article (its list in memory may not).
      await page.goto('about:blank');
      await page.goto(`${editing.origin}/admin/#/collections/tallies/new`);
      await choose(page, '文章', '泥溪镇发放口罩');
      const figures = [
        { id: 'masks', category: '口罩', kind: '发放', quantity: '2000', unit: '只', quote: '发放一次性口罩2000只' },
        {
          id: 'checkpoints',
          category: '检查站与岗点',
          kind: '设立',
          quantity: '3',
          unit: '处',
          quote: '设立检查站3处',
        },
      ];
      for (const [n, figure] of figures.entries()) {
        await openFigure(page, n);
        await page.getByLabel('编号').nth(n).fill(figure.id);
        await choose(page, '类别', figure.category, n);
        await choose(page, '做了什么', figure.kind, n);
        await page.getByLabel('数量', { exact: true }).nth(n).fill(figure.quantity);
        await choose(page, '单位', figure.unit, n);
        await page.getByLabel('引句').nth(n).fill(figure.quote);
      }
      await publish(page);
      const tallyFile = await committedFile(page, 'tallies', afterArticle);

      // Valid Markdown and YAML, named as the check requires, that the whole check accepts.
      expect(tallyFile).toBe(`content/tallies/${slug}.yaml`);
      const article = readFileSync(join(repository, articleFile), 'utf8');
      expect(article).toMatch(/^---\n[\s\S]*\n---\n/);
      expect(article).toContain(body);
      const tally = tallyFileSchema.parse(parse(readFileSync(join(repository, tallyFile), 'utf8')));
      expect(tally.article).toBe(slug);
      expect(tally.entries.map((entry) => [entry.id, entry.category, entry.quantity, entry.unit])).toEqual([
        ['masks', 'masks', 2000, '只'],
        ['checkpoints', 'checkpoints', 3, '处'],
      ]);
      const { problems, draftProblems } = checkContent(contentDir());
      expect([...problems, ...draftProblems]).toEqual([]);
      expect(git('status', '--porcelain')).toBe('');

      // The dev server shows the new article, without a restart.
      const response = await page.goto(`${editing.origin}/zh-hans/articles/${slug}/`);
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1').textContent()).resolves.toContain('泥溪镇发放口罩');
      // …as residents see it: no developer toolbar over the office's page.
      await page.waitForLoadState('networkidle');
      expect(await page.locator('astro-dev-toolbar').count()).toBe(0);
      expect(foreign).toEqual([]);
    },
  );

  it('refuses to save a negative quantity or a missing required field', async () => {
    const { page, foreign } = await openEditor();
    const start = git('rev-parse', 'HEAD').trim();
    await page.goto(`${editing.origin}/admin/#/collections/tallies/new`);
    await choose(page, '文章', '泥溪镇党委书记王金水：扛起责任，冲锋在前');
    await openFigure(page, 0);
    await page.getByLabel('编号').fill('masks');
    await choose(page, '类别', '口罩');
    await choose(page, '做了什么', '发放');
    await page.getByLabel('数量', { exact: true }).fill('-5');
    await choose(page, '单位', '只');
    await publish(page);
    await expect(page.getByText('“数量”必须至少为 0').first().isVisible()).resolves.toBe(true);
    await expect(page.getByText('“引句”是必填项').first().isVisible()).resolves.toBe(true);
    await page.waitForTimeout(1000);
    expect(git('rev-parse', 'HEAD').trim()).toBe(start);
    expect(git('status', '--porcelain')).toBe('');
    expect(foreign).toEqual([]);
  });

  it('previews a hostile article as text: nothing in it runs, loads or leaves the site', async () => {
    const hostile = join(import.meta.dirname, '../fixtures/hostile-content/articles/hostile-markup.md');
    cpSync(hostile, join(contentDir(), 'articles/hostile-markup.md'));
    git('add', '-A');
    git('commit', '--quiet', '-m', '一篇带恶意标记的文章');
    const { page, foreign } = await openEditor();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => dialogs.push(`${dialog.type()}: ${dialog.message()}`));
    await page.goto(`${editing.origin}/admin/#/collections/articles/entries/hostile-markup`);
    const preview = page.locator('iframe').first().contentFrame();
    // Its text, in its own script and converted: the preview rendered the body.
    await preview.getByText('泥溪镇向各村发放2000只一次性口罩').first().waitFor();
    await preview.getByText('泥溪鎮向各村發放2000隻一次性口罩').first().waitFor();
    await page.waitForTimeout(1000);
    const active = await preview
      .locator('body')
      .evaluate(
        (body) =>
          body.querySelectorAll(
            'script, iframe, object, embed, form, base, meta, [onerror], [onload], [href^="javascript:"], [src^="javascript:"]',
          ).length,
      );
    expect(active).toBe(0);
    const pwned =
      (await page.evaluate(() => 'pwned' in window)) ||
      (await preview.locator('body').evaluate(() => 'pwned' in window));
    expect(pwned).toBe(false);
    expect(dialogs.filter((dialog) => !dialog.startsWith('confirm'))).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it("passes on to decap-server (which writes and commits) only what the editor's own page sends", async () => {
    const start = git('rev-parse', 'HEAD').trim();
    const ask = (origin: string) =>
      fetch(`${editing.origin}/admin/api/v1/`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: origin },
        body: JSON.stringify({ action: 'info', params: {} }),
      });
    expect((await ask('http://evil.example')).status).toBe(403);
    expect((await ask(editing.origin)).status).toBe(200);
    expect(git('rev-parse', 'HEAD').trim()).toBe(start);
  });
});
