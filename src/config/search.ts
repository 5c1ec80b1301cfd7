/**
 * Search indexes one script only. Both scripts' pages carry the same text, so only the Simplified pages are indexed;
 * a page in the other script searches the same index (its query folded to Simplified first) and shows each result
 * in its own script, from the twin page itself. Shared by the indexer (src/build/searchIndex.ts) and the search page.
 */
import { DEFAULT_LOCALE, type Locale } from './locales.ts';

/** The locale whose pages are indexed. */
export const SEARCH_LOCALE: Locale = DEFAULT_LOCALE;

/**
 * Pagefind's language for the index, forced: the primary subtag (`zh`). The browser API picks an index by
 * `<html lang>`, exactly and then by primary subtag, so one `zh` index serves both `zh-Hans` and `zh-Hant` pages.
 */
export const SEARCH_LANGUAGE = SEARCH_LOCALE.lang.split('-')[0]!.toLowerCase();

/**
 * What search reads of a page: the text of the elements it marks `data-pagefind-body`, block by block, leaving out
 * what is not the page's own words to read — data tables (their numbers are in the text, and cells strung together
 * read as nonsense), controls, scripts, and the notes every article carries (where its text came from, when the page
 * changed), which would make a search for 原文 or 更新 find every page.
 */
export const SEARCH_TEXT = {
  /** Elements whose text is never searched or shown in a result. */
  skipTags: ['TABLE', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'SVG', 'CANVAS', 'NOSCRIPT'],
  skipAttributes: ['data-pagefind-ignore', 'hidden'],
  skipClasses: ['source-note', 'page-history'],
  /** Elements that start and end a block of text; any other element's text runs on inside its block. */
  blockTags: [
    'ADDRESS',
    'ARTICLE',
    'ASIDE',
    'BLOCKQUOTE',
    'BR',
    'DD',
    'DETAILS',
    'DIV',
    'DL',
    'DT',
    'FIGCAPTION',
    'FIGURE',
    'FOOTER',
    'H1',
    'H2',
    'H3',
    'H4',
    'H5',
    'H6',
    'HEADER',
    'HR',
    'LI',
    'MAIN',
    'NAV',
    'OL',
    'P',
    'PRE',
    'SECTION',
    'SUMMARY',
    'UL',
  ],
};

/**
 * Between two blocks of a page's text in the index: a character no page shows (content refuses control characters),
 * which Pagefind keeps as it is, so the search page can split the text into its blocks again.
 */
export const SEARCH_BLOCK_SEPARATOR = '\u001e';

/** The most results the search page shows for a query: each costs the reader a download. */
export const SEARCH_MOST_RESULTS = 20;

/** About how many characters of a result's text its excerpt shows around the first match. */
export const SEARCH_EXCERPT_CHARS = 70;

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
