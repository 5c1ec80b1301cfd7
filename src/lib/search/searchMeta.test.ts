import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { resultText, withSearchMeta } from './searchMeta.ts';

const page = (head: string, body: string) =>
  `<!doctype html><html lang="zh-Hant"><head><title>x</title>${head}</head><body>${body}</body></html>`;

describe('resultText', () => {
  it("takes the first h1's text and the description, entities decoded", () => {
    const html = page(
      '<meta name="description" content="發放口罩 &amp; &quot;條幅&quot;">',
      '<h1 data-pagefind-body>泥溪鎮 <span>&lt;東至&gt;</span>\n</h1><h1>第二</h1>',
    );
    expect(resultText(html)).toEqual({ title: '泥溪鎮 <東至>', summary: '發放口罩 & "條幅"' });
  });

  it('says what is missing', () => {
    expect(() => resultText(page('', '<h1>標題</h1>'))).toThrow(/description/);
    expect(() => resultText(page('<meta name="description" content="摘要">', '<h2>標題</h2>'))).toThrow(/h1/);
  });
});

describe('withSearchMeta', () => {
  it('adds one Pagefind meta element per key to the head, values escaped, the rest untouched', () => {
    const html = page('', '<h1>标题</h1>');
    const out = withSearchMeta(html, { 'title_zh-hant': '<script>"標題" & 發</script>', 'summary_zh-hant': '摘要' });
    const metas = parse(out).querySelectorAll('head meta[data-pagefind-meta]');
    expect(metas.map((m) => [m.getAttribute('data-pagefind-meta'), m.getAttribute('content')])).toEqual([
      ['title_zh-hant[content]', '<script>"標題" & 發</script>'],
      ['summary_zh-hant[content]', '摘要'],
    ]);
    expect(parse(out).querySelectorAll('script')).toHaveLength(0);
    expect(out.replace(/<meta data-pagefind-meta[^>]*>/g, '')).toBe(html);
  });

  it('refuses a key Pagefind would read as syntax', () => {
    expect(() => withSearchMeta(page('', ''), { 'title[x]': '' })).toThrow(/key/);
  });
});
