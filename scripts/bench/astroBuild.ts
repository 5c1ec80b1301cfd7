// Builds an Astro project with its cache in a folder of our choosing: `node astroBuild.ts <root> <outDir> <cacheDir>`.
// The benchmark uses it so its builds neither read nor overwrite the shared node_modules/.astro/ cache.
import { resolve } from 'node:path';
import { build } from 'astro';

const [root, outDir, cacheDir] = process.argv.slice(2).map((path) => resolve(path));
await build({ root, outDir, cacheDir, logLevel: 'info' });
