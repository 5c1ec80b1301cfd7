// Indexes a built site for search: the build does this once the pages are written (src/integrations/gongshi.ts).
// Run as `node searchIndex.ts --shard <outputPath>`, it is the process of its own that indexes one shard.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import {
  SEARCH_LANGUAGE,
  SEARCH_LOCALE,
  SEARCH_DIR,
  SEARCH_PARALLEL,
  SEARCH_SHARD_PAGES,
  searchShard,
} from '../config/search.ts';
import { indexedHtml } from '../lib/search/indexedHtml.ts';
import { searchTextVersion } from './cacheVersions.ts';
import { indexedPage } from '../lib/search/indexedText.ts';
import { pageText } from '../lib/search/pageText.ts';
import { linkFiles } from '../lib/search/linkFiles.ts';
import { shardsByKey } from '../lib/search/shardsByKey.ts';

const run = promisify(execFile);

/** One page as Pagefind reads it: its path inside the site and its text (indexedPage). */
interface SearchRecord {
  sourcePath: string;
  content: string;
}

export interface SearchIndexOptions {
  /** The most pages one shard holds (SEARCH_SHARD_PAGES). */
  shardPages?: number;
  /**
   * Where indexed shards are kept across builds (`<cacheDir>/gongshi-search/`), under a digest of everything
   * Pagefind reads for them: a shard whose pages are unchanged is linked from there, not indexed again.
   */
  cacheDir?: string;
}

/**
 * Builds the Pagefind search index into `<siteDir>/pagefind/`, over the text of the Simplified pages only (see
 * src/config/search.ts): the Traditional pages are the same text, and indexing them too doubled Pagefind's time and
 * memory. Pagefind reads each indexed page's text (pageText) from memory, each Han character a word
 * (indexedPage); URLs are the pages' own. A Traditional search page shows a result from its twin page.
 *
 * Pagefind holds every page's words until it writes (≈ 0.8 MB a page), so a large site is indexed in shards of at
 * most `shardPages` pages, SEARCH_PARALLEL Pagefind processes at a time: `pagefind/` and `pagefind/shard-2/`…
 * listed in `pagefind/shards.json`, which the search page merges. A page's shard follows from its path
 * (shardsByKey), so a new article changes one shard and the cache serves the rest. A site of up to `shardPages`
 * pages has one index.
 *
 * Run by every build once its pages are written, so the index always matches the pages. Returns how many
 * pages were indexed, in how many shards, and how many shards came from the cache.
 */
export async function buildSearchIndex(
  siteDir: string,
  { shardPages = SEARCH_SHARD_PAGES, cacheDir }: SearchIndexOptions = {},
): Promise<{ pages: number; shards: number; reused: number }> {
  const pages = searchablePages(siteDir);
  const shards = shardsByKey(pages, (page) => page.file, shardPages, SEARCH_PARALLEL);
  const output = join(siteDir, SEARCH_DIR);
  rmSync(output, { recursive: true, force: true });
  const cache = cacheDir && join(cacheDir, 'gongshi-search');
  const kept = new Set<string>();
  // Read once per build: the code and settings every shard's key includes.
  const textVersion = cache ? searchTextVersion() : '';
  let reused = 0;
  /** Indexes shard `i` into its folder of the site, or links it from the cache when its pages are unchanged. */
  const placeShard = async (pagesOfShard: SearchablePage[], i: number) => {
    // The text is read (each page parsed) only for a shard that is indexed, when its turn comes.
    const place = join(output, searchShard(i));
    if (!cache) return indexShardApart(pagesOfShard.map(searchRecord), place);
    const digest = shardDigest(pagesOfShard, textVersion);
    kept.add(digest);
    const cached = join(cache, digest);
    if (existsSync(cached)) reused++;
    else {
      // Renamed only once whole, so a build stopped halfway never leaves a shard the next build would reuse.
      const partial = `${cached}.partial`;
      rmSync(partial, { recursive: true, force: true });
      await indexShardApart(pagesOfShard.map(searchRecord), partial);
      renameSync(partial, cached);
    }
    linkFiles(cached, place);
  };
  // SEARCH_PARALLEL lanes, each indexing one shard after another, each shard in a process of its own; the largest
  // first, so the lanes finish together.
  const queue = shards
    .map((shard, i) => ({ size: shard.length, place: () => placeShard(shard, i) }))
    .sort((a, b) => b.size - a.size)
    .map(({ place }) => place);
  await Promise.all(
    Array.from({ length: Math.min(SEARCH_PARALLEL, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    }),
  );
  writeFileSync(join(output, 'shards.json'), JSON.stringify(shards.slice(1).map((_, i) => searchShard(i + 1))));
  // Only this index's shards stay in the cache (and no half-written one): it never grows past one site's index.
  if (cache) {
    for (const entry of readdirSync(cache)) if (!kept.has(entry)) rmSync(join(cache, entry), { recursive: true });
  }
  return { pages: pages.length, shards: shards.length, reused };
}

const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/**
 * A shard's cache key: the Pagefind version and language, the code that reads a page's text (searchTextVersion), and
 * each page's part marked for search — what decides the text Pagefind reads, without parsing every page again.
 */
function shardDigest(shard: SearchablePage[], textVersion: string): string {
  const hash = createHash('sha256').update(`pagefind ${PAGEFIND_VERSION} ${SEARCH_LANGUAGE} ${textVersion}\u0000`);
  for (const { file, html } of shard) hash.update(`${file}\u0000${indexedHtml(html)}\u0000`);
  return hash.digest('base64url');
}

/** Has a process of its own index one shard (see indexShard): Pagefind's service works one index at a time. */
async function indexShardApart(shard: SearchRecord[], outputPath: string): Promise<void> {
  const indexing = run(process.execPath, [fileURLToPath(import.meta.url), '--shard', outputPath]);
  indexing.child.stdin!.end(JSON.stringify(shard));
  const { stdout } = await indexing;
  const indexed = Number(/^pages=(\d+)$/m.exec(stdout)?.[1]);
  if (indexed !== shard.length) throw new Error(`Pagefind indexed ${indexed} of ${shard.length} pages`);
}

/** Indexes one shard's pages into `outputPath`. Returns how many pages the written index holds. */
async function indexShard(shard: SearchRecord[], outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // From memory, not a staging folder: writing thousands of small files costs more than Pagefind reading them.
    const added = await Promise.all(shard.map((record) => index.addHTMLFile(record)));
    const failed = added.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  } finally {
    await pagefind.close();
  }
}

/** A page of the search locale that has something to index: its path inside that locale's folder, and its HTML. */
interface SearchablePage {
  file: string;
  html: string;
}

/** The pages of the search locale that have something to index (`data-pagefind-body`), in path order. */
function searchablePages(siteDir: string): SearchablePage[] {
  const root = join(siteDir, SEARCH_LOCALE.id);
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(root, file), 'utf8') }))
    .filter((page) => page.html.includes('data-pagefind-body'));
  if (pages.length === 0) throw new Error(`Search: no ${SEARCH_LOCALE.id} page has data-pagefind-body`);
  return pages;
}

/** A page as Pagefind should read it: its text, parsed from the elements it marks for search only. */
function searchRecord({ file, html }: SearchablePage): SearchRecord {
  return { sourcePath: join(SEARCH_LOCALE.id, file), content: indexedPage(pageText(parse(indexedHtml(html)))) };
}

if (import.meta.main && process.argv[2] === '--shard') {
  const shard = JSON.parse(await text(process.stdin)) as SearchRecord[];
  console.log(`pages=${await indexShard(shard, process.argv[3]!)}`);
}
