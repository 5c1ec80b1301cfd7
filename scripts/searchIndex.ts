// `node scripts/searchIndex.ts <siteDir>`: indexes a built site for search (npm run build does this after astro).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { LOCALES } from '../src/config/locales.ts';
import {
  SEARCH_LANGUAGE,
  SEARCH_LOCALE,
  SEARCH_DIR,
  SEARCH_SHARD_PAGES,
  searchShard,
  twinMetaKey,
} from '../src/config/search.ts';
import { resultText, withSearchMeta } from '../src/lib/site/searchMeta.ts';
import { splitEvenly } from '../src/lib/site/splitEvenly.ts';

/**
 * Builds the Pagefind search index into `<siteDir>/pagefind/`, over the `data-pagefind-body` of the Simplified
 * pages only (see src/config/search.ts): the Traditional pages are the same text, and indexing them too doubled
 * Pagefind's time and memory. Each indexed page is copied to a staging folder with its twins' titles and summaries
 * added as Pagefind metadata (`title_zh-hant`, `summary_zh-hant`), so a Traditional search page shows its results
 * in Traditional without a Traditional word on any Simplified page. Pagefind indexes the staging folder as it would
 * the site (in parallel, with the same URLs) and writes the index into the site.
 *
 * Pagefind holds every page's words until it writes (≈ 0.8 MB a page), so a large site is indexed in shards of at
 * most `shardPages` pages, one Pagefind process after another: `pagefind/` and `pagefind/shard-2/`… listed in
 * `pagefind/shards.json`, which the search page merges. A site of up to `shardPages` pages has one index.
 *
 * Run after every build, and by the tests' global setup, so the index always matches the pages. Returns how many
 * pages were indexed.
 */
export async function buildSearchIndex(siteDir: string, shardPages = SEARCH_SHARD_PAGES): Promise<number> {
  const pages = searchablePages(siteDir);
  const shards = splitEvenly(pages, shardPages);
  const output = join(siteDir, SEARCH_DIR);
  rmSync(output, { recursive: true, force: true });
  for (const [i, shard] of shards.entries()) {
    const staging = mkdtempSync(join(tmpdir(), 'gongshi-search-'));
    try {
      for (const file of shard) stage(siteDir, file, staging);
      const { index, errors } = await pagefind.createIndex({ forceLanguage: SEARCH_LANGUAGE });
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
      const added = await index.addDirectory({ path: staging });
      if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
      if (added.page_count !== shard.length) {
        throw new Error(`Pagefind indexed ${added.page_count} of ${shard.length} pages`);
      }
      const written = await index.writeFiles({ outputPath: join(output, searchShard(i)) });
      if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    } finally {
      // A new process per shard: the memory of the last one is returned.
      await pagefind.close();
      rmSync(staging, { recursive: true, force: true });
    }
  }
  writeFileSync(join(output, 'shards.json'), JSON.stringify(shards.slice(1).map((_, i) => searchShard(i + 1))));
  return pages.length;
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

/** Copies one page of the search locale to `staging`, at the same path, with its twins' result text as metadata. */
function stage(siteDir: string, file: string, staging: string): void {
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
  const html = readFileSync(join(siteDir, SEARCH_LOCALE.id, file), 'utf8');
  const target = join(staging, SEARCH_LOCALE.id, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, withSearchMeta(html, meta));
}

if (import.meta.main) {
  const [siteDir] = process.argv.slice(2);
  if (!siteDir) throw new Error('Usage: node scripts/searchIndex.ts <siteDir>');
  console.log(`Indexed ${await buildSearchIndex(siteDir)} pages for search`);
}
