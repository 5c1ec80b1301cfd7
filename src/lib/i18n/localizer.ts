import { CATEGORIES, KINDS, UNITS, type UnitId } from '../../config/categories.ts';
import { WRITTEN_VARIANT, type Locale, type Script } from '../../config/locales.ts';
import { LOCALE_WORDING } from '../../i18n/localeWording.ts';
import { UI, UI_SCRIPT, type UiKey } from '../../i18n/ui.ts';
import { formatQuantity, type Amount } from '../numbers/formatQuantity.ts';
import { formatDate } from '../numbers/formatDate.ts';
import { alternates, localizedPath } from '../routes/paths.ts';
import { rewording } from './rewording.ts';

/** Converts text to a script: the build's one converter, behind a function so this module stays testable. */
export interface Convert {
  /** `from`: the script the text is known to be in (else it is detected). */
  text(text: string, locale: Locale, from?: Script): string;
  /** An article body's HTML: only its text and readable attributes are converted. */
  html(html: string, locale: Locale, from: Script): string;
}

/** Where the site is served: its sub-path (`/` or `/gongshi/`) and its origin, for absolute URLs. */
export interface SiteAddress {
  base: string;
  origin: URL;
}

/** Everything a page needs to say things in its locale's script, and to link to its pages. */
export interface Localizer {
  locale: Locale;
  /** A page of this locale, by its path after the locale (`articles/slug/`): the link a page writes. */
  href(path?: string): string;
  /** The same page's absolute URL: what feeds, QR codes and embed snippets carry. */
  url(path?: string): string;
  /** A file at the site's root, the same for every locale (`data/tallies.csv`, `favicon.svg`, `pagefind/`). */
  asset(path?: string): string;
  /** The same page in every locale (this one included): the script switch, hreflang links, "the original". */
  alternates(path: string): { locale: Locale; href: string }[];
  /** `from`: the script the text is written in, when known (an article's, the interface's): saves detecting it. */
  t(text: string, from?: Script): string;
  /** An article body, from the article's script. */
  html(html: string, from: Script): string;
  /**
   * Interface text; `{name}` in it is replaced by `values[name]`: numbers, or text already in the locale's script
   * (the slots are filled after conversion).
   */
  ui(key: UiKey, values?: Record<string, number | string>): string;
  category(id: string): string;
  kind(id: string): string;
  unit(id: UnitId): string;
  /** Quantity with its unit: 16万余份 / 16萬餘份. */
  amount(amount: Amount & { unitId: UnitId }): string;
  date(iso: string, options?: { withYear?: boolean }): string;
}

export function createLocalizer(locale: Locale, convert: Convert, address: SiteAddress): Localizer {
  const t = (text: string, from?: Script) => convert.text(text, locale, from);
  // The site's own words (interface text, category and kind labels) in the locale's wording; articles never.
  const reword = rewording(LOCALE_WORDING[locale.id]);
  // Each page asks for the same few hundred strings: convert and reword each once per localizer.
  const owned = new Map<string, string>();
  const own = (text: string) => {
    let result = owned.get(text);
    if (result === undefined) owned.set(text, (result = reword(t(text, UI_SCRIPT))));
    return result;
  };
  // Units are written in each script's written variant, like content: another variant converts them.
  const asWritten = locale.opencc === WRITTEN_VARIANT[locale.script];
  const unit = (id: UnitId) => (asWritten ? UNITS[id][locale.script] : t(UNITS[id][locale.script], locale.script));
  const href = (path?: string) => localizedPath(address.base, locale, path);
  return {
    locale,
    href,
    url: (path) => new URL(href(path), address.origin).href,
    alternates: (path) => alternates(address.base, path),
    asset: (path = '') => `${address.base.replace(/\/?$/, '/')}${path}`,
    t,
    html: (html, from) => convert.html(html, locale, from),
    ui: (key, values = {}) => own(UI[key]).replace(/\{(\w+)\}/gu, (slot, name: string) => String(values[name] ?? slot)),
    category: (id) => own(CATEGORIES.find((c) => c.id === id)?.label ?? id),
    kind: (id) => own(KINDS.find((k) => k.id === id)?.label ?? id),
    unit,
    amount: (amount) => formatQuantity(amount, locale.script) + unit(amount.unitId),
    date: (iso, options) => formatDate(iso, options),
  };
}
