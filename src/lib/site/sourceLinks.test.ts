import { describe, expect, it } from 'vitest';
import type { ArticleSource } from '../content/readContent.ts';
import type { Localizer } from '../i18n/localizer.ts';
import { SOURCES_SHOWN, sourceLinks } from './sourceLinks.ts';

const article = (slug: string, published?: string) =>
  ({ slug, data: { title: `标题${slug}`, published } }) as unknown as ArticleSource;
const traditional = { t: (text: string) => text.replace('标题', '標題') } as Localizer;

describe('sourceLinks', () => {
  const dates = ['2020-01-03', '2020-02-01', undefined, '2020-01-20', '2020-03-05', '2020-01-01', '2020-02-15'];
  const articles = dates.map((date, i) => article(`a${i}`, date));
  const model = { articleBySlug: new Map(articles.map((a) => [a.slug, a])) };

  it('names the newest sources only, in the locale script, and counts them all', () => {
    const { links, total } = sourceLinks(model, [...articles.map((a) => a.slug), 'deleted'], traditional);
    expect(total).toBe(articles.length);
    expect(links).toHaveLength(SOURCES_SHOWN);
    expect(links.map((l) => l.slug)).toEqual(['a4', 'a6', 'a1', 'a3', 'a0']);
    expect(links[0]!.title).toBe('標題a4');
  });

  it('names every source when there are few', () => {
    expect(sourceLinks(model, ['a2', 'a5'], traditional)).toEqual({
      links: [
        { slug: 'a5', title: '標題a5' },
        { slug: 'a2', title: '標題a2' },
      ],
      total: 2,
    });
  });
});
