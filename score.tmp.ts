// Scores a converter worktree on the conv-corpus tuning part: usage: node score.ts <worktree> [--show]
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Converter } from 'opencc-js';
const wt = process.argv[2]!;
const show = process.argv.includes('--show');
const { createConverter } = await import(`${wt}/src/lib/conversion/createConverter.ts`);
const { toScript } = await import(`${wt}/src/lib/conversion/toScript.ts`);
const { glossarySchema } = await import(`${wt}/src/lib/schema/glossary.ts`);
const glossary = glossarySchema.parse(parse(readFileSync(`${wt}/tests/fixtures/seed-content/glossary.yaml`, 'utf8'))).entries;
const cases = (parse(readFileSync('/work/wt/conv-corpus/tests/fixtures/conversion-corpus/tuning.yaml', 'utf8')) as { cases: { id: string; hans: string; hant: string }[] }).cases;
const c = createConverter(glossary);
const oc = { s2t: Converter({ from: 'cn', to: 'tw' }), t2s: Converter({ from: 'tw', to: 'cn' }) };
let s2t = 0, t2s = 0, own = 0, os2t = 0, ot2s = 0;
for (const k of cases) {
  const a = toScript(k.hans, 'hant', c, 'hans');
  const b = toScript(k.hant, 'hans', c, 'hant');
  const ownOk = toScript(k.hant, 'hant', c, 'hant') === k.hant && toScript(k.hans, 'hans', c, 'hans') === k.hans;
  if (a === k.hant) s2t++; else if (show) console.log('S2T', k.id, k.hans, '\n    got ', a, '\n    want', k.hant);
  if (b === k.hans) t2s++; else if (show) console.log('T2S', k.id, k.hant, '\n    got ', b, '\n    want', k.hans);
  if (ownOk) own++; else if (show) console.log('OWN', k.id, k.hant);
  if (oc.s2t(k.hans) === k.hant) os2t++;
  if (oc.t2s(k.hant) === k.hans) ot2s++;
}
const n = cases.length;
const pct = (x: number) => `${x}/${n} (${((100 * x) / n).toFixed(1)}%)`;
console.log(`project s2t ${pct(s2t)}  t2s ${pct(t2s)}  own-script unchanged ${pct(own)}`);
console.log(`opencc-js s2t ${pct(os2t)}  t2s ${pct(ot2s)}`);
