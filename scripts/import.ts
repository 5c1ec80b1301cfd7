// `npm run import -- <file> [options]` (or text on stdin): pasted article text → content/articles/<slug>.md and a
// draft content/tallies/<slug>.yaml. Exit 0 done, 1 written but needs review, 2 unusable input or refused.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { glossarySchema } from '../src/lib/schema/glossary.ts';
import { townSchema } from '../src/lib/schema/town.ts';
import { slugSchema } from '../src/lib/schema/article.ts';
import { createConverter } from '../src/lib/conversion/createConverter.ts';
import { checkInput, checkText } from '../src/lib/import/checkInput.ts';
import { PAGE_EXTRACTOR, isWebPage, readPage, type PageText } from '../src/lib/import/pageToText.ts';
import { freeSlug } from '../src/lib/import/articleSlug.ts';
import { importArticle } from '../src/lib/import/importArticle.ts';
import { renderArticle } from '../src/lib/import/renderArticle.ts';
import { renderTally } from '../src/lib/import/renderTally.ts';
import { renderTown } from '../src/lib/import/renderTown.ts';
import { formatReport } from '../src/lib/import/formatReport.ts';

const USAGE = `usage: npm run import -- [file] [--script hans|hant] [--year YYYY] [--slug SLUG] [--title TITLE] [--town SLUG]
                      [--content DIR] [--force] [--dry-run]   (no file: reads stdin)`;

const fail = (message: string): never => {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(2);
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    script: { type: 'string' },
    year: { type: 'string' },
    slug: { type: 'string' },
    title: { type: 'string' },
    town: { type: 'string' },
    content: { type: 'string' },
    force: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (values.script !== undefined && values.script !== 'hans' && values.script !== 'hant')
  fail('--script is hans or hant');
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail('--year is a four-digit year');
if (values.slug !== undefined && !slugSchema.safeParse(values.slug).success)
  fail('--slug: lowercase ASCII letters, digits and hyphens');
if (positionals.length > 1) fail('give one file');

const input = positionals[0];
const webPage = (bytes: Uint8Array): PageText => {
  const page = readPage(bytes);
  return 'error' in page ? fail(`${input ?? 'stdin'}: ${page.error}`) : page;
};
const bytes = input ? readFileSync(input) : readFileSync(0);
// A saved web page is cut down to its article first, then checked and imported like pasted text.
const page = isWebPage(input, bytes) ? webPage(bytes) : undefined;
const checked = page ? checkText(page.text) : checkInput(bytes);
if ('error' in checked) fail(`${input ?? 'stdin'}: ${checked.error}`);
const { text } = checked as { text: string };

const contentDir = values.content ?? fileURLToPath(new URL('../content/', import.meta.url));
const glossaryPath = join(contentDir, 'glossary.yaml');
const glossary = existsSync(glossaryPath)
  ? glossarySchema.parse(parse(readFileSync(glossaryPath, 'utf8'))).entries
  : [];
const townsDir = join(contentDir, 'towns');
const towns = existsSync(townsDir)
  ? readdirSync(townsDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({
        slug: basename(f, '.yaml'),
        name: townSchema.parse(parse(readFileSync(join(townsDir, f), 'utf8'))).name,
      }))
  : [];

const result = importArticle(text, {
  converter: createConverter(glossary),
  glossary,
  towns,
  script: values.script as 'hans' | 'hant' | undefined,
  year: values.year ? Number(values.year) : undefined,
  slug: values.slug,
  title: values.title,
  town: values.town,
});

const article = renderArticle(result.frontmatter, result.body);
const articleFile = (slug: string) => join(contentDir, 'articles', `${slug}.md`);
// A readable slug can be another article's (same town, topic and day): the next free one is taken. The same article
// imported again keeps its slug, and is refused below as already there.
const slug =
  values.slug || values.force
    ? result.slug
    : freeSlug(
        result.slug,
        (candidate) => existsSync(articleFile(candidate)) && readFileSync(articleFile(candidate), 'utf8') !== article,
      );
const tallyPath = join(contentDir, 'tallies', `${slug}.yaml`);
const targets: [string, string][] = [[articleFile(slug), article]];
if (result.figures.length) targets.push([tallyPath, renderTally(slug, result.figures)]);

const existing = targets.filter(([path]) => existsSync(path)).map(([path]) => relative(process.cwd(), path));
if (existing.length && !values.force)
  fail(`${existing.join(' and ')} already exist; use --slug to choose another name or --force to overwrite`);

// Towns the article names that content/towns lacks are written for review; an existing town file is never replaced.
const townTargets = result.towns.new
  .map((town): [string, string] => [join(townsDir, `${town.slug}.yaml`), renderTown(town, slug)])
  .filter(([path]) => !existsSync(path));

const written: string[] = [];
if (!values['dry-run']) {
  for (const [path, content] of [...targets, ...townTargets]) {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    written.push(relative(process.cwd(), path));
  }
}
if (page) {
  console.log(
    `输入为网页${page.url ? ` ${page.url}` : ''}：正文由 ${PAGE_EXTRACTOR} 提取，标题“${result.frontmatter.title}”。以下行号指提取出的正文文本，而非网页源码。\n`,
  );
}
console.log(formatReport({ ...result, slug }, input ?? 'stdin', written));
process.exit(result.review.length ? 1 : 0);
