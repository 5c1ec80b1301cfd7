import { describe, expect, it } from 'vitest';
import { searchCharMap } from './searchCharMap.ts';

const pairs = [
  ['发放口罩，悬挂条幅', '發放口罩，懸掛條幅'],
  ['干部发放', '幹部發放'],
  ['干部', '幹部'],
  ['饼干', '餅乾'],
  ['长度不同的词', '長度不同'],
] as const;

/** The pairs as one locale's text and the other's: [Simplified, Traditional] to map to Traditional. */
const toward = (target: 'hans' | 'hant', texts: readonly (readonly [string, string])[]) =>
  texts.map(([hans, hant]) => (target === 'hans' ? ([hant, hans] as const) : ([hans, hant] as const)));

describe('searchCharMap', () => {
  it('maps Traditional characters to Simplified for Simplified pages', () => {
    expect(searchCharMap(toward('hans', pairs))).toEqual({
      發: '发',
      懸: '悬',
      掛: '挂',
      條: '条',
      幹: '干',
      乾: '干',
      餅: '饼',
    });
  });

  it('maps Simplified characters to Traditional for Traditional pages, the most frequent form winning', () => {
    const map = searchCharMap(toward('hant', pairs));
    expect(map['发']).toBe('發');
    expect(map['干']).toBe('幹');
    expect(map['口']).toBeUndefined();
  });

  it('skips texts that cannot be aligned and non-Han characters', () => {
    expect(
      searchCharMap(
        toward('hant', [
          ['长度不同的词', '長度不同'],
          ['“发”', '「發」'],
        ]),
      ),
    ).toEqual({ 发: '發' });
  });

  it('aligns texts holding characters beyond the Basic Multilingual Plane (𠮷) character by character', () => {
    expect(searchCharMap(toward('hans', [['𠮷发放', '𠮷發放']]))).toEqual({ 發: '发' });
  });

  it('breaks a tie between forms by code point, whatever order the texts come in', () => {
    const texts: [string, string][] = [
      ['干', '幹'],
      ['干', '乾'],
    ];
    expect(searchCharMap(toward('hant', texts))).toEqual({ 干: '乾' });
    expect(searchCharMap(toward('hant', [...texts].reverse()))).toEqual({ 干: '乾' });
  });
});
