import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { createLocalizer } from '../i18n/localizer.ts';
import type { FeedArticle } from './feedItems.ts';
import { feedItems } from './feedItems.ts';
import { jsonFeed } from './jsonFeed.ts';

const view = (slug: string, published?: string): FeedArticle => ({
  path: `articles/${slug}/`,
  title: `标题${slug}`,
  summary: '摘要。',
  dateLine: published ?? '原文未注明日期（所述时段：1月）',
  published,
  tags: ['防疫'],
});

const l = createLocalizer(
  LOCALES[1],
  { text: (text) => text, html: (html) => html },
  { base: '/gongshi/', origin: new URL('https://x.org') },
);
const items = feedItems([view('a', '2020-02-20'), view('b')], l);

describe('feedItems', () => {
  it('links each article in the locale, absolutely', () => {
    expect(items.map((i) => i.url)).toEqual([
      'https://x.org/gongshi/zh-hant/articles/a/',
      'https://x.org/gongshi/zh-hant/articles/b/',
    ]);
  });

  it('dates only dated articles (in China time) and says an undated one is undated', () => {
    expect(items[0]!.date!.toISOString()).toBe('2020-02-19T16:00:00.000Z');
    expect(items[1]!.date).toBeUndefined();
    expect(items[1]!.summary).toContain('原文未注明日期');
  });
});

describe('jsonFeed', () => {
  it('is JSON Feed 1.1 with an id per item and no date where there is none', () => {
    const feed = jsonFeed({
      title: 't',
      description: 'd',
      language: 'zh-Hant',
      homeUrl: 'https://x.org/',
      feedUrl: 'https://x.org/feed.json',
      items,
    }) as { version: string; items: Record<string, unknown>[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({ id: items[0]!.url, date_published: '2020-02-19T16:00:00.000Z' });
    expect(feed.items[1]).not.toHaveProperty('date_published');
  });
});
