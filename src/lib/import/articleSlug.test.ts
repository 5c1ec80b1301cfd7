import { describe, expect, it } from 'vitest';
import { slugSchema } from '../schema/article.ts';
import { articleSlug, freeSlug } from './articleSlug.ts';

describe('articleSlug', () => {
  it('is the town, the topic and the day, in pinyin', () => {
    expect(articleSlug({ title: '大新镇发放口罩两万只', category: 'masks', published: '2020-02-20' })).toBe(
      'daxin-kouzhao-0220',
    );
  });

  it("takes the site's slug for a recognised town, and reads Traditional and polyphones by word", () => {
    expect(articleSlug({ townSlug: 'nixi', title: '樂平鄉捐贈消毒液', category: 'disinfectant' })).toBe(
      'nixi-xiaoduye',
    );
    expect(articleSlug({ title: '樂平鄉捐贈消毒液', published: '2021-11-03' })).toBe('leping-juanzengxiaodu-1103');
  });

  it('falls back to the headline for the topic, and leaves out what is not known; never a hash', () => {
    expect(articleSlug({ title: '全县开展爱国卫生运动' })).toBe('quanxiankaizhan');
    expect(articleSlug({ title: '青山镇新建文化广场', category: 'other', published: '2021-11-03' })).toBe(
      'qingshan-xinjianwenhua-1103',
    );
    expect(articleSlug({ title: 'COVID-19 update' })).toBe('article');
  });

  it('is a valid slug whatever the town slug it is given holds', () => {
    const slug = articleSlug({ townSlug: 'Nixi Town/../x', title: '发放口罩', category: 'masks' });
    expect(slug).toBe('nixi-town-x-kouzhao');
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });
});

describe('freeSlug', () => {
  it('adds -2, -3… until the slug is free', () => {
    const taken = new Set(['daxin-kouzhao-0220', 'daxin-kouzhao-0220-2']);
    expect(freeSlug('daxin-kouzhao-0220', (slug) => taken.has(slug))).toBe('daxin-kouzhao-0220-3');
    expect(freeSlug('nixi-xiaoduye', (slug) => taken.has(slug))).toBe('nixi-xiaoduye');
  });
});
