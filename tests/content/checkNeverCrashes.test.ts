/**
 * The check never crashes and always speaks plainly (issue 15, part 5): YAML built to exhaust the parser, folders
 * and links where files should be, unreadable files, file names that cannot be web addresses, and the everyday
 * mistakes whose library wording misled ("null is not a number", "write a array here") are each reported at
 * file:line:column in staff's words. Then many mutated copies of a valid content folder go through the check, which
 * must answer every one with well-formed problems and no stack trace.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { render } from '../../src/i18n/messages/message.ts';
import { checkContent } from '../../src/lib/check/checkContent.ts';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { MAX_YAML_BYTES } from '../../src/lib/content/parseYamlFile.ts';
import { BAD_CONTENT, problemsIn } from './badContentCorpus.ts';

// Permissions cannot be taken from root, who runs the tests in CI: a file whose name says so fails to open as a
// file without read permission does, for the check's own reads.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const refuse = (path: unknown) => {
    if (String(path).includes('no-permission')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(path)}'`), { code: 'EACCES' });
    }
  };
  return {
    ...fs,
    readFileSync: ((path: string, ...rest: []) => (
      refuse(path),
      fs.readFileSync(path, ...rest)
    )) as typeof fs.readFileSync,
    readdirSync: ((path: string, ...rest: []) => (
      refuse(path),
      fs.readdirSync(path, ...rest)
    )) as typeof fs.readdirSync,
  };
});

const ALIAS_FIX =
  '(write the value itself (content files do not repeat values with & and *), or put the whole value in quotes: "*a,*a,*a,*a,…")';
const SUBFOLDER = 'is in a subfolder';

const CASES: [string, string[]][] = [
  // Limits: answered at the first alias or the first level too deep, before anything is expanded or parsed.
  [
    'yaml-alias-bomb',
    [`tallies/nixi-masks.yaml:3:8  YAML syntax: a value cannot start with * unless it is in quotes  ${ALIAS_FIX}`],
  ],
  [
    'frontmatter-alias-bomb',
    [`articles/nixi-masks.md:9:8  YAML syntax: a value cannot start with * unless it is in quotes  ${ALIAS_FIX}`],
  ],
  [
    'yaml-deep-nesting',
    [
      'tallies/nixi-masks.yaml:6:27  YAML syntax: lists and fields are nested more than 16 levels deep here  (compare the file with a working one in content/: fields sit at most a few levels deep)',
    ],
  ],
  // Values named as written, in staff's words.
  [
    'infinite-number',
    [
      'tallies/nixi-masks.yaml:6:15  entries.0.quantity: 1e309 is too large or not a real number  (write the number in digits only, e.g. 30000 (no 万, 余 or unit))',
    ],
  ],
  [
    'quantity-in-quotes',
    ['tallies/nixi-masks.yaml:6:15  entries.0.quantity: "2000" is not a number  (remove the quotes: 2000)'],
  ],
  [
    'no-value',
    [
      'tallies/nixi-masks.yaml:6:14  entries.0.quantity: no value is written after the colon  (write a number after the colon, or remove the line)',
    ],
  ],
  [
    'value-is-comment',
    [
      'tallies/nixi-masks.yaml:9:12  entries.0.quote: no value is written after the colon  (write text after the colon; a value starting with # is a comment unless it is in quotes)',
    ],
  ],
  [
    'invalid-name',
    [
      'tallies/nixi-masks.yaml:3:9  entries.0.id: "Masks_Distributed" is not a valid name  (use lowercase ASCII letters, digits and hyphens, e.g. masks-distributed)',
    ],
  ],
  ['text-not-list', ['articles/nixi-masks.md:8:7  tags: "防疫" is not a list  (write a list, e.g. [防疫])']],
  [
    'list-not-text',
    ['articles/nixi-masks.md:3:3  title: ["泥溪镇发放口罩"] is not text  (write the text itself, not a list)'],
  ],
  ['number-not-text', ['towns/nixi.yaml:2:9  county: 2020 is not text  (put it in quotes: "2020")']],
  [
    'text-not-fields',
    [
      'articles/nixi-masks.md:6:9  source: "测试用例" is not a group of fields  (write its fields on the lines below it, indented, one "name: value" per line)',
    ],
  ],
  ['text-not-boolean', ['articles/nixi-masks.md:8:8  draft: "是" is not true or false  (write true or false)']],
  [
    'file-is-list',
    [
      'towns/nixi.yaml:1:1  (file): the file is a list ("- " lines), where fields are needed  (write one field per line, as "name: value" (compare with a working file in content/))',
    ],
  ],
  [
    'date-with-slashes',
    [
      'articles/nixi-masks.md:5:12  published: "2020/2/20" is not a valid date  (write the date as YYYY-MM-DD: 2020-02-20)',
    ],
  ],
  [
    'date-in-chinese',
    [
      'tallies/nixi-masks.yaml:8:11  entries.0.date: "2020年1月27日" is not a valid date  (write the date as YYYY-MM-DD: 2020-01-27)',
    ],
  ],
  // YAML syntax, where the mistake is.
  [
    'second-document',
    [
      'tallies/nixi-masks.yaml:2:1  YAML syntax: a second document starts here (after a line of --- or ...)  (remove that line: a file holds one document)',
    ],
  ],
  [
    'quotes-inside-quotes',
    [
      "tallies/nixi-masks.yaml:9:18  YAML syntax: the text goes on after its closing quote \"  (for quotation marks inside the text use “ ”, or put the whole value in single quotes '…')",
    ],
  ],
  [
    'colon-in-value',
    [
      'articles/nixi-masks.md:2:8  YAML syntax: this value holds ": ", which reads as the start of another field  (put the whole value in quotes: "泥溪镇: 发放口罩")',
    ],
  ],
  [
    'chinese-colon',
    [
      'tallies/nixi-masks.yaml:7:5  YAML syntax: there is no ": " after the field name  (use the plain colon : followed by a space, not the Chinese ：)',
    ],
  ],
  [
    'value-starts-with-at',
    [
      'towns/nixi.yaml:1:7  YAML syntax: a value cannot start with @ unless it is in quotes  (put the whole value in quotes: "@泥溪镇")',
    ],
  ],
  [
    'field-written-twice',
    ['tallies/nixi-masks.yaml:8:5  YAML syntax: the field "unit" is written twice  (remove or rename one of the two)'],
  ],
  [
    'field-without-name',
    [
      'towns/nixi.yaml:4:1  YAML syntax: a value is written without a field name  (write the field name before the colon, or remove the line)',
    ],
  ],
  // Frontmatter: which part is missing.
  [
    'empty-frontmatter',
    [
      'articles/nixi-masks.md:1:1  the frontmatter (the --- block at the top) is empty  (write title, town, summary… (see README) between the --- lines)',
    ],
  ],
  [
    'frontmatter-never-closed',
    [
      'articles/nixi-masks.md:1:1  the frontmatter (the --- block at the top) is never closed  (add a line with only --- after its last field, before the article text)',
    ],
  ],
  [
    'frontmatter-after-blank-line',
    [
      'articles/nixi-masks.md:1:1  the frontmatter (the --- block) must start on the first line  (remove the lines above ---)',
    ],
  ],
  [
    'frontmatter-tab',
    ['articles/nixi-masks.md:4:1  YAML syntax: a tab is used to indent this line  (indent with spaces, not tabs)'],
  ],
  // What sits in the content folders, and what the files are called.
  [
    'folder-named-as-article',
    [
      'articles/photos.md:1:1  "photos.md" is a folder, not an article  (rename the folder: its name cannot end in .md)',
      `articles/photos.md/nixi-masks.jpg:1:1  the photo "nixi-masks.jpg" ${SUBFOLDER} (photos.md/), where it is not read  (put it directly in content/articles/)`,
    ],
  ],
  [
    'article-in-subfolder',
    [
      `articles/2020/nixi-old.md:1:1  the article "nixi-old.md" ${SUBFOLDER} (2020/), where it is not read  (put it directly in content/articles/)`,
    ],
  ],
  [
    'tally-in-subfolder',
    [
      `tallies/old/nixi-masks.yaml:1:1  the tally file "nixi-masks.yaml" ${SUBFOLDER} (old/), where it is not read  (put it directly in content/tallies/)`,
    ],
  ],
  [
    'unknown-file-beside-articles',
    [
      'articles/notes.txt:1:1  "notes.txt" is not an article or a photo  (remove it from content/articles/ (an article is a .md or .mdx file))',
    ],
  ],
  [
    'svg-beside-articles',
    [
      'articles/logo.svg:1:1  "logo.svg" is an SVG picture, which can carry a script that would run on the site  (save the picture as .jpg or .png instead)',
    ],
  ],
  ['photo-beside-article', []],
  [
    'article-name-capitals',
    [
      'articles/Nixi-Test.md:1:1  the file name "Nixi-Test.md" cannot be a web address  (use lowercase letters, digits and hyphens, e.g. nixi-test.md)',
    ],
  ],
  [
    'article-name-space',
    [
      'articles/nixi test.md:1:1  the file name "nixi test.md" cannot be a web address  (use lowercase letters, digits and hyphens, e.g. nixi-test.md)',
    ],
  ],
  [
    'article-name-dots',
    [
      'articles/nixi-2020.02.20.md:1:1  the file name "nixi-2020.02.20.md" cannot be a web address  (use lowercase letters, digits and hyphens, e.g. nixi-2020-02-20.md)',
    ],
  ],
  [
    'town-name-capitals',
    [
      'towns/Shagou.yaml:1:1  the file name "Shagou.yaml" cannot be a web address  (use lowercase letters, digits and hyphens, e.g. shagou.yaml)',
    ],
  ],
];

describe('bad-content BAD_CONTENT: every mistake in plain words', () => {
  it.each(CASES)('%s', (name, expected) => {
    expect(problemsIn(join(BAD_CONTENT, name), 'en')).toEqual(expected);
  });
});

/** A fresh copy of the valid folder per test, for what git cannot hold (links, pipes) or is large. */
function validCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gongshi-crash-'));
  cpSync(join(BAD_CONTENT, 'valid'), dir, { recursive: true });
  copies.push(dir);
  return dir;
}
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const BOMB = [
  'a: &a [x,x,x,x,x,x,x,x,x]',
  ...[...'bcdefghi'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('generated cases', () => {
  it.each([
    ['tallies/nixi-masks.yaml', 'entries:', 3],
    ['towns/nixi.yaml', 'county:', 3],
    ['glossary.yaml', 'entries:', 2],
    ['articles/nixi-masks.md', 'title:', 3],
  ])('a billion laughs in %s is refused at its first alias', (file, before, line) => {
    const dir = validCopy();
    const text = readFileSync(join(dir, file), 'utf8');
    writeFileSync(join(dir, file), text.replace(before, `${BOMB}\n${before}`));
    expect(problemsIn(dir, 'en')).toEqual([
      `${file}:${line}:8  YAML syntax: a value cannot start with * unless it is in quotes  ${ALIAS_FIX}`,
    ]);
  });

  it.each([
    ['1e309', '1e309'],
    ['.nan', '.nan'],
    ['-.inf', '-.inf'],
  ])('quantity: %s is named as written, not as null', (written, shown) => {
    const dir = validCopy();
    const path = join(dir, 'tallies/nixi-masks.yaml');
    writeFileSync(path, readFileSync(path, 'utf8').replace('quantity: 2000', `quantity: ${written}`));
    expect(problemsIn(dir, 'en')).toEqual([
      `tallies/nixi-masks.yaml:6:15  entries.0.quantity: ${shown} is too large or not a real number  (write the number in digits only, e.g. 30000 (no 万, 余 or unit))`,
    ]);
  });

  it('YAML larger than the parser handles quickly is refused unparsed, as is nesting a file deep', () => {
    const dir = validCopy();
    const comment = `# ${'口'.repeat(MAX_YAML_BYTES / 3)}\n`;
    writeFileSync(
      join(dir, 'tallies/nixi-masks.yaml'),
      `${readFileSync(join(dir, 'tallies/nixi-masks.yaml'), 'utf8')}${comment}`,
    );
    writeFileSync(join(dir, 'towns/nixi.yaml'), `name: ${'['.repeat(100_000)}\n`);
    expect(problemsIn(dir, 'en')).toEqual([
      'tallies/nixi-masks.yaml:1:1  too much YAML to check (129 KB; the limit is 128 KB)  (split the file, or check that nothing was pasted into it by mistake)',
      'towns/nixi.yaml:1:21  YAML syntax: lists and fields are nested more than 16 levels deep here  (compare the file with a working one in content/: fields sit at most a few levels deep)',
    ]);
  });

  it('refuses links that lead nowhere, out of the content folder or to a folder; follows one to a file inside', () => {
    const dir = validCopy();
    const outside = validCopy();
    symlinkSync(join(dir, 'articles/gone.md'), join(dir, 'articles/broken.md'));
    symlinkSync(join(outside, 'towns/nixi.yaml'), join(dir, 'towns/shagou.yaml'));
    symlinkSync(join(dir, 'towns'), join(dir, 'tallies/towns'));
    mkdirSync(join(dir, 'shared'));
    cpSync(join(dir, 'glossary.yaml'), join(dir, 'shared/glossary.yaml'));
    rmSync(join(dir, 'glossary.yaml'));
    symlinkSync(join(dir, 'shared/glossary.yaml'), join(dir, 'glossary.yaml'));
    expect(problemsIn(dir, 'en')).toEqual([
      'articles/broken.md:1:1  "broken.md" is a link to a file that does not exist  (put the file itself here, not a link)',
      'tallies/towns:1:1  "towns" is a link to a folder  (put the files themselves here, not a link)',
      'towns/shagou.yaml:1:1  "shagou.yaml" is a link to a file outside the content folder, which the site may not read  (put the file itself here, not a link)',
    ]);
  });

  it('refuses a folder where a file should be and a file where a folder should be', () => {
    const dir = validCopy();
    rmSync(join(dir, 'glossary.yaml'));
    mkdirSync(join(dir, 'glossary.yaml'));
    mkdirSync(join(dir, 'towns/shagou.yaml'));
    rmSync(join(dir, 'tallies'), { recursive: true });
    writeFileSync(join(dir, 'tallies'), 'article: nixi-masks\n');
    expect(problemsIn(dir, 'en')).toEqual([
      'glossary.yaml:1:1  "glossary.yaml" is a folder, where a file is needed  (keep the glossary in the file content/glossary.yaml)',
      'tallies:1:1  "tallies" is a file, where a folder is needed  (keep the tallies in a folder content/tallies/)',
      'towns/shagou.yaml:1:1  "shagou.yaml" is a folder, not a town file  (rename the folder: its name cannot end in .yaml)',
    ]);
  });

  it('refuses a pipe (reading it would wait forever), a file and a folder it may not read', () => {
    const dir = validCopy();
    execFileSync('mkfifo', [join(dir, 'tallies/nixi-pipe.yaml')]);
    writeFileSync(join(dir, 'towns/no-permission.yaml'), 'name: 沙沟镇\n');
    mkdirSync(join(dir, 'articles/no-permission'));
    expect(problemsIn(dir, 'en')).toEqual([
      'articles/no-permission:1:1  the folder cannot be opened (no permission to read it)  (check its permissions, or remove it)',
      'tallies/nixi-pipe.yaml:1:1  "nixi-pipe.yaml" is not an ordinary file  (remove it from content/)',
      'towns/no-permission.yaml:1:1  the file cannot be opened (no permission to read it)  (check its permissions, or remove it from content/)',
    ]);
  });
});

/** A small deterministic generator (mulberry32), so a failure is found again by its number. */
function randomNumbers(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What staff and copy-paste put where they should not: YAML's special characters, tabs, fences, look-alikes. */
const INSERTIONS = [
  ...'\t"\'[]{}&*:#|>!%@`,?\\：“\n ',
  ': ',
  '- ',
  '---\n',
  '\n---\n',
  '...\n',
  '&a ',
  '*a',
  '!!binary ',
  '\n  ',
  '1e309',
  '.nan',
  '~',
  '<<: ',
  '[[[[[[[[[[[[[[[[[[',
  '\r',
];

/** Library or runtime wording that must never reach staff: a stack frame, an error class, a parser's terms. */
const RAW =
  /\n\s+at |Error\b|YAML\.|\bscalar\b|\btoken\b|Invalid input|expected (?:string|number|object|array|boolean)|Unrecognized key|Too small|Too big|Implicit|Nested mappings|alias count|undefined|\[object/;

describe('mutated content', () => {
  const FILES = ['articles/nixi-masks.md', 'tallies/nixi-masks.yaml', 'towns/nixi.yaml', 'glossary.yaml'];

  it.each(FILES)(
    '%s, cut short and with characters inserted: never a crash, every problem well-formed',
    (file) => {
      const dir = validCopy();
      const original = readFileSync(join(dir, file));
      const mutations: [string, Buffer | string][] = [];
      for (let end = 0; end < original.length; end += 13)
        mutations.push([`cut at byte ${end}`, original.subarray(0, end)]);
      const random = randomNumbers(FILES.indexOf(file) + 1);
      for (let i = 0; i < 50; i++) {
        let text = original.toString('utf8');
        for (let edit = 0; edit < 1 + Math.floor(random() * 3); edit++) {
          const at = Math.floor(random() * (text.length + 1));
          text = text.slice(0, at) + INSERTIONS[Math.floor(random() * INSERTIONS.length)] + text.slice(at);
        }
        mutations.push([`mutation ${i}`, text]);
      }

      const failures: string[] = [];
      for (const [name, content] of mutations) {
        writeFileSync(join(dir, file), content);
        const lines = content.toString().replace(/\r\n?/g, '\n').split('\n').length;
        try {
          for (const p of checkContent(dir, { displayRoot: dir }).problems) {
            const wellFormed =
              p.file &&
              Number.isInteger(p.line) &&
              p.line >= 1 &&
              (p.file !== file || p.line <= lines) &&
              Number.isInteger(p.column) &&
              p.column >= 1 &&
              render(p.message, 'en').trim() &&
              render(p.fix, 'en').trim() &&
              !RAW.test(`${render(p.message, 'en')} ${render(p.fix, 'en')}`);
            if (!wellFormed) failures.push(`${name}: ${formatProblem(p, 'en')}`);
          }
        } catch (error) {
          failures.push(`${name}: threw ${String(error)}`);
        }
      }
      expect(failures).toEqual([]);
    },
    120_000,
  );
});
