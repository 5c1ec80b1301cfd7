import { CATEGORIES, KINDS, UNITS, type UnitId } from '../../config/categories.ts';
import type { Locale } from '../../config/locales.ts';
import { UI, type UiKey } from '../../i18n/ui.ts';
import { formatQuantity, type Amount } from '../numbers/formatQuantity.ts';
import { formatDate } from '../numbers/formatDate.ts';

/** Converts text to a script: the build's one converter, behind a function so this module stays testable. */
export interface Convert {
  text(text: string, locale: Locale): string;
  html(html: string, locale: Locale): string;
}

/** Everything a page needs to say things in its locale's script. */
export interface Localizer {
  locale: Locale;
  t(text: string): string;
  html(html: string): string;
  ui(key: UiKey): string;
  category(id: string): string;
  kind(id: string): string;
  unit(id: UnitId): string;
  /** Quantity with its unit: 16万余份 / 16萬餘份. */
  amount(amount: Amount & { unitId: UnitId }): string;
  date(iso: string, options?: { withYear?: boolean }): string;
}

export function createLocalizer(locale: Locale, convert: Convert): Localizer {
  const t = (text: string) => convert.text(text, locale);
  const unit = (id: UnitId) => UNITS[id][locale.script];
  return {
    locale,
    t,
    html: (html) => convert.html(html, locale),
    ui: (key) => t(UI[key]),
    category: (id) => t(CATEGORIES.find((c) => c.id === id)?.label ?? id),
    kind: (id) => t(KINDS.find((k) => k.id === id)?.label ?? id),
    unit,
    amount: (amount) => formatQuantity(amount, locale.script) + unit(amount.unitId),
    date: (iso, options) => formatDate(iso, options),
  };
}
