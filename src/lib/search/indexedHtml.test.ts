import { describe, expect, it } from 'vitest';
import { indexedHtml } from './indexedHtml.ts';

const page = (body: string) =>
  `<!doctype html><html lang="zh-Hans"><head><title>公示</title><link rel="stylesheet" href="/a.css"></head>` +
  `<body><nav><a href="/">首页</a></nav>${body}<footer>页脚</footer></body></html>`;

describe('indexedHtml', () => {
  it('keeps the language and the marked element, nested elements of its kind included', () => {
    const article = '<article data-pagefind-body><h1>标题</h1><article><p>引文</p></article><p>正文</p></article>';
    expect(indexedHtml(page(`${article}<section>相关文章</section>`))).toBe(
      `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"></head><body>${article}</body></html>`,
    );
  });

  it('keeps every marked element, in page order', () => {
    const html = page(
      '<h1 data-pagefind-body>泥溪镇</h1><p>别的</p><dl class="facts" data-pagefind-body><dt>县</dt></dl>',
    );
    expect(indexedHtml(html)).toContain(
      '<body><h1 data-pagefind-body>泥溪镇</h1><dl class="facts" data-pagefind-body>',
    );
  });

  it('is the same whatever changes outside the marked elements', () => {
    const article = '<article data-pagefind-body><h1>标题</h1></article>';
    expect(indexedHtml(page(article))).toBe(indexedHtml(page(`${article}<section>新的相关文章</section>`)));
  });

  it('refuses a page with nothing marked, or a marked element never closed', () => {
    expect(() => indexedHtml(page('<article><h1>标题</h1></article>'))).toThrow(/data-pagefind-body/);
    expect(() => indexedHtml(page('<article data-pagefind-body><h1>标题</h1>'))).toThrow(/never closed/);
  });
});
