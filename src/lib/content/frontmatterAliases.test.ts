import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { frontmatterWithAliases } from './frontmatterAliases.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-aliases-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('finds YAML anchors and aliases in frontmatter at any depth, and nothing in asterisks of text', () => {
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write('plain.md', '---\ntitle: 第*期 & 其他\nsummary: 这是 *重点*\n---\n*a* &b\n');
  write('anchor.md', '---\ntitle: &t 标题\nsummary: *t\n---\n正文\n');
  write('2020/nested.mdx', '\uFEFF---\r\nlol: &a [x, x]\r\nlols: [*a, *a]\r\n---\r\n正文\r\n');
  write('photos.md/inside.txt', 'a folder named like an article');
  write('no-frontmatter.md', 'tags: &a [*a]\n');
  expect(frontmatterWithAliases(dir).sort()).toEqual([join(dir, '2020/nested.mdx'), join(dir, 'anchor.md')]);
  expect(frontmatterWithAliases(join(dir, 'missing'))).toEqual([]);
});
