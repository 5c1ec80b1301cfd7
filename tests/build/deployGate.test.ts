/**
 * The deploy workflow's gate (.github/workflows/deploy.yml runs `npm run check`, then `npm run build`, with the
 * office's content) passes on the project's content plus an ordinary new article, its tally and a photo: whatever
 * content/ holds, an office adding an article the way the guide says can publish it.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { LOCALES } from '../../src/config/locales.ts';
import { OFFICE } from '../../src/consts.ts';
import { readContent } from '../../src/lib/content/readContent.ts';
import { isPublished } from '../../src/lib/site/isPublished.ts';
import { astroEnv } from './buildSite.ts';

const project = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'gongshi-deploy-gate-'));
const content = join(work, 'content');
const outDir = join(work, 'dist');
// Names no office would use, so the new files never collide with what content/ holds.
const slug = 'gate-test-qingshan-leaflets';
const town = 'gate-test-qingshan';
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run <script>` as the workflow runs it, on the copied content, without Vitest's own environment. */
function npmRun(script: string, ...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', script, ...(args.length ? ['--', ...args] : [])], {
    cwd: project,
    encoding: 'utf8',
    env: astroEnv({ GONGSHI_CONTENT_DIR: content, GONGSHI_CACHE_DIR: join(work, 'cache') }),
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

let check: ReturnType<typeof npmRun>;
let build: ReturnType<typeof npmRun>;
beforeAll(() => {
  // Whatever the office has, even nothing yet.
  if (existsSync(join(project, 'content'))) cpSync(join(project, 'content'), content, { recursive: true });
  for (const folder of ['articles', 'towns', 'tallies']) mkdirSync(join(content, folder), { recursive: true });
  writeFileSync(join(content, 'towns', `${town}.yaml`), 'name: 青山镇\ncounty: 东至县\nprovince: 安徽省\n');
  writeFileSync(
    join(content, 'articles', `${slug}.md`),
    [
      '---',
      'title: 青山镇发放防疫宣传资料',
      `town: ${town}`,
      'script: hans',
      'published: 2020-03-02',
      'source: { publication: 青山镇人民政府 }',
      'summary: 青山镇向各村发放防疫宣传资料。',
      '---',
      '',
      '3月1日，青山镇向各村发放防疫宣传资料1500份，提醒群众少出门、不聚集。',
      '',
      `![青山镇工作人员向村民发放宣传资料](./${slug}-1.jpg)`,
      '',
    ].join('\n'),
  );
  copyFileSync(join(import.meta.dirname, '../fixtures/photos/photo.jpg'), join(content, 'articles', `${slug}-1.jpg`));
  writeFileSync(
    join(content, 'tallies', `${slug}.yaml`),
    [
      `article: ${slug}`,
      'entries:',
      '  - id: leaflets-0301',
      '    category: leaflets',
      '    kind: distributed',
      '    quantity: 1500',
      '    unit: 份',
      '    date: 2020-03-01',
      '    quote: 3月1日，青山镇向各村发放防疫宣传资料1500份',
      '',
    ].join('\n'),
  );
  check = npmRun('check');
  build = check.status === 0 ? npmRun('build', '--outDir', outDir) : check;
}, 240_000);

it('npm run check accepts the content', () => {
  expect(check.output).toMatch(/Content OK/);
  expect(check.status).toBe(0);
});

it('npm run build publishes every article, the new one with its photo and figure, in both scripts', () => {
  expect(build.status, build.output).toBe(0);
  const { content: office } = readContent(content);
  for (const locale of LOCALES) {
    for (const article of office.articles.filter((a) => isPublished(a.data, new Date(), OFFICE.timeZone))) {
      expect(existsSync(join(outDir, locale.id, 'articles', article.slug, 'index.html')), article.slug).toBe(true);
    }
    const page = readFileSync(join(outDir, locale.id, 'articles', slug, 'index.html'), 'utf8');
    const src = /<img [^>]*src="\/([^"]+)"/.exec(page)?.[1];
    expect(src && existsSync(join(outDir, src)), `${locale.id}: the photo is on the page and in the site`).toBe(true);
    expect(page, 'the figure, in its table').toContain('<data value="1500">');
    expect(existsSync(join(outDir, locale.id, 'towns', town, 'index.html'))).toBe(true);
  }
  expect(readFileSync(join(outDir, 'data/tallies.csv'), 'utf8')).toContain(slug);
});
