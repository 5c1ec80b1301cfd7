// `npm run import -- <file> [options]` (or text on stdin): pasted article text → content/articles/<slug>.md and a
// draft content/tallies/<slug>.yaml. Exit 0 done, 1 written but needs review, 2 unusable input or refused.
// The report is in Chinese; `--lang en` (or GONGSHI_LANG=en) writes it in English.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { chosenLanguage, render, say, type Message } from '../src/i18n/messages/message.ts';
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

const language = chosenLanguage();
const said = (message: Message) => render(message, language);

const fail = (problem: Message): never => {
  console.error(`${said(say('import.failed', { problem }))}\n${said(say('import.usage'))}`);
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
    lang: { type: 'string' },
  },
});
if (values.help) {
  console.log(said(say('import.usage')));
  process.exit(0);
}
if (values.script !== undefined && values.script !== 'hans' && values.script !== 'hant') fail(say('import.badScript'));
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(say('import.badYear'));
if (values.slug !== undefined && !slugSchema.safeParse(values.slug).success) fail(say('import.badSlug'));
if (positionals.length > 1) fail(say('import.oneFile'));

const input = positionals[0];
const webPage = (bytes: Uint8Array): PageText => {
  const page = readPage(bytes);
  return 'error' in page ? fail(say('import.inputProblem', { input: input ?? 'stdin', problem: page.error })) : page;
};
const bytes = input ? readFileSync(input) : readFileSync(0);
// A saved web page is cut down to its article first, then checked and imported like pasted text.
const page = isWebPage(input, bytes) ? webPage(bytes) : undefined;
const checked = page ? checkText(page.text) : checkInput(bytes);
if ('error' in checked) fail(say('import.inputProblem', { input: input ?? 'stdin', problem: checked.error }));
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
if (existing.length && !values.force) fail(say('import.exists', { files: existing }));

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
  const url = page.url ? ` ${page.url}` : '';
  console.log(said(say('import.webPage', { url, extractor: PAGE_EXTRACTOR, title: result.frontmatter.title })) + '\n');
}
console.log(formatReport({ ...result, slug }, input ?? 'stdin', written, language));
process.exit(result.review.length ? 1 : 0);
