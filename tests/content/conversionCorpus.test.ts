import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConversionCorpus } from '../../src/lib/conversion/conversionCorpus.ts';

// The corpus `npm run conversion:accuracy` scores (tests/fixtures/conversion-corpus/README.md).
const read = (file: string) =>
  parseConversionCorpus(readFileSync(new URL(`../fixtures/conversion-corpus/${file}`, import.meta.url), 'utf8'));

describe('conversion corpus', () => {
  const tuning = read('tuning.yaml');
  const heldOut = read('held-out.yaml');
  const all = [...tuning, ...heldOut];

  it('has at least 300 cases, a quarter of them held out, each id once', () => {
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(heldOut.length).toBe(Math.floor(all.length / 4));
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
  });

  it('pairs each sentence with an answer of the same length (these conversions go character for character)', () => {
    const uneven = all.filter((c) => [...c.hans].length !== [...c.hant].length).map((c) => c.id);
    expect(uneven).toEqual([]);
  });

  it('holds plain text only: no quotation marks, markup characters or overrides, which the site treats apart', () => {
    const special = all.filter((c) => /[“”‘’「」『』"'<>&[\]]/u.test(c.hans + c.hant)).map((c) => c.id);
    expect(special).toEqual([]);
  });
});
