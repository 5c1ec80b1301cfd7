import type { Qualifier } from '../../config/categories.ts';
import type { Script } from '../../config/locales.ts';

export interface Amount {
  quantity: number;
  quantityMax?: number;
  /** `about` is a rounded figure (人口6.7万), not a lower bound. */
  qualifier: Qualifier | 'about';
}

const WAN = { hans: '万', hant: '萬' } as const;
const MORE = { hans: '余', hant: '餘' } as const;
const ABOUT = { hans: '约', hant: '約' } as const;

/**
 * The Chinese way of writing a figure, as the office writes it, one rule for every figure so a list reads alike: a
 * figure of 10000 or more in whole thousands in 万/萬 (2万, 1.2万), any other in digits (12600, 2700); a lower bound
 * (余/餘) or a rounded figure (约/約) marked, a range as its two ends (1万–2万).
 */
export function formatQuantity(amount: Amount, script: Script): string {
  const write = (n: number) =>
    n >= 10_000 && (n / 1_000) % 1 === 0 ? `${digits(n / 10_000)}${WAN[script]}` : digits(n);
  const { quantity, qualifier } = amount;
  if (qualifier === 'range') return `${write(quantity)}–${write(amount.quantityMax ?? quantity)}`;
  if (qualifier === 'exact') return write(quantity);
  return qualifier === 'about' ? ABOUT[script] + write(quantity) : write(quantity) + MORE[script];
}

function digits(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}
