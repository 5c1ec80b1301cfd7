import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { recordShownTexts } from './shownTexts.ts';

const [hans, hant] = LOCALES;

describe('recordShownTexts', () => {
  it('pairs what one text was shown as in two locales, and only texts shown in both', () => {
    const shown = recordShownTexts();
    shown.record('发放口罩', hans, '发放口罩');
    shown.record('发放口罩', hant, '發放口罩');
    shown.record('只在简体', hans, '只在简体');
    expect([...shown.pairs(hant, hans)]).toEqual([['發放口罩', '发放口罩']]);
    expect([...shown.pairs(hans, hant)]).toEqual([['发放口罩', '發放口罩']]);
  });

  it('keeps the last form a locale showed', () => {
    const shown = recordShownTexts();
    shown.record('干部', hans, '干部');
    shown.record('干部', hant, '乾部');
    shown.record('干部', hant, '幹部');
    expect([...shown.pairs(hans, hant)]).toEqual([['干部', '幹部']]);
  });
});
