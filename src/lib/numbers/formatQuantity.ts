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
 * The Chinese way of writing a figure, as the office writes it: exact figures in digits (10000只),
 * approximate ones as a lower bound with 余/餘, in 万/萬 when round (16万余, 3万余, 2700余), rounded ones with 约.
 */
export function formatQuantity(amount: Amount, script: Script): string {
  if (amount.qualifier === 'range')
    return `${digits(amount.quantity)}–${digits(amount.quantityMax ?? amount.quantity)}`;
  if (amount.qualifier === 'exact') return digits(amount.quantity);
  const { quantity } = amount;
  const round =
    quantity >= 10_000 && (quantity / 1_000) % 1 === 0
      ? `${digits(quantity / 10_000)}${WAN[script]}`
      : digits(quantity);
  return amount.qualifier === 'about' ? ABOUT[script] + round : round + MORE[script];
}

function digits(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toFixed(2)));
}
