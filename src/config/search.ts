/**
 * Search indexes one script only. Both scripts' pages carry the same text, and segmenting Chinese is most of
 * Pagefind's work, so only the Simplified pages are indexed; a page in the other script searches the same index
 * (its query folded to Simplified first) and shows each result as its twin: the twin's title and summary, kept in
 * the index as metadata, and a link to the twin. Shared by the indexer (scripts/searchIndex.ts) and the search page.
 */
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** The locale whose pages are indexed. */
export const SEARCH_LOCALE: Locale = DEFAULT_LOCALE;

/**
 * Pagefind's language for the index, forced: the primary subtag (`zh`). The browser API picks an index by
 * `<html lang>`, exactly and then by primary subtag, so one `zh` index serves both `zh-Hans` and `zh-Hant` pages.
 */
export const SEARCH_LANGUAGE = SEARCH_LOCALE.lang.split('-')[0]!.toLowerCase();

/** The metadata key under which a result carries its twin's title or summary in `locale` (`title_zh-hant`). */
export function twinMetaKey(field: 'title' | 'summary', locale: Locale): string {
  return `${field}_${locale.id}`;
}
