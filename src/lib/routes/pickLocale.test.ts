import { describe, expect, it } from 'vitest';
import { pickLocale } from './pickLocale.ts';

const offered = ['zh-Hans', 'zh-Hant'];

describe('pickLocale', () => {
  it.each([
    [['zh-TW'], 'zh-Hant'],
    [['zh-HK', 'en'], 'zh-Hant'],
    [['zh-Hant-MO'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['en-US', 'zh-TW'], 'zh-Hant'],
    [['en-US', 'fr'], 'zh-Hans'],
    [[], 'zh-Hans'],
  ])('%j → %s', (languages, expected) => {
    expect(pickLocale(languages, offered)).toBe(expected);
  });
});
