import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  content: string;
  meta: Record<string, string>;
}

export interface SearchShard {
  /** Folder inside the site: `pagefind/`, `pagefind/shard-2/`… */
  dir: string;
  /** The languages Pagefind wrote an index for, with their page counts. */
  languages: Record<string, number>;
  pages: IndexedPage[];
}

/**
 * The search index of a built site as the browser finds it: `pagefind/`, then the shards `pagefind/shards.json`
 * lists; each with its languages and its pages (Pagefind's fragment files: gzip, a `pagefind_dcd` signature, JSON).
 */
export function readSearchIndex(siteDir: string): SearchShard[] {
  const more = JSON.parse(readFileSync(join(siteDir, 'pagefind/shards.json'), 'utf8')) as string[];
  return ['pagefind/', ...more.map((shard) => `pagefind/${shard}`)].map((dir) => {
    const entry = JSON.parse(readFileSync(join(siteDir, dir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const fragments = join(siteDir, dir, 'fragment');
    return {
      dir,
      languages: Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count])),
      pages: readdirSync(fragments)
        .sort()
        .map((file) => {
          const data = gunzipSync(readFileSync(join(fragments, file)));
          const signature = 'pagefind_dcd';
          if (data.subarray(0, signature.length).toString() !== signature) throw new Error(`${file}: not a fragment`);
          return JSON.parse(data.subarray(signature.length).toString('utf8')) as IndexedPage;
        }),
    };
  });
}
