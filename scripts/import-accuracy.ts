// `npm run import:accuracy [-- --held-out] [--build]`: runs the import over the hand-annotated corpus in
// tests/fixtures/import-corpus/ and prints, per article and in total, figure recall and precision, headline right,
// page furniture left and towns found. Held-out articles (`held_out: true`) are measured only with --held-out.
// --build also imports every article with one `npm run import` into a copy of a small valid site, then runs the check
// and `astro build` on it: the drafts must not stop the site.
// --agreement compares, where an article has a second, independent annotation (`<name>.second.yaml`, figures only),
// the two annotators with each other and the import with each: how far careful people agree bounds the measure.
// The raw pages are not in git (third-party text, see the corpus READMEs): articles whose raw file is missing are
// skipped, and named (or counted, when many are: see scripts/restore-corpus.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { glossarySchema } from '../src/lib/schema/glossary.ts';
import { createConverter } from '../src/lib/conversion/createConverter.ts';
import { importArticle } from '../src/lib/import/importArticle.ts';
import { readPage } from '../src/lib/import/pageToText.ts';
import { scoreImport, type Annotation, type ImportScore } from '../src/lib/import/scoreImport.ts';
import { measureAccuracy, type Accuracy, type FoundFigure } from '../src/lib/import/measureAccuracy.ts';

const { values } = parseArgs({
  options: {
    'held-out': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    agreement: { type: 'boolean', default: false },
  },
});
const corpusDir = fileURLToPath(new URL('../tests/fixtures/import-corpus/', import.meta.url));
const glossaryFile = fileURLToPath(new URL('../tests/fixtures/seed-content/glossary.yaml', import.meta.url));
const glossary = glossarySchema.parse(parse(readFileSync(glossaryFile, 'utf8'))).entries;
const converter = createConverter(glossary);

const scores: (ImportScore & { name: string; notRecognised: string[] })[] = [];
const rawFiles: string[] = [];
const missing: string[] = [];
/** Per comparison, found/expected (recall) and right/total (precision), as the corpus totals count them. */
const agreement = {
  'second annotator against the corpus': [] as Accuracy[],
  'corpus against the second annotator': [] as Accuracy[],
  'import against the corpus': [] as Accuracy[],
  'import against the second annotator': [] as Accuracy[],
};
for (const folder of readdirSync(corpusDir).sort()) {
  const dir = join(corpusDir, folder);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.expected.yaml'))
    .sort()) {
    const name = file.slice(0, -'.expected.yaml'.length);
    const expected = parse(readFileSync(join(dir, file), 'utf8')) as Annotation;
    if (Boolean(expected.held_out) !== values['held-out']) continue;
    const rawFile = ['.txt', '.html'].map((ext) => join(dir, `${name}${ext}`)).find((f) => existsSync(f));
    if (!rawFile) {
      missing.push(`${folder}/${name}`);
      continue;
    }
    rawFiles.push(rawFile);
    // A saved page goes through the same front end as `npm run import -- page.html`.
    const page = rawFile.endsWith('.html') ? readPage(readFileSync(rawFile)) : undefined;
    if (page && 'error' in page) throw new Error(`${rawFile}: ${page.error}`);
    const text = page ? page.text : readFileSync(rawFile, 'utf8');
    const result = importArticle(text, { converter, glossary, towns: [] });
    const towns = result.towns.found.map((t) => t.name);
    scores.push({
      name: `${folder}/${name}`,
      ...scoreImport(result, towns, expected, (t) => converter.t2s(t), text),
      notRecognised: result.towns.notRecognised,
    });
    const secondFile = join(dir, `${name}.second.yaml`);
    if (values.agreement && existsSync(secondFile)) {
      const second = parse(readFileSync(secondFile, 'utf8')) as Annotation;
      const against = (found: readonly FoundFigure[], reference: Annotation) =>
        measureAccuracy(found, reference.figures ?? [], reference.optional);
      agreement['second annotator against the corpus'].push(against(second.figures ?? [], expected));
      agreement['corpus against the second annotator'].push(against(expected.figures ?? [], second));
      agreement['import against the corpus'].push(against(result.figures, expected));
      agreement['import against the second annotator'].push(against(result.figures, second));
    }
  }
}

