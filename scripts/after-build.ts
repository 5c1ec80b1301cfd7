// Runs after `astro build`: indexes the site for search, says what was built and how to look at it.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from './searchIndex.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const indexed = await buildSearchIndex(dist);
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
console.log(
  `\nBuilt ${pages} pages into dist/, search index of ${indexed} Simplified pages in dist/pagefind/.\nPreview: npm run preview, then open http://localhost:4321/`,
);
