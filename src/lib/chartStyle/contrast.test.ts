import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour, withContrast } from './contrast.ts';

describe('contrastRatio', () => {
  it('gives the WCAG ratios: 21 for black on white, 1 for a colour on itself, 4.54 for #767676 on white', () => {
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1d4ed8', '#1d4ed8')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ffffff', '#767676')).toBe(contrastRatio('#767676', '#ffffff'));
  });

  it('reads colours as stylesheets and getComputedStyle write them', () => {
    expect(parseColour(' #1A1A1A ')).toEqual([26, 26, 26]);
    expect(parseColour('rgb(0, 0, 139)')).toEqual([0, 0, 139]);
    expect(parseColour('rgba(1 2 3 / 50%)')).toEqual([1, 2, 3]);
    expect(() => parseColour('tomato')).toThrow(/tomato/);
  });
});

describe('withContrast', () => {
  it('keeps a colour that already has the contrast asked for', () => {
    expect(withContrast('#1D4ED8', '#fff', 4.5)).toBe('#1d4ed8');
  });

  it('darkens a colour on white just enough to reach the ratio', () => {
    for (const [colour, ratio] of [
      ['#a16207', 7],
      ['#d4d4d4', 4.5],
      ['#ffff00', 7],
    ] as const) {
      const adjusted = withContrast(colour, '#ffffff', ratio);
      expect(contrastRatio(adjusted, '#ffffff')).toBeGreaterThanOrEqual(ratio);
      // Just enough: not much past the ratio, where black would overshoot it by far.
      expect(contrastRatio(adjusted, '#ffffff')).toBeLessThan(ratio + 0.1);
    }
  });

  it('lightens towards white on a dark background', () => {
    const adjusted = withContrast('#1d4ed8', '#000000', 7);
    expect(contrastRatio(adjusted, '#000000')).toBeGreaterThanOrEqual(7);
    expect(parseColour(adjusted)[2]).toBeGreaterThan(0xd8);
  });
});
