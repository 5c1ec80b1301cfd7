import { describe, expect, it } from 'vitest';
import { rehypeDropActiveContent } from './rehypeDropActiveContent.ts';

describe('rehypeDropActiveContent', () => {
  it('removes scripts, frames and styles (HTML and MDX JSX), handlers and javascript: links; keeps text', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'element', tagName: 'script', children: [{ type: 'text', value: 'alert(1)' }] },
        { type: 'mdxJsxFlowElement', name: 'iframe', attributes: [], children: [] },
        {
          type: 'element',
          tagName: 'p',
          properties: { onClick: 'alert(1)', className: ['x'] },
          children: [
            { type: 'element', tagName: 'a', properties: { href: ' javascript:alert(1)' }, children: [] },
            {
              type: 'mdxJsxTextElement',
              name: 'span',
              attributes: [
                { type: 'mdxJsxAttribute', name: 'onMouseOver', value: 'alert(1)' },
                { type: 'mdxJsxAttribute', name: 'title', value: '说明' },
              ],
              children: [{ type: 'text', value: '口罩' }],
            },
          ],
        },
      ],
    };
    rehypeDropActiveContent()(tree);
    expect(tree).toEqual({
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: { className: ['x'] },
          children: [
            { type: 'element', tagName: 'a', properties: {}, children: [] },
            {
              type: 'mdxJsxTextElement',
              name: 'span',
              attributes: [{ type: 'mdxJsxAttribute', name: 'title', value: '说明' }],
              children: [{ type: 'text', value: '口罩' }],
            },
          ],
        },
      ],
    });
  });
});
