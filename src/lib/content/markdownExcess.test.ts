import { say } from '../../i18n/messages/message.ts';
import { describe, expect, it } from 'vitest';
import { MARKDOWN_LIMITS, markdownExcess } from './markdownExcess.ts';

describe('Markdown the parser would take minutes over', () => {
  it('passes real articles: quotes, nested lists, links, corrections, long paragraphs', () => {
    const article = [
      '> 引文一段\n> > 再引一层',
      '1. 第一\n   - 分项\n     - 再分',
      Array.from({ length: 60 }, (_, i) => `[[于书记|于書記]]见[链接${i}](https://example.org/${i})`).join('，'),
      '2020. 年份开头的一行',
      '正文'.repeat(20_000),
    ].join('\n\n');
    expect(markdownExcess(article)).toBeUndefined();
  });

  it('stops at the line that nests too deep, in markers or in list indentation', () => {
    const text = `第一段\n\n${'> '.repeat(MARKDOWN_LIMITS.nesting + 1)}x`;
    expect(markdownExcess(text)).toEqual({
      line: 3,
      column: 1,
      message: say('article.nestedTooDeep', { depth: 17, limit: 16 }),
      fix: say('fix.plainParagraphs'),
    });
    const indented = Array.from({ length: 40 }, (_, i) => `${' '.repeat(2 * i)}- 项`).join('\n');
    expect(markdownExcess(indented)?.message).toEqual(say('article.nestedTooDeep', { depth: 17, limit: 16 }));
  });

  it('counts [ per paragraph, not per article', () => {
    const paragraph = (n: number) => '[a]'.repeat(n);
    expect(markdownExcess(`${paragraph(300)}\n\n${paragraph(300)}`)).toBeUndefined();
    const excess = markdownExcess(`${paragraph(300)}\n${paragraph(101)}`);
    expect([excess?.line, excess?.column]).toEqual([2, 3 * 100 + 1]);
    expect(excess?.message).toEqual(say('article.tooManyBrackets', { limit: 400 }));
  });

  it('refuses a text longer than any article', () => {
    expect(markdownExcess('字'.repeat(MARKDOWN_LIMITS.characters + 1))?.message).toEqual(
      say('article.tooLong', { length: 100001, limit: 100000 }),
    );
  });
});
