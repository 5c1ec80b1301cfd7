import { describe, expect, it } from 'vitest';
import { relatedArticles } from './relatedArticles.ts';

const articles = [
  { slug: 'a', town: 'nixi', categories: ['masks', 'leaflets'] },
  { slug: 'b', town: 'shagou', categories: ['masks', 'leaflets'] },
  { slug: 'c', town: 'nixi', categories: [] },
  { slug: 'd', town: 'shagou', categories: ['banners'] },
  { slug: 'e', town: 'other', categories: ['masks'] },
];

describe('relatedArticles', () => {
  const related = relatedArticles(articles);

  it('puts the same town first, then shared categories, never the article itself', () => {
    expect(related.get('a')).toEqual(['c', 'b', 'e']);
    expect(related.get('b')).toEqual(['d', 'a', 'e']);
  });

  it('leaves an article with nothing in common with an empty list', () => {
    expect(relatedArticles([{ slug: 'x', town: 't', categories: [] }]).get('x')).toEqual([]);
  });

  it('respects the limit', () => {
    expect(relatedArticles(articles, 1).get('a')).toEqual(['c']);
  });

  it('stays fast on a large site', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      slug: `s${i}`,
      town: `t${i % 50}`,
      categories: [`c${i % 7}`],
    }));
    const start = performance.now();
    expect(relatedArticles(many).get('s0')).toHaveLength(5);
    expect(performance.now() - start).toBeLessThan(3000);
  });
});
