import type { Locale } from '../../config/locales.ts';
import { createLocalizer, type Localizer } from './localizer.ts';

/** Where unit tests pretend the site is served. */
export const TEST_ADDRESS = { base: '/', origin: new URL('https://gongshi.example.org') };

/** A localizer that leaves text as written, for unit tests that do not exercise conversion. */
export function testLocalizer(locale: Locale): Localizer {
  return createLocalizer(locale, { text: (text) => text, html: (html) => html }, TEST_ADDRESS);
}
