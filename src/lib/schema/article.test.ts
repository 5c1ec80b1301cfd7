import { describe, expect, it } from 'vitest';
import { articleSchema } from './article.ts';
import { townSchema } from './town.ts';

const article = {
  title: '标题',
  town: 'nixi',
  published: '2020-02-20',
  source: { note: '来源不详' },
  script: 'hans',
  summary: '摘要。',
};

describe('notice and correction fields', () => {
  it('are optional, and taken as given', () => {
    expect(articleSchema.parse(article).notice).toBeUndefined();
    const full = {
      ...article,
      notice: { from: '2020-02-20', to: '2020-02-26' },
      corrected: { date: '2020-03-01', note: '更正数量' },
    };
    expect(articleSchema.parse(full)).toMatchObject(full);
    expect(
      townSchema.parse({ name: '泥溪镇', county: '东至县', province: '安徽省', notice: { from: '2020-02-20' } }),
    ).toHaveProperty('notice', { from: '2020-02-20' });
  });

  it('refuse a period that ends before it starts, and a correction dated before the article', () => {
    const paths = (data: object) => articleSchema.safeParse(data).error?.issues.map((issue) => issue.path.join('.'));
    expect(paths({ ...article, notice: { from: '2020-02-20', to: '2020-02-19' } })).toEqual(['notice.to']);
    expect(paths({ ...article, corrected: { date: '2020-02-19', note: '更正' } })).toEqual(['corrected.date']);
    expect(paths({ ...article, corrected: { date: '2020-03-01' } })).toEqual(['corrected.note']);
  });
});
