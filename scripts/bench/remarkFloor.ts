// The remark floor: `node remarkFloor.ts <articlesDir>` parses every article with the same remark plugins as the
// site, turns it into HTML and prints the milliseconds that took (file reading excluded). No build can beat it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkPlugins } from '../../src/config/markdown.ts';

const dir = process.argv[2]!;
const bodies = readdirSync(dir).map((name) =>
  readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''),
);
const processor = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype).use(rehypeStringify);
const start = performance.now();
for (const body of bodies) processor.processSync(body);
console.log(`remark-floor ms=${Math.round(performance.now() - start)} files=${bodies.length}`);
