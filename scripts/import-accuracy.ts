// `npm run import:accuracy`: runs the import over its fixture corpus (src/lib/import/fixtures) and prints, per
// fixture and in total, how many expected figures were found and how many found entries are wrong.
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { glossarySchema } from '../src/lib/schema/glossary.ts';
import { createConverter } from '../src/lib/conversion/createConverter.ts';
import { importArticle } from '../src/lib/import/importArticle.ts';
import { measureAccuracy } from '../src/lib/import/measureAccuracy.ts';
import { loadFixtures } from '../src/lib/import/fixtures/loadFixtures.ts';

const glossaryFile = fileURLToPath(new URL('../content/glossary.yaml', import.meta.url));
const glossary = glossarySchema.parse(parse(readFileSync(glossaryFile, 'utf8'))).entries;
const converter = createConverter(glossary);
const percent = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '—');

const totals = { expected: 0, found: 0, categoryRight: 0, wrong: 0, total: 0, enumeration: 0 };
for (const fixture of loadFixtures()) {
  const result = importArticle(fixture.raw, { converter, glossary, towns: [], ...fixture.expected.options });
  const a = measureAccuracy(result.figures, fixture.expected.figures, fixture.expected.optional);
  const enumeration = a.missed.filter((m) => m.enumeration).length;
  for (const k of ['expected', 'found', 'categoryRight', 'wrong', 'total'] as const) totals[k] += a[k];
  totals.enumeration += enumeration;
  console.log(
    `${fixture.name.padEnd(24)} found ${a.found}/${a.expected} (category right ${a.categoryRight}), wrong ${a.wrong}/${a.total}` +
      (enumeration ? `, ${enumeration} missed are enumerations (no number in the text)` : ''),
  );
  for (const m of a.missed)
    console.log(`    missed: ${m.quantity}${m.unit} ${m.category}${m.enumeration ? ' (enumeration)' : ''}`);
  for (const w of a.wrongEntries) console.log(`    wrong:  ${w.quantity}${w.unit} ${w.category}`);
}
const t = totals;
console.log(
  `\nRecall ${t.found}/${t.expected} = ${percent(t.found, t.expected)} (of figures written as numbers: ${percent(t.found, t.expected - t.enumeration)}); ` +
    `category right ${percent(t.categoryRight, t.expected)}; ` +
    `precision ${t.total - t.wrong}/${t.total} = ${percent(t.total - t.wrong, t.total)} (${t.wrong} wrong entries).`,
);
