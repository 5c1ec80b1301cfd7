import { describe, expect, it } from 'vitest';
import { brokenLinks } from './brokenLinks.ts';

const files = new Set(['index.html', 'zh-hans/index.html', 'zh-hans/data/index.html', 'data/tallies.csv', 'a.css']);
const page = (links: string[]) => [
  { file: 'zh-hans/index.html', links, ids: ['main'] },
  { file: 'zh-hans/data/index.html', links: [], ids: ['compare-masks'] },
];

describe('brokenLinks', () => {
  it('accepts pages, files, fragments and relative links that exist', () => {
    const links = ['/zh-hans/data/', '/data/tallies.csv', '#main', '/zh-hans/data/#compare-masks', '../a.css', 'data/'];
    expect(brokenLinks(page(links), files, '/')).toEqual([]);
  });

  it('reports missing pages and fragments', () => {
    expect(brokenLinks(page(['/zh-hant/', '/zh-hans/data/#nope']), files, '/')).toEqual([
      'zh-hans/index.html: /zh-hant/',
      'zh-hans/index.html: /zh-hans/data/#nope (no #nope there)',
    ]);
  });

  it('reports root links that ignore a sub-path base', () => {
    expect(brokenLinks(page(['/gongshi/zh-hans/data/', '/zh-hans/data/']), files, '/gongshi/')).toEqual([
      'zh-hans/index.html: /zh-hans/data/ (outside /gongshi/)',
    ]);
  });

  it('leaves other hosts, mail and data URLs alone', () => {
    expect(brokenLinks(page(['https://example.org/x', 'mailto:a@b.c', 'data:,x']), files, '/')).toEqual([]);
  });

  it('checks absolute links to the site itself', () => {
    const links = ['https://gongshi.example.org/zh-hans/data/', 'https://gongshi.example.org/zh-hant/'];
    expect(brokenLinks(page(links), files, '/', 'https://gongshi.example.org')).toEqual([
      'zh-hans/index.html: https://gongshi.example.org/zh-hant/',
    ]);
  });
});
