// `npm run import -- <files or folders…> [options]` (or text on stdin): each pasted article text or saved web page →
// content/articles/<slug>.md and a draft content/tallies/<slug>.yaml. Exit 0 done, 1 written but some need review,
// 2 an input unusable or refused (the other inputs are still imported).
// The report is in Chinese; `--lang en` (or GONGSHI_LANG=en) writes it in English.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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
import { PAGE_EXTRACTOR, isWebPage, readPage } from '../src/lib/import/pageToText.ts';
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

const OPTIONS = {
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
} as const;
const { values, positionals } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: OPTIONS });
  } catch {
    const option = process.argv
      .slice(2)
      .find((arg) => arg.startsWith('-') && !Object.hasOwn(OPTIONS, arg.replace(/^--?/u, '').split('=')[0]!));
    return fail(say('import.badOption', { option: option ?? process.argv.slice(2).join(' ') }));
  }
})();
if (values.help) {
  console.log(said(say('import.usage')));
  process.exit(0);
}
if (values.script !== undefined && values.script !== 'hans' && values.script !== 'hant') fail(say('import.badScript'));
if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(say('import.badYear'));
if (values.slug !== undefined && !slugSchema.safeParse(values.slug).success) fail(say('import.badSlug'));
// A folder stands for the pasted texts and saved pages in it, so a backlog is imported in one go.
const IMPORTABLE = /\.(?:txt|html?)$/iu;
const inputs = positionals.flatMap((input) => {
  if (!existsSync(input)) fail(say('import.inputProblem', { input, problem: say('import.noSuchFile') }));
  if (!statSync(input).isDirectory()) return [input];
  const files = readdirSync(input)
    .filter((name) => IMPORTABLE.test(name))
    .sort()
    .map((name) => join(input, name));
  return files.length ? files : fail(say('import.inputProblem', { input, problem: say('import.emptyFolder') }));
});
if (inputs.length > 1 && (values.slug !== undefined || values.title !== undefined)) fail(say('import.oneFileOptions'));

const contentDir = values.content ?? fileURLToPath(new URL('../content/', import.meta.url));
/** A content file the import reads, or a message sending the office to the check, never a stack trace. */
const readContentFile = <T>(file: string, schema: { parse: (data: unknown) => T }): T => {
  try {
    return schema.parse(parse(readFileSync(file, 'utf8')));
  } catch {
    return fail(say('import.badContentFile', { file: relative(process.cwd(), file) }));
  }
};
const glossaryPath = join(contentDir, 'glossary.yaml');
const glossary = existsSync(glossaryPath) ? readContentFile(glossaryPath, glossarySchema).entries : [];
const converter = createConverter(glossary);
const townsDir = join(contentDir, 'towns');
// Towns written for one article of a batch join this list: they are existing towns to the next.
const towns = existsSync(townsDir)
  ? readdirSync(townsDir)
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => ({ slug: basename(f, '.yaml'), name: readContentFile(join(townsDir, f), townSchema).name }))
  : [];
const articleFile = (slug: string) => join(contentDir, 'articles', `${slug}.md`);

type Outcome = 'done' | 'review' | 'refused';

/** Imports one pasted text or saved page (stdin when no input), reports on it, and says how it went. */
function importOne(input: string | undefined): Outcome {
  const name = input ?? 'stdin';
  const refuse = (problem: Message): Outcome => {
    console.error(said(say('import.failed', { problem })));
    return 'refused';
  };
  let bytes: Buffer;
  try {
    bytes = input ? readFileSync(input) : readFileSync(0);
  } catch {
    return refuse(say('import.inputProblem', { input: name, problem: say('import.cannotRead') }));
  }
  // A saved web page is cut down to its article first, then checked and imported like pasted text.
  const page = isWebPage(input, bytes) ? readPage(bytes) : undefined;
  if (page && 'error' in page) return refuse(say('import.inputProblem', { input: name, problem: page.error }));
  const checked = page ? checkText(page.text) : checkInput(bytes);
  if ('error' in checked) return refuse(say('import.inputProblem', { input: name, problem: checked.error }));

  const result = importArticle(checked.text, {
    converter,
    glossary,
    towns,
    script: values.script as 'hans' | 'hant' | undefined,
    year: values.year ? Number(values.year) : undefined,
    slug: values.slug,
    title: values.title,
    town: values.town,
  });

  const article = renderArticle(result.frontmatter, result.body);
  // A readable slug can be another article's (same town, topic and day): the next free one is taken. The same article
  // imported again keeps its slug, and is refused below as already there.
  const slug =
    values.slug || values.force
      ? result.slug
      : freeSlug(
          result.slug,
          (candidate) => existsSync(articleFile(candidate)) && readFileSync(articleFile(candidate), 'utf8') !== article,
        );
  const targets: [string, string][] = [[articleFile(slug), article]];
  if (result.figures.length)
    targets.push([join(contentDir, 'tallies', `${slug}.yaml`), renderTally(slug, result.figures)]);

  const existing = targets.filter(([path]) => existsSync(path)).map(([path]) => relative(process.cwd(), path));
  if (existing.length && !values.force)
    return refuse(say('import.inputProblem', { input: name, problem: say('import.exists', { files: existing }) }));

  // Towns the article names that content/towns lacks are written for review; an existing town file is never replaced.
  const townTargets = result.towns.new
    .map((town): [string, string] => [join(townsDir, `${town.slug}.yaml`), renderTown(town, slug)])
    .filter(([path]) => !existsSync(path));

  const written: string[] = [];
  if (!values['dry-run']) {
    for (const [path, content] of [...targets, ...townTargets]) {
      try {
        mkdirSync(join(path, '..'), { recursive: true });
        writeFileSync(path, content);
      } catch {
        const file = relative(process.cwd(), path);
        const already = written.length ? written : say('report.none');
        return refuse(
          say('import.inputProblem', { input: name, problem: say('import.cannotWrite', { file, already }) }),
        );
      }
      written.push(relative(process.cwd(), path));
    }
    towns.push(...result.towns.new.map(({ slug, name }) => ({ slug, name })));
  }
  if (page) {
    const url = page.url ? ` ${page.url}` : '';
    console.log(
      said(say('import.webPage', { url, extractor: PAGE_EXTRACTOR, title: result.frontmatter.title })) + '\n',
    );
  }
  console.log(formatReport({ ...result, slug }, name, written, language));
  return result.review.length ? 'review' : 'done';
}

const outcomes = inputs.length
  ? inputs.map((input, index) => {
      if (index) console.log('');
      return importOne(input);
    })
  : [importOne(undefined)];
const refused = inputs.filter((_, index) => outcomes[index] === 'refused');
if (inputs.length > 1) {
  const imported = inputs.length - refused.length;
  const review = outcomes.filter((outcome) => outcome === 'review').length;
  console.log(`\n${said(say('import.batch', { files: inputs.length, imported, review }))}`);
  if (refused.length) console.log(said(say('import.batchRefused', { files: refused })));
}
process.exit(outcomes.includes('refused') ? 2 : outcomes.includes('review') ? 1 : 0);
