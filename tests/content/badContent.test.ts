/**
 * The bad-input corpus: each folder of tests/fixtures/bad-content/ is a small complete content folder with one
 * mistake staff could make (the `valid` one has none). Each must be reported exactly — file, line, column, message
 * and fix — because that line is all an editor sees.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../src/lib/content/readContent.ts';
import { BAD_CONTENT, problemsIn } from './badContentCorpus.ts';

const CASES: [string, string[]][] = [
  ['binary-file', ['tallies/nixi-masks.yaml:1:1  这不是文本文件  (另存为 UTF-8 文本，或把它从 content/ 中删掉)']],
  ['bom', ['tallies/nixi-masks.yaml:4:15  entries.0.category：未知的值 "mask"  (是不是“masks”？)']],
  ['category-label', ['tallies/nixi-masks.yaml:4:15  entries.0.category：未知的值 "口罩"  (是不是“masks”？)']],
  ['crlf', ['tallies/nixi-masks.yaml:4:15  entries.0.category：未知的值 "mask"  (是不是“masks”？)']],
  [
    'cumulative-decreases',
    [
      'tallies/nixi-masks.yaml:36:15  累计数 3000（2020-02-15）比之前的 5000（2020-02-10，“masks-total-0210”）还少  (累计数只增不减：核对这两个数字和日期，或删掉 `cumulative: true`)',
    ],
  ],
  [
    'date-after-article',
    ['tallies/nixi-masks.yaml:8:11  日期 2020-03-01 晚于文章的发布日期 2020-02-20  (对照文章核对日期（年、月、日）)'],
  ],
  [
    'duplicate-slug',
    [
      'articles/nixi-masks.mdx:1:1  文章名称“nixi-masks”已被 articles/nixi-masks.md 使用  (把两个文件中的一个改名或删掉)',
    ],
  ],
  ['empty-file', ['tallies/nixi-masks.yaml:1:1  文件是空的  (写上内容，或删掉这个文件)']],
  ['frontmatter-yaml', ['articles/nixi-masks.md:8:7  YAML 格式错误：这个 [ 没有闭合  (在同一行列表的末尾加上 ])']],
  [
    'glossary-conflict',
    ['glossary.yaml:6:11  “于书记”已经在词表中写作“于書記”，这里又写作“於書記”  (两条中只保留一条)'],
  ],
  ['invalid-date', ['tallies/nixi-masks.yaml:8:11  entries.0.date：“2020-02-30”不是有效的日期  (日期写成 YYYY-MM-DD)']],
  [
    'many-problems',
    [
      'articles/nixi-masks.md:3:7  乡镇“nixi-zhen”不存在  (请用以下之一：nixi，或新建 content/towns/nixi-zhen.yaml)',
      'glossary.yaml:6:11  “于书记”已经在词表中写作“于書記”，这里又写作“於書記”  (两条中只保留一条)',
      'tallies/nixi-masks.yaml:4:15  entries.0.category：未知的值 "mask"  (是不是“masks”？)',
      'tallies/nixi-masks.yaml:20:15  entries.2.quantity："三万" 不是数字  (数字只写阿拉伯数字，例如 30000（不写“万”“余”或单位）)',
    ],
  ],
  [
    'missing-article',
    ['tallies/nixi-masks.yaml:1:10  文章“nixi-mask”不存在  (写 content/articles/ 中一篇文章的文件名（不带 .md）)'],
  ],
  [
    'missing-town',
    ['articles/nixi-masks.md:3:7  乡镇“nixi-zhen”不存在  (请用以下之一：nixi，或新建 content/towns/nixi-zhen.yaml)'],
  ],
  [
    'mixed-script',
    [
      'articles/nixi-masks.md:14:5  正文简繁混杂（只属简体的字 14 个，只属繁体的字 3 个）；第一处在这里  (整篇文章都用简体写（script: hans）；另一种字体由网站自动生成)',
    ],
  ],
  ['negative-quantity', ['tallies/nixi-masks.yaml:6:15  entries.0.quantity：-2000 小于 0  (用不小于 0 的数字)']],
  [
    'no-frontmatter',
    [
      'articles/nixi-masks.md:1:1  文章没有开头信息（frontmatter）  (文件开头写一个 --- 块，里面写 title、town、summary 等字段（见 README）)',
    ],
  ],
  [
    'non-numeric-quantity',
    [
      'tallies/nixi-masks.yaml:6:15  entries.0.quantity："两千" 不是数字  (数字只写阿拉伯数字，例如 30000（不写“万”“余”或单位）)',
    ],
  ],
  ['not-utf8', ['tallies/nixi-masks.yaml:1:1  文件不是 UTF-8 编码（可能是 GBK）  (在编辑器中打开，另存为 UTF-8 编码)']],
  [
    'part-exceeds-whole',
    ['tallies/nixi-masks.yaml:20:15  部分 300000 比它的总数“town-donations”（100000）还大  (对照文章核对这两个数字)'],
  ],
  [
    'quote-not-in-article',
    [
      'tallies/nixi-masks.yaml:9:12  在文章“nixi-masks”中找不到这句引句  (从文章中原样复制句子：同样的简繁体、同样的标点，不加空格)',
    ],
  ],
  [
    'quote-without-number',
    [
      'tallies/nixi-masks.yaml:6:15  引句中没有数字 3000  (改正 quantity，或引用给出这个数字的句子（引句是逐项列举被计数的事物时，加上 countedFrom: enumeration）)',
    ],
  ],
  [
    'unit-not-in-category',
    [
      'tallies/nixi-masks.yaml:7:11  entries.0.unit：单位“份”和类别 masks 不相符  (请用以下之一：只、个、片、张、包、盒、箱、袋（或检查类别）)',
    ],
  ],
  ['unknown-category', ['tallies/nixi-masks.yaml:4:15  entries.0.category：未知的值 "mask"  (是不是“masks”？)']],
  ['unknown-field', ['tallies/nixi-masks.yaml:8:12  entries.0：未知的字段 "units"  (删掉或改正未知的字段 units)']],
  [
    'title-script',
    [
      'articles/nixi-masks.md:2:8  title 用的是繁体，但 script 写的是 hans（简体）  (和文章一样用简体写；另一种字体由网站自动生成)',
    ],
  ],
  ['whitespace-only-file', ['tallies/nixi-masks.yaml:1:1  文件是空的  (写上内容，或删掉这个文件)']],
  ['wrong-script', ['articles/nixi-masks.md:4:9  script 写的是 hant（繁体），正文却是简体  (写成 script: hans)']],
  [
    'yaml-bad-indent',
    ['tallies/nixi-masks.yaml:13:7  YAML 格式错误：这一行的缩进和上下行不一致  (用空格把这个字段和上面的字段对齐)'],
  ],
  ['yaml-tab', ['tallies/nixi-masks.yaml:11:1  YAML 格式错误：这一行用 Tab 键缩进  (用空格缩进，不要用 Tab)']],
  [
    'yaml-unclosed-quote',
    ['tallies/nixi-masks.yaml:16:12  YAML 格式错误：这个引号没有闭合  (在文字末尾加上 "，或删掉开头的 ")'],
  ],
];

describe('bad-content BAD_CONTENT', () => {
  it('the valid case has no problem, so every other case fails for its one reason', () => {
    expect(problemsIn(join(BAD_CONTENT, 'valid'), 'zh-hans')).toEqual([]);
  });

  it.each(CASES)('%s', (name, expected) => {
    expect(problemsIn(join(BAD_CONTENT, name), 'zh-hans')).toEqual(expected);
  });
});

describe('npm run check', () => {
  const ROOT = join(import.meta.dirname, '../..');
  const CASE = join(BAD_CONTENT, 'date-after-article');
  const LINE = 'tallies/nixi-masks.yaml:8:11  ';
  const check = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/check.ts'), ...args], {
      cwd: CASE,
      encoding: 'utf8',
      env: { ...process.env, GONGSHI_LANG: '', ...env, GONGSHI_CONTENT_DIR: CASE },
    });
  const english = `${LINE}date 2020-03-01 is after the article's publication date 2020-02-20  (check the date against the article (year, month and day))`;

  it('writes in Chinese by default, in English with --lang en or GONGSHI_LANG=en', () => {
    const chinese = check([]);
    expect(chinese.status).toBe(1);
    expect(chinese.stderr).toContain(`${LINE}日期 2020-03-01 晚于文章的发布日期 2020-02-20`);
    expect(chinese.stderr).toContain('共发现 1 处问题。请改正后再运行 npm run check。');
    for (const run of [check(['--lang', 'en']), check([], { GONGSHI_LANG: 'en' })]) {
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(english);
      expect(run.stderr).toContain('1 problem(s) found. Fix them and run npm run check again.');
    }
  });
});

describe('generated cases', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-huge-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a huge file is refused before it is parsed', () => {
    cpSync(join(BAD_CONTENT, 'valid'), dir, { recursive: true });
    writeFileSync(join(dir, 'tallies/nixi-masks.yaml'), `article: nixi-masks\n# ${'口'.repeat(MAX_FILE_BYTES / 3)}\n`);
    expect(problemsIn(dir, 'zh-hans')).toEqual([
      'tallies/nixi-masks.yaml:1:1  文件太大（1025 KB，上限 1024 KB）  (把它拆开，或检查是否误粘贴了多余内容)',
    ]);
  });
});
