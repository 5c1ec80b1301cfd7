import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONVERSION_RULES } from '../../config/conversionRules.ts';
import { glossarySchema } from '../schema/glossary.ts';
import { compileRules, ruleConflict, ruleForms } from './contextRules.ts';
import { createConverter } from './createConverter.ts';

const rules = compileRules(CONVERSION_RULES);
const converter = createConverter([]);
const glossaryOf = (path: string) =>
  glossarySchema.parse(parse(readFileSync(new URL(path, import.meta.url), 'utf8'))).entries;

describe('conversion rules (src/config/conversionRules.ts)', () => {
  it.each(CONVERSION_RULES.flatMap((rule) => rule.examples.map(([hans, hant]) => [hans, hant, rule.hans] as const)))(
    '%s → %s',
    (hans, hant) => {
      expect(converter.s2t(hans)).toBe(hant);
      expect(converter.t2s(hant)).toBe(hans);
    },
  );

  it('each rule says why, and has examples where it changes what OpenCC gives', () => {
    for (const rule of CONVERSION_RULES) {
      expect(rule.why.length, rule.hans).toBeGreaterThan(10);
      expect([...rule.hans].length).toBe([...rule.hant].length);
      const changed = rule.examples.filter(([hans]) => converter.opencc(hans, 'hant') !== converter.s2t(hans));
      expect(changed.length, rule.hans).toBeGreaterThan(0);
    }
  });

  it('decides a character only where it stands in the words as the rule says', () => {
    expect([...ruleForms('鸭子80只', rules).keys()]).toEqual([4]);
    expect([...ruleForms('这更多只是形式', rules).keys()]).toEqual([]); // 只是: not a word of its own
    expect([...ruleForms('关于书记处', rules).keys()]).toEqual([]); // 关于: 于 is not first in its word
    expect([...ruleForms('米、面、油', rules).keys()]).toEqual([2]); // an item of a list of staples
    expect([...ruleForms('点、线、面', rules).keys()]).toEqual([]); // a list, but of no staples
  });

  it('no glossary of the fixtures contradicts a rule', () => {
    for (const path of [
      '../../../tests/fixtures/seed-content/glossary.yaml',
      '../../../tests/fixtures/site-content/glossary.yaml',
    ]) {
      for (const entry of glossaryOf(path)) expect(ruleConflict(entry, rules), entry.hans).toBeUndefined();
    }
  });

  it('finds an entry that contradicts a rule', () => {
    expect(ruleConflict({ hans: '80只鸭', hant: '80只鴨' }, rules)).toMatchObject({ index: 2, hant: '隻' });
    expect(ruleConflict({ hans: '于主任', hant: '於主任' }, rules)).toMatchObject({ index: 0, hant: '于' });
    expect(ruleConflict({ hans: '80只鸭', hant: '80隻鴨' }, rules)).toBeUndefined();
  });
});
