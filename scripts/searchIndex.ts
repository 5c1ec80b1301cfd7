// `node scripts/searchIndex.ts <siteDir>`: indexes a built site for search (npm run build does this after astro).
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/config/locales.ts';
import {
  SEARCH_LANGUAGE,
  SEARCH_LOCALE,
  SEARCH_DIR,
  SEARCH_PARALLEL,
  SEARCH_SHARD_PAGES,
  searchShard,
  twinMetaKey,
} from '../src/config/search.ts';
import { resultText, withSearchMeta } from '../src/lib/site/searchMeta.ts';
import { splitEvenly } from '../src/lib/site/splitEvenly.ts';

const run = promisify(execFile);

/**
 * Builds the Pagefind search index into `<siteDir>/pagefind/`, over the `data-pagefind-body` of the Simplified
 * pages only (see src/config/search.ts): the Traditional pages are the same text, and indexing them too doubled
 * Pagefind's time and memory. Pagefind reads each indexed page from memory with its twins' titles and summaries
 * added as Pagefind metadata (`title_zh-hant`, `summary_zh-hant`), so a Traditional search page shows its results
 * in Traditional without a Traditional word on any Simplified page; URLs are the pages' own.
 *
 * Pagefind holds every page's words until it writes (≈ 0.8 MB a page), so a large site is indexed in shards of at
 * most `shardPages` pages, SEARCH_PARALLEL Pagefind processes at a time (as many shards as keep them equally busy):
 * `pagefind/` and `pagefind/shard-2/`… listed in `pagefind/shards.json`, which the search page merges. A site of up to `shardPages` pages has one index.
 *
 * Run after every build, and by the tests' global setup, so the index always matches the pages. Returns how many
 * pages were indexed.
 */
export async function buildSearchIndex(siteDir: string, shardPages = SEARCH_SHARD_PAGES): Promise<number> {
  const pages = searchablePages(siteDir);
  const shards = splitEvenly(pages, shardPages, SEARCH_PARALLEL);
  const output = join(siteDir, SEARCH_DIR);
  rmSync(output, { recursive: true, force: true });
  // SEARCH_PARALLEL lanes, each indexing one shard after another, each shard in a process of its own.
  const queue = shards.map((shard, i) => () => indexShardApart(siteDir, shard, join(output, searchShard(i))));
  await Promise.all(
    Array.from({ length: Math.min(SEARCH_PARALLEL, queue.length) }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) await next();
    }),
  );
  writeFileSync(join(output, 'shards.json'), JSON.stringify(shards.slice(1).map((_, i) => searchShard(i + 1))));
  return pages.length;
}

/** Has a process of its own index one shard (see indexShard): Pagefind's service works one index at a time. */
async function indexShardApart(siteDir: string, shard: string[], outputPath: string): Promise<void> {
  const { stdout } = await run(process.execPath, [
    fileURLToPath(import.meta.url),
    '--shard',
    siteDir,
    outputPath,
    ...shard,
  ]);
  const indexed = Number(/^pages=(\d+)$/m.exec(stdout)?.[1]);
  if (indexed !== shard.length) throw new Error(`Pagefind indexed ${indexed} of ${shard.length} pages`);
}

/** Indexes one shard's pages (as `searchable` gives them) into `outputPath`. Returns how many Pagefind indexed. */
async function indexShard(siteDir: string, shard: string[], outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    // From memory, not a staging folder: writing thousands of small files costs more than Pagefind reading them.
    const added = await Promise.all(
      shard.map((file) =>
        index.addHTMLFile({ sourcePath: join(SEARCH_LOCALE.id, file), content: searchable(siteDir, file) }),
      ),
    );
    const failed = added.flatMap((result) => result.errors);
    if (failed.length) throw new Error(`Pagefind: ${failed.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    return added.length;
  } finally {
    await pagefind.close();
  }
}

/** The pages of the search locale that have something to index (`data-pagefind-body`), as paths inside it. */
function searchablePages(siteDir: string): string[] {
  const root = join(siteDir, SEARCH_LOCALE.id);
  const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html') && readFileSync(join(root, file), 'utf8').includes('data-pagefind-body'))
    .sort();
  if (pages.length === 0) throw new Error(`Search: no ${SEARCH_LOCALE.id} page has data-pagefind-body`);
  return pages;
}

/** One page of the search locale as Pagefind should read it: with its twins' result text as metadata. */
function searchable(siteDir: string, file: string): string {
  const meta: Record<string, string> = {};
  for (const twin of LOCALES.filter((locale) => locale.id !== SEARCH_LOCALE.id)) {
    const path = join(twin.id, file);
    let text;
    try {
      text = resultText(readFileSync(join(siteDir, path), 'utf8'));
    } catch (error) {
      throw new Error(`Search: ${path}, the twin of ${join(SEARCH_LOCALE.id, file)}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    meta[twinMetaKey('title', twin)] = text.title;
    meta[twinMetaKey('summary', twin)] = text.summary;
  }
  return withSearchMeta(readFileSync(join(siteDir, SEARCH_LOCALE.id, file), 'utf8'), meta);
}

if (import.meta.main) {
  const [first, ...rest] = process.argv.slice(2);
  if (first === '--shard') {
    const [siteDir, outputPath, ...shard] = rest;
    console.log(`pages=${await indexShard(siteDir!, shard, outputPath!)}`);
  } else if (first) console.log(`Indexed ${await buildSearchIndex(first)} pages for search`);
  else throw new Error('Usage: node scripts/searchIndex.ts <siteDir>');
}
