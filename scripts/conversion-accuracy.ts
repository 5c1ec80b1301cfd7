// `npm run conversion:accuracy [-- --held-out] [--glossary FILE] [--all] [--split NAME]`: scores script conversion on the corpus in
// tests/fixtures/conversion-corpus/ (tuning.yaml; held-out.yaml with --held-out, measured only at the very end).
// Compared: the project (the path an article body takes to a page: toScriptHtml from the article's script, with the
// glossary, default the seed fixture's), plain opencc-js and Debian's OpenCC CLI, both directions; the round-trip
// loss; and correct text shown in its own script, which must come out unchanged. Wrong sentences are listed with
// their first differing character: the project's always, the others' with --all. A last section measures the split
// criteria (scripts/splitCriteria.ts) on the corpus and on OpenCC's own test cases; --split NAME makes the project
// use that criterion throughout.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Converter } from 'opencc-js';
import { parse } from 'yaml';
import type { Script } from '../src/config/locales.ts';
import { CONVERSION_RULES } from '../src/config/conversionRules.ts';
import { compileRules } from '../src/lib/conversion/contextRules.ts';
import { parseConversionCorpus } from '../src/lib/conversion/conversionCorpus.ts';
import { createPhraseConverter } from '../src/lib/conversion/phraseConverter.ts';
import { scoreConversion, type ConversionCase, type ConversionScore } from '../src/lib/conversion/scoreConversion.ts';
import { toScriptHtml } from '../src/lib/conversion/toScriptHtml.ts';
import { siteConverter } from './siteConverter.ts';
import { SPLITS, type SplitName } from './splitCriteria.ts';

const { values } = parseArgs({
  options: {
    'held-out': { type: 'boolean', default: false },
    glossary: { type: 'string' },
    all: { type: 'boolean', default: false },
    split: { type: 'string', default: 'segmenter' },
  },
});
if (!(values.split in SPLITS)) throw new Error(`--split: one of ${Object.keys(SPLITS).join(', ')}`);
const splitName = values.split as SplitName;
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));
const corpusFile = root(`tests/fixtures/conversion-corpus/${values['held-out'] ? 'held-out' : 'tuning'}.yaml`);
const glossaryFile = values.glossary ?? root('tests/fixtures/seed-content/glossary.yaml');
const corpus = parseConversionCorpus(readFileSync(corpusFile, 'utf8'));

/** Converts a batch of sentences in one direction (one call, so a command-line converter starts once). */
type Batch = (texts: string[]) => string[];
interface System {
  name: string;
  hant: Batch;
  hans: Batch;
}

