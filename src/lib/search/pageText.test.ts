import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { pageText } from './pageText.ts';

const page = (body: string) =>
  parse(`<html><body><nav><a href="/">首页</a></nav>${body}<footer>页脚</footer></body></html>`);

describe('pageText', () => {
  it('reads the marked elements block by block, the title first, white space made one space', () => {
    const body =
      '<article data-pagefind-body><h1>标题 <span>一</span></h1><p class="meta"><a href="/t/">泥溪镇</a>· 作者：某</p>' +
      '<div class="article-body"><p>第一段\n  文字 &amp; &lt;b&gt;</p><ul><li>一项</li><li><p>二项</p></li></ul></div></article>' +
      '<dl data-pagefind-body><dt>省份</dt><dd>安徽省</dd></dl><p>不在标记里</p>';
    expect(pageText(page(body))).toEqual([
      '标题 一',
      '泥溪镇· 作者：某',
      '第一段 文字 & <b>',
      '一项',
      '二项',
      '省份',
      '安徽省',
    ]);
  });

  it('leaves out tables, controls, scripts, hidden and ignored parts, and the notes every article carries', () => {
    const body =
      '<article data-pagefind-body><h1>标题</h1><div data-pagefind-ignore><p>公示才有</p></div>' +
      '<aside class="note source-note"><p>来源：抓取</p></aside><div class="note page-history"><p>最后更新</p></div>' +
      '<button hidden>语音阅读</button><script>let a = "<p>x</p>";</script><p hidden>藏起</p>' +
      '<p>正文</p><table><tr><td>发放</td><td>2000只</td></tr></table></article>';
    expect(pageText(page(body))).toEqual(['标题', '正文']);
  });

  it('reads a browser document the same way', () => {
    // The browser passes its own Document: only the members of TextNode are used.
    const root = page('<article data-pagefind-body><h1>标题</h1><p>正文</p></article>');
    expect(pageText({ querySelectorAll: (s) => root.querySelectorAll(s) })).toEqual(['标题', '正文']);
  });
});
