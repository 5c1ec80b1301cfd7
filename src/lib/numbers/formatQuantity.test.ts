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
    [{ quantity: 10_000, qualifier: 'exact' as const }, '1万', '1萬'],
    [{ quantity: 20_000, qualifier: 'exact' as const }, '2万', '2萬'],
    [{ quantity: 12_600, qualifier: 'exact' as const }, '12600', '12600'],
    [{ quantity: 9_000, qualifier: 'exact' as const }, '9000', '9000'],
    [{ quantity: 6, quantityMax: 8, qualifier: 'range' as const }, '6–8', '6–8'],
    [{ quantity: 10_000, quantityMax: 20_000, qualifier: 'range' as const }, '1万–2万', '1萬–2萬'],
    [{ quantity: 67_000, qualifier: 'about' as const }, '约6.7万', '約6.7萬'],
  ])('%o → %s / %s', (amount, hans, hant) => {
    expect(formatQuantity(amount, 'hans')).toBe(hans);
    expect(formatQuantity(amount, 'hant')).toBe(hant);
  });

  it('keeps a figure that is not in whole thousands in digits, exact or not', () => {
    expect(formatQuantity({ quantity: 12_345, qualifier: 'approx-more-than' }, 'hans')).toBe('12345余');
    expect(formatQuantity({ quantity: 12_345, qualifier: 'exact' }, 'hans')).toBe('12345');
  });

  it('writes the figures of one list alike: an exact 20000 beside a lower bound 1.2万余', () => {
    const list = [
      formatQuantity({ quantity: 12_000, qualifier: 'approx-more-than' }, 'hans'),
      formatQuantity({ quantity: 20_000, qualifier: 'exact' }, 'hans'),
    ];
    expect(list.every((text) => text.includes('万'))).toBe(true);
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
