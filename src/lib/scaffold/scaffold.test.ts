import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleSchema } from '../schema/article.ts';
import { tallyFileSchema } from '../schema/tally.ts';
import { scaffold } from './scaffold.ts';

describe('scaffold', () => {
  it('a new article is a valid draft', () => {
    const { path, text } = scaffold('article', { slug: 'nixi-masks', today: '2020-02-20', town: 'nixi' });
    expect(path).toBe('articles/nixi-masks.md');
    const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(text)![1]!;
    const article = articleSchema.parse(parse(frontmatter));
    expect(article).toMatchObject({ draft: true, published: '2020-02-20', town: 'nixi', script: 'hans' });
  });

  it('a new tally is valid YAML for its article, in the article’s script', () => {
    const { path, text } = scaffold('tally', { slug: 'shagou-x', today: '2020-02-20', script: 'hant' });
    expect(path).toBe('tallies/shagou-x.yaml');
    const tally = tallyFileSchema.parse(parse(text));
    expect(tally.article).toBe('shagou-x');
    expect(tally.entries[0]!.unit).toBe('隻');
  });
});
