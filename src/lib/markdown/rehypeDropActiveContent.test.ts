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

describe('rehypeDropActiveContent: URLs', () => {
  const link = (href: string) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] });
  const image = (src: string, alt = '说明') => ({
    type: 'element',
    tagName: 'img',
    properties: { src, alt },
    children: [],
  });
  const cleaned = (children: { type: string }[]) => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children }] };
    rehypeDropActiveContent()(tree);
    return tree.children[0]!.children;
  };

  it('keeps links to web pages, e-mail and phone numbers, and the site’s own paths', () => {
    const kept = [
      'https://example.org/a?b=1',
      'http://example.org',
      'mailto:a@example.org',
      'tel:+8610',
      '/zh-hans/',
      '#x',
    ];
    expect(cleaned(kept.map(link))).toEqual(kept.map(link));
  });

  it('removes links to pages written into the URL or to script, however spelled', () => {
    const hrefs = [
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'JaVaScRiPt:alert(1)',
      '\tjava\nscript:alert(1)',
    ];
    expect(cleaned(hrefs.map(link))).toEqual(hrefs.map(() => ({ ...link(''), properties: {} })));
  });

  it('keeps images of the site and written into the page; one from another host, which the CSP blocks, becomes its alt text', () => {
    const own = [image('/images/map.png'), image('data:image/png;base64,iVBORw0KGgo=')];
    expect(cleaned(own)).toEqual(own);
    expect(cleaned([image('https://tracker.example.net/x.png'), image('//tracker.example.net/x.png')])).toEqual([
      { type: 'text', value: '说明' },
      { type: 'text', value: '说明' },
    ]);
    // Without a description there is nothing to show in its place.
    expect(cleaned([image('javascript:alert(1)', '')])).toEqual([]);
  });
});
