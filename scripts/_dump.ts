import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { glossarySchema } from '../src/lib/schema/glossary.ts';
import { createConverter } from '../src/lib/conversion/createConverter.ts';
import { importArticle } from '../src/lib/import/importArticle.ts';
import { readPage } from '../src/lib/import/pageToText.ts';
const corpusDir = 'tests/fixtures/import-corpus/';
const glossary = glossarySchema.parse(parse(readFileSync('tests/fixtures/seed-content/glossary.yaml', 'utf8'))).entries;
const converter = createConverter(glossary);
const strip = (t: string) => converter.t2s(t).replace(/(街道|镇|乡|市|区)$/u, '');
for (const folder of readdirSync(corpusDir).sort()) {
  const dir = join(corpusDir, folder);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.yaml')).sort()) {
    const name = file.slice(0, -'.expected.yaml'.length);
    const expected = parse(readFileSync(join(dir, file), 'utf8'));
    const rawFile = ['.txt', '.html'].map((ext) => join(dir, `${name}${ext}`)).find((f) => existsSync(f));
    if (!rawFile) continue;
    const page = rawFile.endsWith('.html') ? readPage(readFileSync(rawFile)) : undefined;
    const text = page && !('error' in page) ? page.text : readFileSync(rawFile, 'utf8');
    const result = importArticle(text, { converter, glossary, towns: [] });
    const exp = new Set((expected.towns ?? []).map(strip));
    for (const t of result.towns.found)
      console.log([exp.has(strip(t.name)) ? 'EXP' : 'not', t.recognised ? 'R' : 'u', `m${t.mentions}`, t.inHeadline ? 'H' : '-', t.afterCounty ? 'C' : '-', t.name, t.county ?? '', expected.held_out ? 'held' : 'tune', `${folder}/${name}`].join('\t'));
    for (const e of expected.towns ?? []) if (!result.towns.found.some((t) => strip(t.name) === strip(e))) console.log(['MISSED', e, `${folder}/${name}`].join('\t'));
  }
}
