/**
 * Round trip: importing the two raw seeds gives the hand-cleaned seed articles (tests/fixtures/seed-content/), apart
 * from the hand decisions listed here, and finds every committed tally figure written as a number.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { unitId } from '../../config/categories.ts';
import { glossarySchema } from '../schema/glossary.ts';
import { tallyFileSchema } from '../schema/tally.ts';
import { createConverter } from '../conversion/createConverter.ts';
import { importArticle, type ImportOptions } from './importArticle.ts';

const root = join(import.meta.dirname, '../../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const glossary = glossarySchema.parse(parse(read('tests/fixtures/seed-content/glossary.yaml'))).entries;
const converter = createConverter(glossary);
const towns = [
  { slug: 'shagou', name: '沙溝鎮' },
  { slug: 'nixi', name: '泥溪镇' },
];
/** Reader-visible text with all whitespace removed (paragraph breaks too), without HTML comments. */
const normalise = (markdown: string) =>
  markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\s+/gu, '');

const seeds: [string, string, Partial<ImportOptions>, [string, string][]][] = [
  ['seed-000-shagou.txt', 'shagou-wang-fangtai', {}, []],
  [
    'seed-004-nixi.txt',
    'nixi-wang-jinshui',
    // Hand decision: store 004 (machine-converted Traditional with stray Simplified) as Simplified, year 2020.
    { script: 'hans', year: 2020 },
    // Hand decision: characters lost in scraping, restored from the original by a human; the import flags them.
    [
      ['刚?cè)岵?', '刚柔并济'],
      ['因?qū)嵭写迩f', '因实行村庄'],
    ],
  ],
];

describe.each(seeds)('%s', (file, slug, options, restored) => {
  const result = importArticle(readFileSync(join(import.meta.dirname, 'fixtures', file), 'utf8'), {
    converter,
    glossary,
    towns,
    ...options,
  });

  it('gives the committed body, apart from the documented hand restorations', () => {
    const imported = restored.reduce(
      (text, [lost, restoredText]) => text.replace(lost, restoredText),
      normalise(result.body),
    );
    expect(imported).toBe(normalise(read(`tests/fixtures/seed-content/articles/${slug}.md`)));
  });

  it('flags each hand restoration instead of guessing it', () => {
    for (const [lost] of restored) {
      const span = lost.replace(/^[刚因]/u, '');
      expect(
        result.review.some(
          (r) => r.message.code === 'import.charactersLost' && String(r.message.params.text).includes(span),
        ),
      ).toBe(true);
      expect(result.body).toContain(`<!-- 请核对：抓取时丢失了字符（${span}）`);
    }
  });

  it('recognises the town, byline and script', () => {
    const committed = read(`tests/fixtures/seed-content/articles/${slug}.md`);
    const frontmatter = parse(/^---\n([\s\S]*?)\n---\n/.exec(committed)![1]!) as Record<string, unknown>;
    expect(result.frontmatter.town).toBe(frontmatter.town);
    expect(result.frontmatter.byline).toBe(frontmatter.byline);
    expect(result.frontmatter.script).toBe(frontmatter.script);
  });

  it('finds every committed tally figure written as a number', () => {
    const tally = tallyFileSchema.parse(parse(read(`tests/fixtures/seed-content/tallies/${slug}.yaml`)));
    const found = result.figures.map((f) => `${f.quantity}${unitId(f.unit)}${f.date ?? ''}`);
    const missed = tally.entries
      .filter((e) => {
        const at = found.indexOf(`${e.quantity}${unitId(e.unit)}${e.date ?? ''}`);
        if (at !== -1) found.splice(at, 1);
        return at === -1;
      })
      .map((e) => e.id);
    // Allowed misses: entries counted from an enumeration of names, with no number in the text to find
    // (成立…领导小组和应急指挥部 = 2, 成立了…的领导小组 = 1). A human adds them.
    const allowed = tally.entries.filter((e) => e.countedFrom === 'enumeration').map((e) => e.id);
    expect(missed).toEqual(allowed);
  });
});

describe('seed 004 script', () => {
  it('is detected as mixed and reported when no script is chosen', () => {
    const result = importArticle(readFileSync(join(import.meta.dirname, 'fixtures/seed-004-nixi.txt'), 'utf8'), {
      converter,
      glossary,
      towns,
    });
    expect(result.script.detected).toBe('mixed');
    expect(result.frontmatter.script).toBe('hant');
    expect(result.review.some((r) => r.message.code === 'import.mixedScript')).toBe(true);
  });
});