const converter = siteConverter(glossaryFile, SPLITS[splitName]);
const project = (target: Script, from: Script) => (text: string) => toScriptHtml(text, target, converter, from);
const openccJs = { hant: Converter({ from: 'cn', to: 'tw' }), hans: Converter({ from: 'tw', to: 'cn' }) };
const cli = (config: string): Batch | null => {
  const probe = spawnSync('opencc', ['-c', config], { input: '', encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return (texts) => {
    const run = spawnSync('opencc', ['-c', config], { input: `${texts.join('\n')}\n`, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`opencc -c ${config}: ${run.stderr}`);
    return run.stdout.replace(/\n$/u, '').split('\n');
  };
};
const debianHant = cli('s2tw.json');
const debianHans = cli('tw2s.json');

const systems: System[] = [
  { name: 'project', hant: (t) => t.map(project('hant', 'hans')), hans: (t) => t.map(project('hans', 'hant')) },
  { name: 'opencc-js', hant: (t) => t.map(openccJs.hant), hans: (t) => t.map(openccJs.hans) },
];
if (debianHant && debianHans) systems.push({ name: 'OpenCC (Debian)', hant: debianHant, hans: debianHans });

const ratio = (right: number, all: number) => `${right}/${all} = ${(right / all).toFixed(3)}`;
const listed: { title: string; score: ConversionScore }[] = [];
/** One line of scores; the wrong sentences are listed at the end (the project's always, the others' with --all). */
const report = (title: string, label: string, score: ConversionScore, isProject: boolean) => {
  console.log(
    `  ${label.padEnd(34)} sentences ${ratio(score.sentencesRight, score.sentences).padEnd(18)}` +
      ` characters ${ratio(score.charactersRight, score.characters)}`,
  );
  if (score.wrong.length && (isProject || values.all)) listed.push({ title: `${title}, ${label}`, score });
};
const systemReport = (title: string, system: System, score: ConversionScore) =>
  report(title, system.name, score, system === systems[0]);

const toHant: ConversionCase[] = corpus.map((c) => ({ id: c.id, input: c.hans, expected: c.hant }));
const toHans: ConversionCase[] = corpus.map((c) => ({ id: c.id, input: c.hant, expected: c.hans }));
const inputs = (cases: ConversionCase[]) => cases.map((c) => c.input);

console.log(
  `Conversion accuracy: ${corpusFile} (${corpus.length} sentences), glossary ${glossaryFile}, split ${splitName}`,
);
if (!debianHant || !debianHans)
  console.log('(Debian OpenCC skipped: `opencc` is not installed — apt-get install opencc)');
for (const [title, cases, direction] of [
  ['Simplified → Traditional', toHant, 'hant'],
  ['Traditional → Simplified', toHans, 'hans'],
] as const) {
  console.log(`\n${title}`);
  for (const system of systems) systemReport(title, system, scoreConversion(cases, system[direction](inputs(cases))));
}

console.log('\nRound trip Simplified → Traditional → Simplified (the original is the answer)');
const roundTrip: ConversionCase[] = corpus.map((c) => ({ id: c.id, input: c.hans, expected: c.hans }));
for (const system of systems) {
  const there = system.hant(inputs(roundTrip));
  systemReport('Round trip', system, scoreConversion(roundTrip, system.hans(there)));
}

// A correct article shown on the page of its own script: the glossary's `avoid` forms are replaced there too, so
// they must never fire inside correct text.
console.log('\nOwn script (project): correct text on a page of its own script must come out unchanged');
for (const [label, script] of [
  ['Traditional on Traditional pages', 'hant'],
  ['Simplified on Simplified pages', 'hans'],
] as const) {
  const cases: ConversionCase[] = corpus.map((c) => ({ id: c.id, input: c[script], expected: c[script] }));
  report('Own script', label, scoreConversion(cases, inputs(cases).map(project(script, script))), true);
}

// Each split criterion through the same path (glossary, rules), and on OpenCC's own s2tw and tw2s test cases.
console.log("\nSplit criteria: Simplified → Traditional and back on the corpus; OpenCC's own test cases");
const openccCases = (
  parse(readFileSync(root('src/lib/conversion/fixtures/opencc-testcases.yaml'), 'utf8')) as {
    cases: { input: string; s2tw?: string; tw2s?: string }[];
  }
).cases;
for (const [name, split] of Object.entries(SPLITS)) {
  const measured = siteConverter(glossaryFile, split);
  const convert = (target: Script, from: Script) => (text: string) => toScriptHtml(text, target, measured, from);
  const hant = scoreConversion(toHant, inputs(toHant).map(convert('hant', 'hans')));
  const hans = scoreConversion(toHans, inputs(toHans).map(convert('hans', 'hant')));
  const phrase = {
    s2tw: createPhraseConverter('s2tw', compileRules(CONVERSION_RULES), split),
    tw2s: createPhraseConverter('tw2s', compileRules([]), split),
  };
  const expectations = openccCases.flatMap((c) =>
    (['s2tw', 'tw2s'] as const).flatMap((config) => (c[config] ? [phrase[config](c.input) === c[config]] : [])),
  );
  console.log(
    `  ${name.padEnd(17)} → Traditional ${ratio(hant.sentencesRight, hant.sentences)} (characters ${ratio(hant.charactersRight, hant.characters)})` +
      `  → Simplified ${ratio(hans.sentencesRight, hans.sentences)}  OpenCC's cases ${ratio(expectations.filter(Boolean).length, expectations.length)}`,
  );
}

for (const { title, score } of listed) {
  console.log(`\nWrong: ${title} (${score.wrong.length})`);
  for (const w of score.wrong) {
    console.log(`  ${w.id} at ${w.at}: ${w.actualChar || '∅'} for ${w.expectedChar || '∅'}`);
    console.log(`    input    ${w.input}\n    got      ${w.actual}\n    expected ${w.expected}`);
  }
}
