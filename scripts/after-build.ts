// Runs after `astro build`: indexes the site for search, says what was built and how to look at it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from './searchIndex.ts';
import { cacheDir } from '../src/config/build.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const search = await buildSearchIndex(dist, { cacheDir: cacheDir() });
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
console.log(
  `\nBuilt ${pages} pages into dist/, search index of ${search.pages} Simplified pages in dist/pagefind/ ` +
    `(${search.reused} of ${search.shards} shards unchanged since the last build).\n` +
    `Preview: npm run preview, then open http://localhost:4321/`,
);
