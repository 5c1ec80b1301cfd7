// `npm run new -- article <slug> [town]` or `npm run new -- tally <article-slug>`: writes a new content file to
// fill in (see docs/publishing.md). Never overwrites a file.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { contentDir } from '../src/config/build.ts';
import { OFFICE } from '../src/consts.ts';
import { slugSchema } from '../src/lib/schema/article.ts';
import { scaffold } from '../src/lib/scaffold/scaffold.ts';
import { officeDate } from '../src/lib/site/officeDate.ts';

const [kind, slug, town] = process.argv.slice(2);
if ((kind !== 'article' && kind !== 'tally') || !slug || !slugSchema.safeParse(slug).success) {
  console.error(
    'Usage: npm run new -- article <slug> [town]   e.g. npm run new -- article nixi-masks-0220 nixi\n' +
      '       npm run new -- tally <article-slug>   e.g. npm run new -- tally nixi-masks-0220\n' +
      'A slug is lowercase ASCII letters, digits and hyphens.',
  );
  process.exit(1);
}

const dir = contentDir();
const today = officeDate(new Date(), OFFICE.timeZone);
// A tally's units are written in its article's script.
const articlePath = ['md', 'mdx'].map((ext) => join(dir, 'articles', `${slug}.${ext}`)).find((p) => existsSync(p));
const script = articlePath && /^script:\s*hant/m.test(readFileSync(articlePath, 'utf8')) ? 'hant' : 'hans';
if (kind === 'tally' && !articlePath) console.warn(`Note: there is no article "${slug}" yet; add it before checking.`);

const file = scaffold(kind, { slug, today, town, script });
const path = join(dir, file.path);
if (existsSync(path)) {
  console.error(`${relative('.', path)} already exists; nothing was written.`);
  process.exit(1);
}
mkdirSync(dirname(path), { recursive: true });
writeFileSync(path, file.text);
console.log(`Wrote ${relative('.', path)}. Fill it in, then run: npm run check`);
