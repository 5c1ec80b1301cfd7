import { describe, expect, it } from 'vitest';
import { parseYamlFile } from '../content/parseYamlFile.ts';
import { formatProblem } from '../content/problem.ts';
import type { Content } from '../content/readContent.ts';
import { articleSchema } from '../schema/article.ts';
import { tallyFileSchema } from '../schema/tally.ts';
import { townSchema } from '../schema/town.ts';
import { timelines } from '../tallies/timeline.ts';
import { totals } from '../tallies/totals.ts';
import { siteModel } from './siteModel.ts';

function located<S extends Parameters<typeof parseYamlFile>[2]>(file: string, text: string, schema: S) {
  const parsed = parseYamlFile(file, text, schema);
  if (!parsed.data) throw new Error(parsed.problems.map((p) => formatProblem(p, 'en')).join('\n'));
  return { slug: file.replace(/^.*\/|\.\w+$/g, ''), file, data: parsed.data, locate: parsed.locate };
}

const town = (slug: string, name: string, extra = '') =>
  located(`towns/${slug}.yaml`, `name: ${name}\ncounty: 石泉县\nprovince: 陕西省\n${extra}`, townSchema);
const article = (slug: string, townSlug: string) => ({
  ...located(
    `articles/${slug}.md`,
    `title: ${slug}\ntown: ${townSlug}\npublished: 2020-01-29\nsource: { note: n }\nscript: hans\nsummary: s\n`,
    articleSchema,
  ),
  body: '',
  bodyLine: 8,
});
const entry = (id: string, quantity: number, date: string, entryTown?: string) =>
  `  - { id: ${id}, category: leaflets, kind: distributed, quantity: ${quantity}, unit: 份, date: ${date}, quote: q${entryTown ? `, town: ${entryTown}` : ''} }\n`;

// A roundup filed under chihe: one figure of its own town, two of xihe's; and an article of xihe's own.
const content = {
  articles: [article('roundup', 'chihe'), article('xihe-news', 'xihe')],
  towns: [town('chihe', '池河镇'), town('xihe', '喜河镇'), town('cengxi', '曾溪镇', 'review: pending\n')],
  tallies: [
    located(
      'tallies/roundup.yaml',
      `article: roundup\nentries:\n${entry('a', 1200, '2020-01-28')}${entry('b', 3700, '2020-01-28', 'xihe')}${entry('c', 300, '2020-01-28', 'xihe')}`,
      tallyFileSchema,
    ),
    located(
      'tallies/xihe-news.yaml',
      `article: xihe-news\nentries:\n${entry('d', 100, '2020-02-01')}`,
      tallyFileSchema,
    ),
  ],
  glossary: [],
} as unknown as Content;
const model = siteModel(content, new Date('2026-01-01'));
const ids = (slug: string) => (model.recordsByTown.get(slug) ?? []).map((r) => r.id);

describe('siteModel: figures of a roundup', () => {
  it('land on the town each entry names, else on the article’s town', () => {
    expect(ids('chihe')).toEqual(['a']);
    expect(ids('xihe')).toEqual(['b', 'c', 'd']);
  });

  it('count in that town’s totals and timelines, not the article’s town’s', () => {
    expect(totals(model.recordsByTown.get('xihe')!).map((t) => t.quantity)).toEqual([4100]);
    expect(totals(model.recordsByTown.get('chihe')!).map((t) => t.quantity)).toEqual([1200]);
    expect(timelines(model.recordsByTown.get('xihe')!).map((t) => t.points.at(-1)?.cumulative)).toEqual([4100]);
  });

  it('list the roundup on each of its towns’ pages, with its tally in their history', () => {
    expect(
      model.articlesByTown
        .get('xihe')!
        .map((a) => a.slug)
        .sort(),
    ).toEqual(['roundup', 'xihe-news']);
    expect(model.articlesByTown.get('chihe')!.map((a) => a.slug)).toEqual(['roundup']);
    expect(model.files.town('xihe')).toContain('tallies/roundup.yaml');
  });

  it('leaves out a town still pending review (written by the import, not yet checked)', () => {
    expect(model.towns.map((t) => t.slug)).toEqual(['chihe', 'xihe']);
    expect(model.townBySlug.has('cengxi')).toBe(false);
  });
});
