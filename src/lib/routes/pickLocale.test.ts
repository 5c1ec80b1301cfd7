import { describe, expect, it } from 'vitest';
import { AVAILABLE_LOCALES } from '../../config/locales.ts';
import { pickLocale } from './pickLocale.ts';

const [hans, hant, hk] = AVAILABLE_LOCALES;

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
  ])('Simplified and Traditional offered: %j → %s', (languages, expected) => {
    expect(pickLocale(languages, [hans, hant])).toBe(expected);
  });

  it.each([
    [['zh-HK'], 'zh-Hant-HK'],
    [['zh-MO'], 'zh-Hant-HK'],
    [['zh-Hant-HK'], 'zh-Hant-HK'],
    [['zh-TW'], 'zh-Hant'],
    [['zh-Hant'], 'zh-Hant'],
    [['zh-CN'], 'zh-Hans'],
  ])('a Hong Kong locale offered too: %j → %s', (languages, expected) => {
    expect(pickLocale(languages, [hans, hant, hk])).toBe(expected);
  });
});
