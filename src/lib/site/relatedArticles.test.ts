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

  it('ranks like scoring every pair (town 1,000, each shared category 1), on a site of many town sizes', () => {
    const many = Array.from({ length: 600 }, (_, i) => ({
      slug: `s${i}`,
      // Towns of 1 to ~60 articles, so some articles must be filled from other towns.
      town: `t${Math.floor(Math.sqrt(i * 7)) % 40}`,
      categories: [`c${i % 7}`, ...(i % 3 ? [`c${i % 5}`] : []), ...(i % 11 ? [] : [`c${i % 4}`])],
    }));
    const related = relatedArticles(many);
    for (const [i, article] of many.entries()) {
      const scored = many
        .map((other, j) => ({
          j,
          score:
            j === i
              ? 0
              : (other.town === article.town ? 1000 : 0) +
                new Set(other.categories).intersection(new Set(article.categories)).size,
        }))
        .filter(({ score }) => score > 0)
        .sort((a, b) => b.score - a.score || a.j - b.j);
      expect(related.get(article.slug), article.slug).toEqual(scored.slice(0, 5).map(({ j }) => many[j]!.slug));
    }
  });
});
