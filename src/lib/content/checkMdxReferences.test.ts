import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxReferences } from './checkMdxReferences.ts';
import { knownReferences } from '../check/knownReferences.ts';
import { inWords } from './problem.ts';
import { readContent, type Content } from './readContent.ts';

/** The valid MDX case: an article (published 2020-02-20) with figures of masks and donations, and the components. */
const dir = join(import.meta.dirname, '../../../tests/fixtures/bad-content/mdx-valid');
const read = () => readContent(dir, dir).content;
const after = new Date('2020-03-01T00:00:00+08:00');
const before = new Date('2020-02-01T00:00:00+08:00');

/** The content with the article's body components replaced: what checkMdx would have returned for them. */
function using(content: Content, ...components: [name: string, props: Record<string, string>][]): Content {
  const at = { line: 12, column: 1 };
  const [article] = content.articles;
  article!.components = components.map(([name, props]) => ({
    name,
    at,
    props: Object.fromEntries(Object.entries(props).map(([key, value]) => [key, { value, at }])),
  }));
  return content;
}
const messages = (content: Content, now: Date) =>
  checkMdxReferences(content, knownReferences(content, now))
    .map((p) => inWords(p, 'en'))
    .map((p) => `${p.message}  (${p.fix})`);

describe('checkMdxReferences', () => {
  it('accepts charts on the site and categories of the article’s own figures', () => {
    const content = using(
      read(),
      ['Chart', { id: 'compare-masks' }],
      ['Figures', {}],
      ['Figures', { category: 'donations' }],
    );
    expect(messages(content, after)).toEqual([]);
  });

  it('refuses a chart the site does not have, with the likely one', () => {
    expect(messages(using(read(), ['Chart', { id: 'compare-mask' }]), after)).toEqual([
      'chart "compare-mask" is not on the site  (did you mean "compare-masks"?)',
    ]);
  });

  it('leaves the charts of an article not yet published to the build that publishes it', () => {
    expect(messages(using(read(), ['Chart', { id: 'compare-gloves' }]), before)).toEqual([]);
  });

  it('counts only reviewed figures: those pending review are not shown', () => {
    const content = read();
    for (const entry of content.tallies[0]!.data.entries) entry.review = 'pending';
    expect(messages(using(content, ['Figures', { category: 'masks' }]), after)).toEqual([
      '<Figures> has nothing to show: this article has no figures  (add its figures to content/tallies/nixi-masks.yaml, or remove <Figures>)',
    ]);
  });

  it('refuses a table of figures in an article that has none', () => {
    const content = read();
    content.tallies = [];
    expect(messages(using(content, ['Figures', {}]), after)).toEqual([
      '<Figures> has nothing to show: this article has no figures  (add its figures to content/tallies/nixi-masks.yaml, or remove <Figures>)',
    ]);
  });
});
