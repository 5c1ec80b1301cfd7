import { describe, expect, it } from 'vitest';
import { createConverter } from './createConverter.ts';
import { toScriptHtml } from './toScriptHtml.ts';

const converter = createConverter([{ hans: '于书记', hant: '于書記', note: 'surname 于' }]);
const hant = (html: string) => toScriptHtml(html, 'hant', converter);

describe('toScriptHtml', () => {
  it('converts text nodes and readable attributes only', () => {
    expect(hant('<p class="乡镇" title="乡镇简介">乡镇<img alt=\'图片\' src="/图片/乡镇.png" data-x="后台"></p>')).toBe(
      '<p class="乡镇" title="鄉鎮簡介">鄉鎮<img alt=\'圖片\' src="/图片/乡镇.png" data-x="后台"></p>',
    );
    expect(hant('<button aria-label="关闭">×</button>')).toBe('<button aria-label="關閉">×</button>');
    expect(hant('<meta name="description" content="乡镇政府信息公开">')).toBe(
      '<meta name="description" content="鄉鎮政府信息公開">',
    );
  });

  it('leaves URLs alone, in href and in content', () => {
    expect(hant('<a href="/zh-hans/乡镇/后台?q=发展#简介">后台</a>')).toBe(
      '<a href="/zh-hans/乡镇/后台?q=发展#简介">後臺</a>',
    );
    expect(hant('<meta property="og:url" content="https://例子.中国/乡镇/">')).toBe(
      '<meta property="og:url" content="https://例子.中国/乡镇/">',
    );
  });

  it('skips <script> and <style> contents and comments', () => {
    const html =
      '<style>.a::after{content:"后台“”"}</style><script>const s = "乡镇“”";</script><!-- 乡镇 --><p>乡镇</p>';
    expect(hant(html)).toBe(
      '<style>.a::after{content:"后台“”"}</style><script>const s = "乡镇“”";</script><!-- 乡镇 --><p>鄉鎮</p>',
    );
  });

  it('copes with > inside quoted attribute values and unquoted values', () => {
    expect(hant('<img alt="a>乡镇" title=乡镇>后')).toBe('<img alt="a>鄉鎮" title=鄉鎮>後');
  });

  it('pairs quotes across inline tags but not in attributes or tags', () => {
    expect(hant('<p>他说：“<a href="/x">后台</a>”</p>')).toBe('<p>他說：「<a href="/x">後臺</a>」</p>');
    expect(hant('<p data-q="“a”">说“<strong>重点</strong>”内容</p>')).toBe(
      '<p data-q="“a”">說「<strong>重點</strong>」內容</p>',
    );
  });

  it('detects the script over the whole page, not per text node', () => {
    // Alone, 乾 in a link would be ambiguous; the page around it is Simplified, so nothing is run through t2s.
    const page = '<p>吉林省<a href="/x">乾安县</a>人民政府发布通知</p>';
    expect(toScriptHtml(page, 'hans', converter)).toBe(page);
  });

  it('applies glossary and overrides inside HTML', () => {
    expect(hant('<p>于书记说[[余|餘]]下的</p>')).toBe('<p>于書記說餘下的</p>');
    // An override of plain ASCII still resolves (its brackets never show).
    expect(hant('<p>发放</p><p>[[=COVID-19]]</p>')).toBe('<p>發放</p><p>COVID-19</p>');
  });

  it('keeps a Traditional page unchanged for a Traditional target', () => {
    const page = '<html lang="zh-Hant"><head><title>鎮公所</title></head><body><p>這裏的乾淨街道</p></body></html>';
    expect(hant(page)).toBe(page);
  });

  it('returns a page in its own script as it is when nothing in it would change, as every step would', () => {
    const page = '<p title="乡镇简介">于书记说：“发放口罩。”<a href="/x/">后台</a></p>';
    expect(toScriptHtml(page, 'hans', converter, 'hans')).toBe(page);
    // An empty override ([[=]]) resolves to nothing, and the page then goes through every step.
    expect(toScriptHtml(page.replace('</p>', '[[=]]</p>'), 'hans', converter, 'hans')).toBe(page);
    // Changes in its pieces still happen: the other script's glossary form and quotation marks.
    expect(toScriptHtml('<p>于書記说「发放」</p>', 'hans', converter, 'hans')).toBe('<p>于书记说“发放”</p>');
  });

  it('converts a whole document both ways', () => {
    const page =
      '<!DOCTYPE html><html><head><title>乡镇公告</title></head><body><h1>通知</h1><p>请“居民”注意</p></body></html>';
    const t = hant(page);
    expect(t).toBe(
      '<!DOCTYPE html><html><head><title>鄉鎮公告</title></head><body><h1>通知</h1><p>請「居民」注意</p></body></html>',
    );
    expect(toScriptHtml(t, 'hans', converter)).toBe(page);
  });

  it('converts a page seen before without running OpenCC again (the clause memo)', () => {
    const c = createConverter([]);
    const page = '<p>乡镇</p>';
    toScriptHtml(page, 'hant', c);
    const runs = c.stats.s2tRuns;
    toScriptHtml(page, 'hant', c);
    expect(c.stats.s2tRuns).toBe(runs);
  });

  it('falls back to piece-by-piece when the text holds break characters', () => {
    expect(hant('<p>乡\u0001镇</p><p>后</p>')).toBe('<p>鄉\u0001鎮</p><p>後</p>');
  });
});
