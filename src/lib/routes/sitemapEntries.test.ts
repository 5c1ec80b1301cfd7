import { describe, expect, it } from 'vitest';
import { inSitemap, sitemapAlternates } from './sitemapEntries.ts';

describe('sitemap entries', () => {
  it('lists the locale pages but not the chooser or the chart embeds', () => {
    expect(inSitemap('https://x.org/zh-hans/articles/a/')).toBe(true);
    expect(inSitemap('https://x.org/gongshi/zh-hant/data/')).toBe(true);
    expect(inSitemap('https://x.org/')).toBe(false);
    expect(inSitemap('https://x.org/zh-hans/embed/leaflets-town/')).toBe(false);
  });

  it('gives each page its twin in every locale, with the hreflang tag', () => {
    expect(sitemapAlternates('https://x.org/base/zh-hant/towns/a/')).toEqual([
      { url: 'https://x.org/base/zh-hans/towns/a/', lang: 'zh-Hans' },
      { url: 'https://x.org/base/zh-hant/towns/a/', lang: 'zh-Hant' },
    ]);
    expect(sitemapAlternates('https://x.org/')).toEqual([]);
  });
});
