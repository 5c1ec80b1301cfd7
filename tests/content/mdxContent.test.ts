/**
 * MDX is Markdown plus the site's components, never code: each mdx-* folder of tests/fixtures/bad-content/ is the
 * valid content with its article saved as .mdx and one thing MDX would run (or cannot read), each reported exactly
 * at the value written. `mdx-valid` uses every component and has no problem.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BAD_CONTENT, problemsIn } from './badContentCorpus.ts';

const HTML_TAG =
  'is an HTML tag: an article formats its text with Markdown, not tags  (remove the tag and use Markdown (**bold**, [link](https://…), ![description](./photo.jpg)); the only tags an article may use are <Chart>, <Figures>)';
const NO_IMPORT =
  'is code: an article cannot import or export anything  (remove it: an article holds text, Markdown and the components <Chart>, <Figures> (a picture: ![description](./photo.jpg)))';
const CHART_ID = 'copy the id from the chart’s link on the site, the part after # (e.g. compare-masks)';

const CASES: [string, string[]][] = [
  ['mdx-import-node-fs', [`articles/nixi-masks.mdx:10:1  "import fs from 'node:fs'" ${NO_IMPORT}`]],
  ['mdx-import-raw', [`articles/nixi-masks.mdx:10:1  "import secret from '../../../.env?raw'" ${NO_IMPORT}`]],
  ['mdx-export-const', [`articles/nixi-masks.mdx:10:1  "export const author = '镇宣传办'" ${NO_IMPORT}`]],
  [
    'mdx-expression-env',
    [
      'articles/nixi-masks.mdx:12:6  "{process.env.HOME}" is code: an article cannot compute anything in { }  (remove it, or write \\{ to show the brace itself)',
    ],
  ],
  [
    'mdx-attribute-expression',
    [`articles/nixi-masks.mdx:12:11  "{x}" is code: a prop's value is text in quotes  (write id="…": ${CHART_ID})`],
  ],
  [
    'mdx-attribute-spread',
    [
      'articles/nixi-masks.mdx:12:8  "{...p}" is code: each prop is written as name="value"  (e.g. <Chart id="compare-masks" />)',
    ],
  ],
  [
    'mdx-unknown-component',
    ['articles/nixi-masks.mdx:12:1  <S> is not a component articles can use  (use <Chart>, <Figures>, or remove it)'],
  ],
  ['mdx-script-tag', [`articles/nixi-masks.mdx:12:1  <script> ${HTML_TAG}`]],
  ['mdx-iframe', [`articles/nixi-masks.mdx:12:1  <iframe> ${HTML_TAG}`]],
  ['mdx-event-handler', [`articles/nixi-masks.mdx:12:4  <span> ${HTML_TAG}`]],
  [
    'mdx-unknown-prop',
    ['articles/nixi-masks.mdx:12:27  <Chart> has no prop "onMouseOver"  (remove it: <Chart> takes only id)'],
  ],
  ['mdx-unknown-chart', [`articles/nixi-masks.mdx:12:12  chart "compare-gloves" is not on the site  (${CHART_ID})`]],
  [
    'mdx-figures-category-not-in-article',
    [
      'articles/nixi-masks.mdx:12:20  this article has no figures of category "gloves"  (use one of its categories (masks, donations), or add its figures to content/tallies/nixi-masks.yaml)',
    ],
  ],
  [
    'mdx-syntax-error',
    [
      'articles/nixi-masks.mdx:12:11  "<37.3度，{备注}见下。" cannot be read: in an .mdx article, < and { start code  (write \\< or \\{ to show the character itself (a component ends with />: <Chart id="compare-masks" />), or save the article as .md if it uses no components)',
    ],
  ],
];

describe('MDX articles', () => {
  it('an article using every component, as the guide shows them, has no problem', () => {
    expect(problemsIn(join(BAD_CONTENT, 'mdx-valid'), 'en')).toEqual([]);
  });

  it.each(CASES)('%s', (name, expected) => {
    expect(problemsIn(join(BAD_CONTENT, name), 'en')).toEqual(expected);
  });
});
