/**
 * Search indexes one script only. Both scripts' pages carry the same text, and segmenting Chinese is most of
 * Pagefind's work, so only the Simplified pages are indexed; a page in the other script searches the same index
 * (its query folded to Simplified first) and shows each result as its twin: the twin's title and summary, kept in
 * the index as metadata, and a link to the twin. Shared by the indexer (src/build/searchIndex.ts) and the search page.
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
export function twinMetaKey(field: 'title' | 'summary', locale: Pick<Locale, 'id'>): string {
  return `${field}_${locale.id}`;
}

/**
 * The most pages one Pagefind index holds. Pagefind keeps every page's words in memory until it writes the index
 * (≈ 0.8 MB a page of Chinese at its peak), so larger sites are indexed in shards of at most this many pages, and
 * the search page merges them. SEARCH_PARALLEL shards are indexed at once, each by its own Pagefind process: one
 * writes its index on one core, so two use both cores of a small machine, and at most 2 × 1,000 pages' words
 * are in memory whatever the size of the site (1.59–2.00 GiB at 4,020 pages in six shards; 2.29 GiB with 1,250-page
 * shards). A site of more than one shard gets a multiple of SEARCH_PARALLEL, so no process is left working alone.
 */
export const SEARCH_SHARD_PAGES = 1000;
export const SEARCH_PARALLEL = 2;

/** The search index's folder inside the site. A large site's further shards are folders inside it. */
export const SEARCH_DIR = 'pagefind/';

/** Shard `i` (from 0) of the search index, as a folder inside SEARCH_DIR: `` (the index itself), `shard-2/`… */
export function searchShard(i: number): string {
  return i === 0 ? '' : `shard-${i + 1}/`;
}
