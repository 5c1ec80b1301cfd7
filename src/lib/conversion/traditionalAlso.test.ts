import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { TRADITIONAL_ALSO } from './traditionalAlso.ts';

/** An opencc-js dictionary (a module exporting "key value value|key value…") as [key, values] pairs. */
function dictionary(name: string): [string, string[]][] {
  const source = readFileSync(fileURLToPath(import.meta.resolve(`opencc-js/dict/${name}`)), 'utf8');
  const text = JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1)) as string;
  return text.split('|').map((line) => {
    const [key, ...values] = line.split(' ');
    return [key!, values];
  });
}

it('is every character STCharacters changes that an STPhrases word keeps in Traditional', () => {
  const changed = new Map(dictionary('STCharacters').filter(([key, [value]]) => value !== key));
  const kept = new Set<string>();
  for (const [phrase, values] of dictionary('STPhrases')) {
    const chars = [...phrase];
    for (const value of values) {
      const out = [...value];
      if (out.length !== chars.length) continue;
      chars.forEach((char, i) => {
        if (out[i] === char && changed.has(char)) kept.add(char);
      });
    }
  }
  expect([...TRADITIONAL_ALSO].sort()).toEqual([...kept].sort());
  // The surnames the bundled glossary keeps, and none of what only Simplified writes.
  expect(['余', '于', '范', '党'].every((c) => TRADITIONAL_ALSO.has(c))).toBe(true);
  expect(['镇', '刚', '书'].some((c) => TRADITIONAL_ALSO.has(c))).toBe(false);
});
