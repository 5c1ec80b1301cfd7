/**
 * Defence in depth for MDX: the content check refuses tags and code in an article, and should one get through, the
 * sanitizer every Markdown article goes through drops it from MDX output too. @astrojs/mdx 8 renders .mdx with
 * `markdown.processor.createMdxRenderer` (its vite plugin), which @astrojs/markdown-remark builds on @mdx-js/mdx
 * with the processor's own rehype plugins: this compiles hostile MDX exactly that way.
 */
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { markdown } from '../../config/markdown.ts';

const HOSTILE = [
  '检查站照常值守。',
  '<script>alert("mdx")</script>',
  '<iframe src="https://tracker.example.net/frame"></iframe>',
  '<span onMouseOver="alert(\'mdx-handler\')">检查站</span>',
  '[链接](javascript:alert(1))',
].join('\n\n');

/** The JavaScript module an .mdx article compiles to, with the given processor. */
async function compiled(processor: typeof markdown.processor): Promise<string> {
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false, gfm: false, smartypants: false },
    { optimize: false },
  );
  return (await renderer.process(HOSTILE, '/article.mdx', {})).code;
}

/** The kinds of element the compiled article creates (`_jsx("span", …)`, `_jsx(_components.p, …)`). */
const elements = (code: string) =>
  [...new Set([...code.matchAll(/_jsxs?\((?:"([^"]+)"|_components\.(\w+))/g)].map((m) => m[1] ?? m[2]))].sort();

describe('MDX output', () => {
  it('goes through the same sanitizer as Markdown: no script, frame, handler or javascript: link survives', async () => {
    const code = await compiled(markdown.processor);
    expect(elements(code)).toEqual(['a', 'p', 'span']);
    expect(code).not.toMatch(/onMouseOver|javascript:|alert/);
    expect(code).toContain('检查站照常值守。');
  });

  it('would keep them without it, so the case above tests the sanitizer', async () => {
    const code = await compiled(unified({ ...markdown.processor.options, rehypePlugins: [] }));
    expect(elements(code)).toEqual(['a', 'iframe', 'p', 'script', 'span']);
    expect(code).toMatch(/onMouseOver/);
    expect(code).toMatch(/javascript:/);
  });
});
