import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { articlesThatStopAstro } from './articlesThatStopAstro.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-stall-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('finds YAML anchors and aliases, frontmatter Astro cannot read, and Markdown past its limits, at any depth; nothing in ordinary text', () => {
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write('plain.md', '---\ntitle: 第*期 & 其他\nsummary: 这是 *重点*\n---\n*a* &b\n');
  write('anchor.md', '---\ntitle: &t 标题\nsummary: *t\n---\n正文\n');
  write('2020/nested.mdx', '\uFEFF---\r\nlol: &a [x, x]\r\nlols: [*a, *a]\r\n---\r\n正文\r\n');
  write('photos.md/inside.txt', 'a folder named like an article');
  spawnSync('mkfifo', [join(dir, 'pipe.md')]); // read, it would never end
  write('no-frontmatter.md', 'tags: &a [*a]\n');
  write('spaced.md', '\n\n--- \nlol: &a [x]\nlols: [*a]\n---\n正文\n');
  write('quotes.md', `---\ntitle: x\n---\n${'>'.repeat(40)} 引文\n`);
  write('brackets.md', `${'['.repeat(5000)}\n`);
  write('unclosed.md', '---\ntitle: "标题\nsummary: 摘要\n---\n正文\n');
  write('flow.md', '---\ntags: [防疫, 物资\n---\n正文\n');
  expect(articlesThatStopAstro(dir).sort()).toEqual(
    ['2020/nested.mdx', 'anchor.md', 'brackets.md', 'flow.md', 'quotes.md', 'spaced.md', 'unclosed.md'].map((name) =>
      join(dir, name),
    ),
  );
  expect(articlesThatStopAstro(join(dir, 'missing'))).toEqual([]);
});
