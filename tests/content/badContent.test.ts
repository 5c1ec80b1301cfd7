/**
 * The bad-input corpus: each folder of tests/fixtures/bad-content/ is a small complete content folder with one
 * mistake staff could make (the `valid` one has none). Each must be reported exactly — file, line, column, message
 * and fix — because that line is all an editor sees.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/lib/content/readContent.ts';
import { BAD_CONTENT, problemsIn } from './badContentCorpus.ts';

const CASES: [string, string[]][] = [
  [
    'binary-file',
    ['tallies/nixi-masks.yaml:1:1  this is not a text file  (save it as UTF-8 text, or remove it from content/)'],
  ],
  ['bom', ['tallies/nixi-masks.yaml:4:15  entries.0.category: unknown value "mask"  (did you mean "masks"?)']],
  [
    'category-label',
    ['tallies/nixi-masks.yaml:4:15  entries.0.category: unknown value "口罩"  (did you mean "masks"?)'],
  ],
  ['crlf', ['tallies/nixi-masks.yaml:4:15  entries.0.category: unknown value "mask"  (did you mean "masks"?)']],
  [
    'cumulative-decreases',
    [
      'tallies/nixi-masks.yaml:36:15  running total 3000 on 2020-02-15 is less than 5000 on 2020-02-10 ("masks-total-0210")  (a running total (累计) never goes down: check both figures and dates, or remove `cumulative: true`)',
    ],
  ],
  [
    'date-after-article',
    [
      "tallies/nixi-masks.yaml:8:11  date 2020-03-01 is after the article's publication date 2020-02-20  (check the date against the article (year, month and day))",
    ],
  ],
  [
    'duplicate-slug',
    [
      'articles/nixi-masks.mdx:1:1  article name "nixi-masks" is also used by articles/nixi-masks.md  (rename or delete one of the two files)',
    ],
  ],
  ['empty-file', ['tallies/nixi-masks.yaml:1:1  the file is empty  (write its content, or delete the file)']],
  [
    'frontmatter-yaml',
    [
      'articles/nixi-masks.md:8:7  YAML syntax: this [ is never closed  (add ] at the end of the list, on the same line)',
    ],
  ],
  [
    'glossary-conflict',
    [
      'glossary.yaml:6:11  "于书记" is already in the glossary as "于書記", here as "於書記"  (keep one of the two entries)',
    ],
  ],
  [
    'invalid-date',
    ['tallies/nixi-masks.yaml:8:11  entries.0.date: "2020-02-30" is not a valid date  (write the date as YYYY-MM-DD)'],
  ],
  [
    'many-problems',
    [
      'articles/nixi-masks.md:3:7  town "nixi-zhen" does not exist  (use one of: nixi, or add content/towns/nixi-zhen.yaml)',
      'glossary.yaml:6:11  "于书记" is already in the glossary as "于書記", here as "於書記"  (keep one of the two entries)',
      'tallies/nixi-masks.yaml:4:15  entries.0.category: unknown value "mask"  (did you mean "masks"?)',
      'tallies/nixi-masks.yaml:20:15  entries.2.quantity: "三万" is not a number  (write the number in digits only, e.g. 30000 (no 万, 余 or unit))',
    ],
  ],
  [
    'missing-article',
    [
      'tallies/nixi-masks.yaml:1:10  article "nixi-mask" does not exist  (use the file name (without .md) of an article in content/articles/)',
    ],
  ],
  [
    'missing-town',
    [
      'articles/nixi-masks.md:3:7  town "nixi-zhen" does not exist  (use one of: nixi, or add content/towns/nixi-zhen.yaml)',
    ],
  ],
  [
    'mixed-script',
    [
      'articles/nixi-masks.md:14:5  the text mixes Simplified and Traditional (14 Simplified-only and 3 Traditional-only characters); first here  (write the whole article in Simplified (script: hans); the site makes the other script itself)',
    ],
  ],
  ['negative-quantity', ['tallies/nixi-masks.yaml:6:15  entries.0.quantity: -2000 is less than 0  (use a number ≥ 0)']],
  [
    'no-frontmatter',
    [
      'articles/nixi-masks.md:1:1  the article has no frontmatter  (start the file with a --- block holding title, town, summary… (see README))',
    ],
  ],
  [
    'non-numeric-quantity',
    [
      'tallies/nixi-masks.yaml:6:15  entries.0.quantity: "两千" is not a number  (write the number in digits only, e.g. 30000 (no 万, 余 or unit))',
    ],
  ],
  [
    'not-utf8',
    [
      'tallies/nixi-masks.yaml:1:1  the file is not UTF-8 text (perhaps GBK)  (open it in the editor and save it as UTF-8)',
    ],
  ],
  [
    'part-exceeds-whole',
    [
      'tallies/nixi-masks.yaml:20:15  part 300000 is larger than its whole "town-donations" (100000)  (check both numbers against the article)',
    ],
  ],
  [
    'quote-not-in-article',
    [
      'tallies/nixi-masks.yaml:9:12  quote not found in article "nixi-masks"  (copy the sentence exactly from the article: same script, same punctuation, no added spaces)',
    ],
  ],
  [
    'quote-without-number',
    [
      'tallies/nixi-masks.yaml:6:15  the quote does not contain the number 3000  (correct quantity, or quote the sentence that gives this number (add countedFrom: enumeration if the quote lists the things counted))',
    ],
  ],
  [
    'unit-not-in-category',
    [
      'tallies/nixi-masks.yaml:7:11  entries.0.unit: unit "份" does not fit category masks  (use one of: 只 个 片 张 包 盒 箱 袋 (or check the category))',
    ],
  ],
  [
    'unknown-category',
    ['tallies/nixi-masks.yaml:4:15  entries.0.category: unknown value "mask"  (did you mean "masks"?)'],
  ],
  [
    'unknown-field',
    ['tallies/nixi-masks.yaml:8:12  entries.0: unknown field "units"  (remove or correct the unknown field units)'],
  ],
  [
    'title-script',
    [
      'articles/nixi-masks.md:2:8  title is in Traditional, but script says hans (Simplified)  (write it in Simplified, like the article; the site makes the other script itself)',
    ],
  ],
  ['whitespace-only-file', ['tallies/nixi-masks.yaml:1:1  the file is empty  (write its content, or delete the file)']],
  [
    'wrong-script',
    ['articles/nixi-masks.md:4:9  script says hant (Traditional) but the text is Simplified  (write script: hans)'],
  ],
  [
    'yaml-bad-indent',
    [
      'tallies/nixi-masks.yaml:13:7  YAML syntax: this line is indented differently from the lines around it  (line the field up with the fields above it, using spaces)',
    ],
  ],
  [
    'yaml-tab',
    ['tallies/nixi-masks.yaml:11:1  YAML syntax: a tab is used to indent this line  (indent with spaces, not tabs)'],
  ],
  [
    'yaml-unclosed-quote',
    [
      'tallies/nixi-masks.yaml:16:12  YAML syntax: this quote is never closed  (end the text with ", or remove the opening ")',
    ],
  ],
];

describe('bad-content BAD_CONTENT', () => {
  it('the valid case has no problem, so every other case fails for its one reason', () => {
    expect(problemsIn(join(BAD_CONTENT, 'valid'))).toEqual([]);
  });

  it.each(CASES)('%s', (name, expected) => {
    expect(problemsIn(join(BAD_CONTENT, name))).toEqual(expected);
  });
});

describe('generated cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-huge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a huge file is refused before it is parsed', () => {
    cpSync(join(BAD_CONTENT, 'valid'), dir, { recursive: true });
    writeFileSync(join(dir, 'tallies/nixi-masks.yaml'), `article: nixi-masks\n# ${'口'.repeat(MAX_FILE_BYTES / 3)}\n`);
    expect(problemsIn(dir)).toEqual([
      'tallies/nixi-masks.yaml:1:1  the file is too large (1025 KB; the limit is 1024 KB)  (split it, or check that nothing was pasted into it by mistake)',
    ]);
  });
});
