import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { alternates, inLocale, localizedPath } from './paths.ts';

const [hans, hant] = LOCALES;

describe('localizedPath', () => {
  it('puts the locale first and ends directories with a slash', () => {
    expect(localizedPath('/', hans, 'articles/nixi')).toBe('/zh-hans/articles/nixi/');
    expect(localizedPath('/', hant)).toBe('/zh-hant/');
  });
  it('keeps a sub-path base, with or without its trailing slash', () => {
    expect(localizedPath('/gongshi/', hant, '/towns/shagou/')).toBe('/gongshi/zh-hant/towns/shagou/');
    expect(localizedPath('/gongshi', hant, 'data/')).toBe('/gongshi/zh-hant/data/');
  });
  it('leaves file paths without a trailing slash', () => {
    expect(localizedPath('/', hans, 'rss.xml')).toBe('/zh-hans/rss.xml');
  });
});

describe('alternates', () => {
  it('gives the same page in every locale', () => {
    expect(alternates('/', 'data/').map((a) => a.href)).toEqual(['/zh-hans/data/', '/zh-hant/data/']);
  });
});

describe('inLocale', () => {
  it('swaps the locale after the base, keeping the rest of the path', () => {
    expect(inLocale('/zh-hans/articles/nixi/', '/', hans, hant)).toBe('/zh-hant/articles/nixi/');
    expect(inLocale('/gongshi/zh-hans/towns/shagou/#facts', '/gongshi/', hans, hant)).toBe(
      '/gongshi/zh-hant/towns/shagou/#facts',
    );
    expect(inLocale('/gongshi/zh-hans/', '/gongshi', hans, hant)).toBe('/gongshi/zh-hant/');
  });
  it('refuses a URL outside the base or the locale', () => {
    expect(() => inLocale('/zh-hans/articles/nixi/', '/gongshi/', hans, hant)).toThrow(/not a zh-hans page/);
    expect(() => inLocale('/zh-hant/articles/nixi/', '/', hans, hant)).toThrow(/not a zh-hans page/);
  });
});
