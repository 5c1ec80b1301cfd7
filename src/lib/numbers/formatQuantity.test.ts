import { describe, expect, it } from 'vitest';
import { formatQuantity } from './formatQuantity.ts';
import { formatDate } from './formatDate.ts';

describe('formatQuantity', () => {
  it.each([
    [{ quantity: 160_000, qualifier: 'approx-more-than' as const }, '16万余', '16萬餘'],
    [{ quantity: 100_000, qualifier: 'approx-more-than' as const }, '10万余', '10萬餘'],
    [{ quantity: 12_000, qualifier: 'approx-more-than' as const }, '1.2万余', '1.2萬餘'],
    [{ quantity: 30_000, qualifier: 'approx-more-than' as const }, '3万余', '3萬餘'],
    [{ quantity: 2_700, qualifier: 'approx-more-than' as const }, '2700余', '2700餘'],
    [{ quantity: 10_000, qualifier: 'exact' as const }, '10000', '10000'],
    [{ quantity: 12_600, qualifier: 'exact' as const }, '12600', '12600'],
    [{ quantity: 6, quantityMax: 8, qualifier: 'range' as const }, '6–8', '6–8'],
    [{ quantity: 67_000, qualifier: 'about' as const }, '约6.7万', '約6.7萬'],
  ])('%o → %s / %s', (amount, hans, hant) => {
    expect(formatQuantity(amount, 'hans')).toBe(hans);
    expect(formatQuantity(amount, 'hant')).toBe(hant);
  });

  it('keeps an approximate figure that is not round in digits', () => {
    expect(formatQuantity({ quantity: 12_345, qualifier: 'approx-more-than' }, 'hans')).toBe('12345余');
  });
});

describe('formatDate', () => {
  it('writes dates the Chinese way, without leading zeros', () => {
    expect(formatDate('2020-01-27')).toBe('2020年1月27日');
    expect(formatDate('2020-02-14', { withYear: false })).toBe('2月14日');
  });
  it('rejects what is not a date', () => {
    expect(() => formatDate('1月27日')).toThrow(/YYYY-MM-DD/);
  });
});