/** More missing raw files than this are counted, not named: a new machine has none of them. */
const MISSING_LISTED = 20;
const sum = (pick: (s: ImportScore) => number) => scores.reduce((n, s) => n + pick(s), 0);
const ratio = (a: number, b: number) => `${a}/${b}${b ? ` = ${(a / b).toFixed(3)}` : ''}`;
for (const s of scores) {
  const headline =
    s.headlineRight === undefined
      ? s.headlineInvented
        ? 'invented'
        : 'none (right)'
      : s.headlineRight
        ? 'right'
        : 'WRONG';
  console.log(
    `${s.name}\n  figures ${s.figuresFound}/${s.figuresExpected}, wrong ${s.entriesWrong}/${s.entries}; headline ${headline}; ` +
      `furniture left ${s.furnitureLeft.length}/${s.furniture}; towns ${s.townsFound}/${s.townsExpected}, ` +
      `proposed that are none ${s.townsNotExpected.length}`,
  );
  for (const m of s.missed) console.log(`    missed: ${m}`);
  for (const w of s.wrong) console.log(`    wrong:  ${w}`);
  for (const f of s.furnitureLeft) console.log(`    left:   ${f}`);
  for (const t of s.townsNotExpected) console.log(`    town?:  ${t}`);
  if (s.notRecognised.length) console.log(`    not recognised: ${s.notRecognised.join('、')}`);
}
const withHeadline = scores.filter((s) => s.headlineRight !== undefined);
console.log(`
${values['held-out'] ? 'HELD-OUT' : 'Tuning'} set, ${scores.length} articles${missing.length ? ` (${missing.length} raw files missing${missing.length > MISSING_LISTED ? '; `node scripts/restore-corpus.ts` lists them all' : `: ${missing.join(', ')}`})` : ''}
  figures found (recall)     ${ratio(
    sum((s) => s.figuresFound),
    sum((s) => s.figuresExpected),
  )}
  entries right (precision)  ${ratio(
    sum((s) => s.entries - s.entriesWrong),
    sum((s) => s.entries),
  )}
  headline right             ${withHeadline.filter((s) => s.headlineRight).length}/${withHeadline.length} (invented where none: ${scores.filter((s) => s.headlineInvented).length})
  furniture left             ${sum((s) => s.furnitureLeft.length)}/${sum((s) => s.furniture)}
  towns found                ${ratio(
    sum((s) => s.townsFound),
    sum((s) => s.townsExpected),
  )}
  towns proposed that are none ${sum((s) => s.townsNotExpected.length)}
  not recognised (not towns)   ${scores.reduce((n, s) => n + s.notRecognised.length, 0)}`);

if (values.agreement) {
  const articles = agreement['import against the corpus'].length;
  console.log(
    `\n  agreement, on the ${articles} articles annotated twice (recall / precision of the first against the second):`,
  );
  for (const [label, list] of Object.entries(agreement)) {
    const total = (pick: (a: Accuracy) => number) => list.reduce((n, a) => n + pick(a), 0);
    const entries = total((a) => a.total);
    console.log(
      `    ${label.padEnd(36)} ${ratio(
        total((a) => a.found),
        total((a) => a.expected),
      )} / ${ratio(entries - total((a) => a.wrong), entries)}`,
    );
  }
}

if (values.build) console.log(`  import all, then build      ${importAllThenBuild(rawFiles)}`);

/** Imports every file into a copy of a small valid site with the import's own command, then checks and builds it. */
function importAllThenBuild(files: readonly string[]): string {
  const work = mkdtempSync(join(tmpdir(), 'gongshi-import-all-'));
  const contentDir = join(work, 'content');
  cpSync(fileURLToPath(new URL('../tests/fixtures/site-content/', import.meta.url)), contentDir, { recursive: true });
  const run = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } });
  try {
    // One import of them all, as the office imports a folder; its closing line names the files it refused.
    const imported = run([fileURLToPath(new URL('import.ts', import.meta.url)), ...files, '--content', contentDir], {
      GONGSHI_LANG: 'en',
    });
    const refused = /^not imported: (.*)$/mu.exec(imported.stdout)?.[1]?.split(', ') ?? [];
    const env = {
      GONGSHI_CONTENT_DIR: contentDir,
      GONGSHI_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const check = run([fileURLToPath(new URL('check.ts', import.meta.url))], env);
    const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
    const build = run([astro, 'build', '--outDir', join(work, 'dist')], env);
    const lastLines = (text: string) => text.trim().split('\n').slice(-3).join(' / ');
    const names = refused.map((file) => relative(corpusDir, file).replace(/\.(?:txt|html)$/u, ''));
    return (
      `${files.length - refused.length}/${files.length} imported${names.length ? ` (refused: ${names.join(', ')})` : ''}; ` +
      `check exit ${check.status}; ` +
      (build.status === 0 ? 'build succeeded' : `BUILD FAILED: ${lastLines(build.stdout + build.stderr)}`)
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
