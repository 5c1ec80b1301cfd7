import { describe, expect, it } from 'vitest';
import { checkOverrides } from './checkOverrides.ts';
import { formatProblem } from './problem.ts';
import type { Content } from './readContent.ts';

/** Problems in an article whose body (starting on line 9) is `body`. */
const problemsIn = (body: string) =>
  checkOverrides({ articles: [{ file: 'a.md', body, bodyLine: 9 }] } as unknown as Content).map((p) =>
    formatProblem(p, 'en'),
  );
const NOT_AN_OVERRIDE = '(write [[简体|繁體]] (both forms, one |) or [[=不转换]] (text kept as it is))';

describe('checkOverrides', () => {
  it('accepts the overrides conversion resolves, and brackets that are not overrides', () => {
    expect(
      problemsIn('\n[[于书记|于書記]]、[[=余]]、[[=COVID-19]]、[[=]]，[[[于书记|于書記]]]。[链接](/a) [x]\n'),
    ).toEqual([]);
  });

  it('reports each malformed override at its line and column', () => {
    expect(problemsIn('\n甲[[于书记|]]乙[[甲|乙|丙]]\n𠀀[[于书记]]\n')).toEqual([
      `a.md:10:2  "[[于书记|]]" is not an override: readers would see it with its brackets  ${NOT_AN_OVERRIDE}`,
      `a.md:10:11  "[[甲|乙|丙]]" is not an override: readers would see it with its brackets  ${NOT_AN_OVERRIDE}`,
      `a.md:11:3  "[[于书记]]" is not an override: readers would see it with its brackets  ${NOT_AN_OVERRIDE}`,
    ]);
  });

  it('reports a [[ not closed on its line, even when a later line has ]]', () => {
    expect(problemsIn('甲[[于书记\n乙]]')).toEqual([
      'a.md:9:2  "[[" is not closed on its line: readers would see the brackets  (end the override with ]] on the same line, as in [[简体|繁體]] or [[=不转换]], or remove the [[)',
    ]);
  });

  it('refuses markup in an override: its forms are plain text', () => {
    expect(problemsIn('[[于书记|&lt;b&gt;]] [[=<i>余</i>]]')).toEqual([
      'a.md:9:1  the override "[[于书记|&lt;b&gt;]]" holds "&lt;": overrides are plain text  (write only the words, without <, > or codes such as &lt;)',
      'a.md:9:19  the override "[[=<i>余</i>]]" holds "<": overrides are plain text  (write only the words, without <, > or codes such as &lt;)',
    ]);
  });

  it('ignores what is in comments: readers never see it', () => {
    expect(problemsIn('<!-- [[待定| -->\n[[=余]]')).toEqual([]);
  });
});
