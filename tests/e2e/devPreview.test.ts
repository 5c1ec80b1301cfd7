/**
 * `npm run dev` follows the content folder without a restart: edited, added and removed files show on the next
 * page load, a glossary edit reaches the Traditional pages, and a content problem shows in the page instead of the
 * page, in Chinese, at its file and line. Runs on a copy of the seed fixture.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parse } from 'yaml';
import { launchBrowser } from './browser.ts';
import { eventually, startDevServer, type DevServer } from './devServer.ts';

const content = mkdtempSync(join(tmpdir(), 'gongshi-dev-content-'));
cpSync(join(import.meta.dirname, '../fixtures/seed-content'), content, { recursive: true });
const townFile = join(content, 'towns/nixi.yaml');
const town = parse(readFileSync(townFile, 'utf8')) as { name: string; county: string };

let dev: DevServer;
beforeAll(async () => {
  dev = await startDevServer(content);
});
afterAll(async () => {
  await dev?.stop();
  rmSync(content, { recursive: true, force: true });
});

const page = async (path: string) => {
  const response = await fetch(dev.origin + path);
  return { status: response.status, html: await response.text() };
};
const edit = (file: string, change: (text: string) => string) =>
  writeFileSync(file, change(readFileSync(file, 'utf8')));

it('shows an edited town file on its page without a restart', async () => {
  expect((await page('/zh-hans/towns/nixi/')).html).toContain(town.county);
  const county = `${town.county}新区`;
  edit(townFile, (text) => text.replace(`county: ${town.county}`, `county: ${county}`));
  const after = await eventually(
    () => page('/zh-hans/towns/nixi/'),
    ({ html }) => html.includes(county),
  );
  expect(after.html).toContain(county);
});

it('gives a new town its page, and forgets a removed one', async () => {
  const added = join(content, 'towns/dev-preview-town.yaml');
  writeFileSync(added, readFileSync(townFile, 'utf8').replace(`name: ${town.name}`, 'name: 预览测试镇'));
  const shown = await eventually(
    () => page('/zh-hans/towns/dev-preview-town/'),
    ({ status }) => status === 200,
  );
  expect(shown.html).toContain('预览测试镇');
  rmSync(added);
  const gone = await eventually(
    () => page('/zh-hans/towns/dev-preview-town/'),
    ({ status }) => status === 404,
  );
  expect(gone.status).toBe(404);
});

it('converts the Traditional pages with the glossary as it is now', async () => {
  const wording = '預覽詞彙鄉';
  expect((await page('/zh-hant/towns/nixi/')).html).not.toContain(wording);
  edit(
    join(content, 'glossary.yaml'),
    (text) => `${text}\n  - hans: ${town.name}\n    hant: ${wording}\n    note: 测试\n`,
  );
  const after = await eventually(
    () => page('/zh-hant/towns/nixi/'),
    ({ html }) => html.includes(wording),
  );
  expect(after.html).toContain(wording);
});

it('shows a content problem over the page, in Chinese at its file and line, until the file is fixed', async () => {
  const tally = join(content, 'tallies/nixi-wang-jinshui.yaml');
  const before = readFileSync(tally, 'utf8');
  const lines = before.split('\n');
  const line = lines.findIndex((text) => /^\s+quantity: \d+$/.test(text));
  lines[line] = lines[line]!.replace(/\d+$/, '-5');
  writeFileSync(tally, lines.join('\n'));
  await eventually(
    () => page('/zh-hans/towns/nixi/'),
    ({ status }) => status === 500,
  );

  const browser = await launchBrowser();
  try {
    const tab = await browser.newPage();
    await tab.goto(`${dev.origin}/zh-hans/towns/nixi/`);
    // Vite's error overlay, as Astro dresses it (open shadow DOM: the locators reach into it).
    const overlay = tab.locator('vite-error-overlay');
    await expect.poll(() => overlay.locator('#title').textContent()).toContain('内容有问题');
    expect(await overlay.locator('#message-content').textContent()).toContain(
      `tallies/nixi-wang-jinshui.yaml:${line + 1}:`,
    );
    expect(await overlay.locator('#hint-content').textContent()).toMatch(/[\u4e00-\u9fff]/);
    expect(await overlay.locator('#stack-content').textContent()).toBe(''); // no trace into the project's code
  } finally {
    await browser.close();
  }

  writeFileSync(tally, before);
  const fixed = await eventually(
    () => page('/zh-hans/towns/nixi/'),
    ({ status }) => status === 200,
  );
  expect(fixed.status).toBe(200);
});
