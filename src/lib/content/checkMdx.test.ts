import { describe, expect, it } from 'vitest';
import { checkMdx } from './checkMdx.ts';
import { render } from '../../i18n/messages/message.ts';
import { formatProblem } from './problem.ts';

/** The body starts on line 10 of the file, as after a frontmatter of eight lines and a blank one. */
const check = (body: string) => checkMdx({ file: 'a.mdx', body, bodyLine: 10 });
const problems = (body: string) => check(body).problems.map((p) => formatProblem(p, 'en'));
/** Where each problem is and what it says, for tests about the place and the text read. */
const placed = (body: string) => check(body).problems.map((p) => `${p.line}:${p.column} ${render(p.message, 'en')}`);

describe('checkMdx', () => {
  it('returns each component used as allowed, with where it and each value are', () => {
    expect(check('正文。\n\n<Chart id="compare-masks" />\n\n<Figures />\n\n<Figures category="masks" />\n')).toEqual({
      problems: [],
      components: [
        {
          name: 'Chart',
          at: { line: 12, column: 1 },
          props: { id: { value: 'compare-masks', at: { line: 12, column: 12 } } },
        },
        { name: 'Figures', at: { line: 14, column: 1 }, props: {} },
        {
          name: 'Figures',
          at: { line: 16, column: 1 },
          props: { category: { value: 'masks', at: { line: 16, column: 20 } } },
        },
      ],
    });
  });

  it('refuses a component used otherwise, once for each mistake, and returns none of those', () => {
    const body = [
      '文字 <Chart id="compare-masks" /> 文字',
      '',
      '<Chart id="compare-donations">说明</Chart>',
      '',
      '<Chart id="Compare Masks" />',
      '',
      '<Chart />',
      '',
      '<Chart id />',
      '',
      '<Figures category="mask" />',
      '',
      '<chart id="compare-masks" />',
      '',
      '<Chart {...props} />',
    ].join('\n');
    expect(check(body).components).toEqual([]);
    expect(problems(body)).toEqual([
      'a.mdx:10:4  <Chart> must stand on a line of its own  (put an empty line before and after it)',
      'a.mdx:12:31  <Chart> takes nothing between its tags  (write it as one tag: <Chart id="compare-masks" />)',
      'a.mdx:14:12  "Compare Masks" is not a chart id  (copy the id from the chart’s link on the site, the part after # (e.g. compare-masks))',
      'a.mdx:16:1  <Chart> needs its chart id  (e.g. <Chart id="compare-masks" />)',
      'a.mdx:18:8  id of <Chart> has no value  (write id="…": copy the id from the chart’s link on the site, the part after # (e.g. compare-masks))',
      'a.mdx:20:20  "mask" is not a category  (did you mean "masks"?)',
      'a.mdx:22:1  <chart> is not a component articles can use  (did you mean <Chart>?)',
      'a.mdx:24:8  "{...props}" is code: each prop is written as name="value"  (e.g. <Chart id="compare-masks" />)',
    ]);
  });

  it('refuses a chart shown twice in one article (its id is an HTML id)', () => {
    expect(problems('<Chart id="compare-masks" />\n\n正文。\n\n<Chart id="compare-masks" />\n')).toEqual([
      'a.mdx:14:12  <Chart id="compare-masks" /> is already in this article (line 10)  (keep one of the two)',
    ]);
  });

  it('reports code inside a refused tag too', () => {
    expect(placed('<div>{process.env.TOKEN}</div>\n')).toEqual([
      '10:1 <div> is an HTML tag: an article formats its text with Markdown, not tags',
      '10:6 "{process.env.TOKEN}" is code: an article cannot compute anything in { }',
    ]);
  });

  it('places text MDX cannot read at the < or { that began it, even when MDX noticed only at the end', () => {
    const unreadable = (body: string) => placed(body).map((p) => p.split(' cannot be read')[0]);
    expect(unreadable('体温<37.3度。\n')).toEqual(['10:3 "<37.3度。"']);
    expect(unreadable('第一段。\n\n第二段 {没有闭合\n\n第三段。\n')).toEqual(['12:5 "{没有闭合"']);
    expect(unreadable('第一段。\n\n<Chart id="compare-masks">\n\n第三段。\n')).toEqual([
      '12:1 "<Chart id="compare-masks">"',
    ]);
    expect(unreadable('<!-- 编辑备注 -->\n')).toEqual(['10:1 "<!-- 编辑备注 -->"']);
    expect(placed('import x fro\n')).toEqual([
      '10:1 "import x fro" is code: an article cannot import or export anything',
    ]);
  });

  it('never throws, and walks tags nested deeper than a call stack would allow', () => {
    for (const body of [
      '',
      '<',
      '{',
      '}',
      '</Chart>',
      '<Chart id="',
      '<>',
      '<a.b />',
      '<x:y />',
      '\u0000',
      '{/* 备注 */}',
    ]) {
      expect(() => check(body), body).not.toThrow();
    }
    const depth = 3000;
    const nested = `${'<b>'.repeat(depth)}深${'</b>'.repeat(depth)}\n`;
    expect(check(nested).problems).toHaveLength(depth);
  });
});
