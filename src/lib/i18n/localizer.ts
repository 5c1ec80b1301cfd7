import { CATEGORIES, KINDS, UNITS, type UnitId } from '../../config/categories.ts';
import type { Locale, Script } from '../../config/locales.ts';
import { UI, UI_SCRIPT, type UiKey } from '../../i18n/ui.ts';
import { formatQuantity, type Amount } from '../numbers/formatQuantity.ts';
import { formatDate } from '../numbers/formatDate.ts';

/** Converts text to a script: the build's one converter, behind a function so this module stays testable. */
export interface Convert {
  /** `from`: the script the text is known to be in (else it is detected). */
  text(text: string, locale: Locale, from?: Script): string;
  /** An article body's HTML: only its text and readable attributes are converted. */
  html(html: string, locale: Locale, from: Script): string;
}

/** Everything a page needs to say things in its locale's script. */
export interface Localizer {
  locale: Locale;
  /** `from`: the script the text is written in, when known (an article's, the interface's): saves detecting it. */
  t(text: string, from?: Script): string;
  /** An article body, from the article's script. */
  html(html: string, from: Script): string;
  /** Interface text; `{name}` in it is replaced by `values[name]` (numbers, which need no conversion). */
  ui(key: UiKey, values?: Record<string, number>): string;
  category(id: string): string;
  kind(id: string): string;
  unit(id: UnitId): string;
  /** Quantity with its unit: 16万余份 / 16萬餘份. */
  amount(amount: Amount & { unitId: UnitId }): string;
  date(iso: string, options?: { withYear?: boolean }): string;
}

export function createLocalizer(locale: Locale, convert: Convert): Localizer {
  const t = (text: string, from?: Script) => convert.text(text, locale, from);
  const unit = (id: UnitId) => UNITS[id][locale.script];
  return {
    locale,
    t,
    html: (html, from) => convert.html(html, locale, from),
    ui: (key, values = {}) =>
      t(UI[key], UI_SCRIPT).replace(/\{(\w+)\}/gu, (slot, name: string) => String(values[name] ?? slot)),
    category: (id) => t(CATEGORIES.find((c) => c.id === id)?.label ?? id, UI_SCRIPT),
    kind: (id) => t(KINDS.find((k) => k.id === id)?.label ?? id, UI_SCRIPT),
    unit,
    amount: (amount) => formatQuantity(amount, locale.script) + unit(amount.unitId),
    date: (iso, options) => formatDate(iso, options),
  };
}
