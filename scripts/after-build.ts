// Runs after `astro build`: says what was built and how to look at it.
import { readdirSync } from 'node:fs';

const pages = readdirSync(new URL('../dist/', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) =>
  f.endsWith('.html'),
).length;
console.log(`\nBuilt ${pages} pages into dist/.\nPreview: npm run preview, then open http://localhost:4321/`);
