import { describe, expect, it } from 'vitest';
import { parseYamlFile } from './parseYamlFile.ts';
import { checkReferences } from './checkReferences.ts';
import { formatProblem } from './problem.ts';
import { tallyFileSchema } from '../schema/tally.ts';
import { townSchema } from '../schema/town.ts';
import { articleSchema } from '../schema/article.ts';
import type { Content } from './readContent.ts';

function located<S extends Parameters<typeof parseYamlFile>[2]>(file: string, text: string, schema: S) {
  const parsed = parseYamlFile(file, text, schema);
  if (!parsed.data) throw new Error(parsed.problems.map((p) => formatProblem(p, 'en')).join('\n'));
  return { slug: file.replace(/^.*\/|\.\w+$/g, ''), file, data: parsed.data, locate: parsed.locate };
}

const entry = (id: string, quantity: number, extra = '') =>
  `  - id: ${id}\n    category: donations\n    kind: donated\n    quantity: ${quantity}\n    unit: 元\n    quote: x\n${extra}`;

function check(tallyText: string, articleTown = 'nixi'): string[] {
  const article = located(
    'articles/a.md',
    `title: t\ntown: ${articleTown}\nundated: { period: p }\nsource: { note: n }\nscript: hans\nsummary: s\n`,
    articleSchema,
  );
  const content = {
    articles: [{ ...article, body: '', bodyLine: 8 }],
    towns: [located('towns/nixi.yaml', 'name: 泥溪镇\ncounty: 东至县\nprovince: 安徽省\n', townSchema)],
    tallies: [located('tallies/a.yaml', tallyText, tallyFileSchema)],
    glossary: [],
  } as unknown as Content;
  return checkReferences(content).map((p) => formatProblem(p, 'en'));
}

describe('checkReferences', () => {
  it('accepts consistent content', () => {
    expect(
      check(`article: a\nentries:\n${entry('town', 100_000)}${entry('village', 30_000, '    partOf: town\n')}`),
    ).toEqual([]);
  });

  it('reports an unknown town and an unknown article where they are written', () => {
    expect(check(`article: b\nentries:\n${entry('x', 1)}`, 'shagou')).toEqual([
      'articles/a.md:2:7  town "shagou" does not exist  (use one of: nixi, or add content/towns/shagou.yaml)',
      'tallies/a.yaml:1:10  article "b" does not exist  (use the file name (without .md) of an article in content/articles/)',
    ]);
  });

  it('reports a duplicate entry id at the second one', () => {
    expect(check(`article: a\nentries:\n${entry('x', 1)}${entry('x', 2)}`)).toEqual([
      'tallies/a.yaml:9:9  entry id "x" is used twice in this file  (give each entry its own id)',
    ]);
  });

  it('reports a part larger than its exact whole, and a part of nothing', () => {
    expect(
      check(
        `article: a\nentries:\n${entry('town', 10)}${entry('village', 30, '    partOf: town\n')}${entry('y', 1, '    partOf: nowhere\n')}`,
      ),
    ).toEqual([
      'tallies/a.yaml:12:15  part 30 is larger than its whole "town" (10)  (check both numbers against the article)',
      'tallies/a.yaml:22:13  partOf "nowhere" is not an entry of this file  (use the id of the entry this one is a part of)',
    ]);
  });

  it('reports every entry of a partOf loop (each would be left out of every total), not the entries outside it', () => {
    const fix = '(partOf names the larger figure this one is a part of: remove it, or name another entry)';
    expect(
      check(
        `article: a\nentries:\n${entry('a', 1, '    partOf: b\n')}${entry('b', 1, '    partOf: a\n')}${entry('c', 1, '    partOf: a\n')}${entry('d', 1, '    partOf: d\n')}`,
      ),
    ).toEqual([
      `tallies/a.yaml:9:13  partOf goes round in a loop: a → b → a  ${fix}`,
      `tallies/a.yaml:16:13  partOf goes round in a loop: b → a → b  ${fix}`,
      `tallies/a.yaml:30:13  partOf goes round in a loop: d → d  ${fix}`,
    ]);
  });
});

describe('checkReferences: an entry’s own town (roundups)', () => {
  it('refuses an entry town that is not a town, with a did-you-mean when one is close', () => {
    expect(
      check(`article: a\nentries:\n${entry('x', 1, '    town: nixxi\n')}${entry('y', 1, '    town: zz\n')}`),
    ).toEqual([
      'tallies/a.yaml:9:11  town "nixxi" does not exist  (did you mean "nixi"?)',
      'tallies/a.yaml:16:11  town "zz" does not exist  (use one of: nixi, or add content/towns/zz.yaml)',
    ]);
    expect(check(`article: a\nentries:\n${entry('x', 1, '    town: nixi\n')}`)).toEqual([]);
  });

  it('refuses a published article or reviewed figure naming a town still pending review, not a draft’s', () => {
    const content = (draft: boolean) =>
      ({
        articles: [
          {
            ...located(
              'articles/a.md',
              `title: t\ntown: xihe\nundated: { period: p }\nsource: { note: n }\nscript: hans\nsummary: s\ndraft: ${draft}\n`,
              articleSchema,
            ),
            body: '',
            bodyLine: 9,
          },
        ],
        towns: [
          located('towns/nixi.yaml', 'name: 泥溪镇\ncounty: 东至县\nprovince: 安徽省\n', townSchema),
          located('towns/xihe.yaml', 'name: 喜河镇\ncounty: 待核实\nprovince: 待核实\nreview: pending\n', townSchema),
        ],
        tallies: [
          located('tallies/a.yaml', `article: a\nentries:\n${entry('x', 1, '    town: xihe\n')}`, tallyFileSchema),
        ],
        glossary: [],
      }) as unknown as Content;
    const fix =
      'check content/towns/xihe.yaml (its county and province may be the placeholder 待核实), then delete its review: pending';
    expect(checkReferences(content(false)).map((p) => formatProblem(p, 'en'))).toEqual([
      `articles/a.md:2:7  town "xihe" is not reviewed yet (review: pending in content/towns/xihe.yaml)  (${fix})`,
      `tallies/a.yaml:9:11  town "xihe" is not reviewed yet (review: pending in content/towns/xihe.yaml)  (${fix})`,
    ]);
    expect(checkReferences(content(true))).toEqual([]);
  });
});
