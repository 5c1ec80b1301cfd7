import { getRssString } from '@astrojs/rss';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { rssItem } from './rssItem.ts';

const SUMMARY = '泥溪镇"}]</script><img src=x onerror="alert(1)"> & 口罩';

describe('rssItem', () => {
  it('gives a reader that reads the description as HTML the summary as text, as the site shows it', async () => {
    const xml = await getRssString({
      title: 't',
      description: 'd',
      site: 'https://x.org/',
      items: [rssItem({ title: '标题', url: 'https://x.org/a/', summary: SUMMARY, tags: [] })],
    });
    // The XML parser's view of the item, then the reader's HTML parser's view of its description.
    const description = parse(xml).querySelector('item description')!.text;
    const html = parse(description);
    expect(html.querySelectorAll('img, script')).toHaveLength(0);
    expect(html.text).toBe(SUMMARY);
  });
});
