/**
 * Content that used to pass the check and publish something hostile or wrong (issue 15, parts 3 and 6): each folder
 * of tests/fixtures/bad-content/ named here is the `valid` one with one such mistake, which must be refused exactly
 * — file, line, column, message and fix. "Today" is pinned, as GONGSHI_NOW pins it for the build.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';

const corpus = join(import.meta.dirname, '../fixtures/bad-content');
/** 20:00 on 26 January 2020 in Beijing, the office's time zone. */
const NOW = new Date('2020-01-26T12:00:00Z');
const problemsIn = (name: string, options: { now?: Date } = { now: NOW }) =>
  checkContent(join(corpus, name), { displayRoot: join(corpus, name), ...options }).problems.map((p) =>
    formatProblem(p, 'en'),
  );

const PLAIN_TEXT_FIX = '(write only the words, without <, > or codes such as &lt;)';
const NOT_AN_OVERRIDE =
  'is not an override: readers would see it with its brackets  (write [[简体|繁體]] (both forms, one |) or [[=不转换]] (text kept as it is))';

const CASES: [string, string[]][] = [
  // Part 3: escaped or refused.
  [
    'glossary-markup',
    [
      `glossary.yaml:3:11  entries.0.hant: "<meta http-equiv=refresh content="0;url=https://evil.example">" is not plain text: it holds "<"  ${PLAIN_TEXT_FIX}`,
    ],
  ],
  [
    'override-markup',
    [
      `articles/nixi-masks.md:14:2  the override "[[于书记|<b>于書記</b>]]" holds "<": overrides are plain text  ${PLAIN_TEXT_FIX}`,
    ],
  ],
  [
    'source-url-javascript',
    [
      'articles/nixi-masks.md:6:28  source.url: "javascript:alert(1)" is not a web address  (copy the address of the source page from the browser: it starts with https:// or http://)',
    ],
  ],
  [
    'invisible-character',
    [
      'articles/nixi-masks.md:10:1  invisible character U+202E RIGHT-TO-LEFT OVERRIDE  (delete it: it cannot be seen, and it can disguise the text around it)',
    ],
  ],
  [
    'zero-width-space',
    [
      'towns/nixi.yaml:1:9  invisible character U+200B ZERO WIDTH SPACE  (delete it: it cannot be seen, and it can disguise the text around it)',
    ],
  ],
  // Part 6: wrong figures refused.
  [
    'tally-copy',
    [
      'tallies/nixi-masks (copy).yaml:1:10  this file is a second tally file for article "nixi-masks", which has tallies/nixi-masks.yaml  (move any figure missing from the other file into it, then delete this file)',
    ],
  ],
  [
    'tally-misnamed',
    [
      'tallies/masks.yaml:1:10  this file is named "masks" but holds the figures of article "nixi-masks"  (rename the file to nixi-masks.yaml: a tally file is named after its article)',
    ],
  ],
  [
    'part-of-itself',
    [
      'tallies/nixi-masks.yaml:24:13  partOf goes round in a loop: village-donations → village-donations  (partOf names the larger figure this one is a part of: remove it, or name another entry)',
    ],
  ],
  [
    'quote-in-comment',
    [
      'tallies/nixi-masks.yaml:23:12  quote is only in a comment (<!-- … -->) of article "nixi-masks", which readers do not see  (quote a sentence of the published text, or take the sentence out of the comment)',
    ],
  ],
  [
    'date-after-today',
    [
      'tallies/nixi-masks.yaml:8:11  date 2020-01-27 is after today (2020-01-26), and the article gives no date  (check the date against the article (year, month and day))',
    ],
  ],
  [
    'population-article-missing',
    [
      'towns/nixi.yaml:6:12  population.article: article "nixi-mask" does not exist  (use the file name (without .md) of the article in content/articles/ that gives the population)',
    ],
  ],
  [
    'population-quote-missing',
    [
      'towns/nixi.yaml:7:10  population.quote: quote not found in article "nixi-masks"  (copy the sentence exactly from the article: same script, same punctuation, no added spaces)',
    ],
  ],
  [
    'glossary-single-character',
    [
      'glossary.yaml:5:11  "的" is a single character: the entry would change it in every word of every page  (give the whole word OpenCC gets wrong (于书记, not 于), or use [[简体|繁體]] in the one article that needs it)',
    ],
  ],
  [
    'glossary-self-map',
    [
      'glossary.yaml:6:11  hant "刚性要求" is not Traditional: "刚" is Simplified  (write the Traditional form in hant (剛性要求); Traditional pages show hant as written)',
    ],
  ],
  [
    'glossary-wrong-script',
    [
      'glossary.yaml:5:11  hans "剛性要求" is not Simplified: "剛" is Traditional  (write the Simplified form in hans (刚性要求) and the Traditional form in hant)',
    ],
  ],
  [
    'glossary-no-correction',
    [
      'glossary.yaml:5:11  OpenCC already converts "冲锋" to "衝鋒" and back: the entry changes nothing  (remove the entry, or list under avoid the wrong forms it should replace)',
    ],
  ],
  [
    'empty-body',
    [
      "articles/nixi-masks.md:9:1  the article has no text below its frontmatter (comments are not shown to readers)  (write the article's text below the closing ---, or delete the file)",
    ],
  ],
  ['override-empty-form', [`articles/nixi-masks.md:14:2  "[[于书记|]]" ${NOT_AN_OVERRIDE}`]],
  ['override-three-forms', [`articles/nixi-masks.md:14:2  "[[于书记|于書記|於書記]]" ${NOT_AN_OVERRIDE}`]],
  [
    'override-unclosed',
    [
      'articles/nixi-masks.md:14:2  "[[" is not closed on its line: readers would see the brackets  (end the override with ]] on the same line, as in [[简体|繁體]] or [[=不转换]], or remove the [[)',
    ],
  ],
];

describe('refused content', () => {
  it('the valid case has no problem, its scheduled article reporting a figure dated after today included', () => {
    expect(problemsIn('valid')).toEqual([]);
  });

  it.each(CASES)('%s', (name, expected) => {
    expect(problemsIn(name)).toEqual(expected);
  });
});

describe('today, for tally dates', () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is the office's day (Beijing time) at the build's moment", () => {
    expect(problemsIn('date-after-today', { now: new Date('2020-01-26T15:59:59Z') })).toHaveLength(1);
    expect(problemsIn('date-after-today', { now: new Date('2020-01-26T16:00:00Z') })).toEqual([]);
  });

  it("is the build's when no moment is given: GONGSHI_NOW, as `npm run check` and the build read it", () => {
    vi.stubEnv('GONGSHI_NOW', '2020-01-26T12:00:00Z');
    expect(problemsIn('date-after-today', {})).toEqual(CASES.find(([name]) => name === 'date-after-today')![1]);
    vi.stubEnv('GONGSHI_NOW', '2020-01-27T12:00:00Z');
    expect(problemsIn('date-after-today', {})).toEqual([]);
  });
});
