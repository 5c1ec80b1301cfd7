import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONVERSION_RULES } from '../../config/conversionRules.ts';
import { compileRules } from './contextRules.ts';
import { createPhraseConverter } from './phraseConverter.ts';

interface OpenccCase {
  id: string;
  input: string;
  s2tw?: string;
  tw2s?: string;
}
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const { cases } = parse(fixture('opencc-testcases.yaml')) as { cases: OpenccCase[] };
const paragraphs = { s2tw: fixture('paragraphs-hans.txt'), tw2s: fixture('paragraphs-hant.txt') };

const s2tw = createPhraseConverter('s2tw', compileRules(CONVERSION_RULES));
const tw2s = createPhraseConverter('tw2s', compileRules([]));
const opencc = { s2tw: Converter({ from: 'cn', to: 'tw' }), tw2s: Converter({ from: 'tw', to: 'cn' }) };

describe('createPhraseConverter', () => {
  it("passes every one of OpenCC's own test cases for s2tw and tw2s, as opencc-js does", () => {
    const expectations = cases.flatMap((c) => [
      ...(c.s2tw ? [{ id: c.id, input: c.input, expected: c.s2tw, convert: s2tw, name: 's2tw' }] : []),
      ...(c.tw2s ? [{ id: c.id, input: c.input, expected: c.tw2s, convert: tw2s, name: 'tw2s' }] : []),
    ]);
    expect(expectations.length).toBeGreaterThan(90);
    for (const { id, input, expected, convert, name } of expectations) {
      expect(opencc[name as 's2tw' | 'tw2s'](input), `opencc-js ${name} ${id}`).toBe(expected);
      expect(convert(input), `${name} ${id}`).toBe(expected);
    }
  });

  it('takes the phrase that keeps the words whole where forward longest match splits one', () => {
    const fixed = [
      ['十年历程', '十年曆程', '十年歷程'],
      ['多年历练', '多年曆練', '多年歷練'],
      ['加大冲刺', '加大沖刺', '加大衝刺'],
      ['大冲突', '大沖突', '大衝突'],
      ['非法制造', '非法制造', '非法製造'],
      ['进行复检', '進行復檢', '進行複檢'],
      ['这种方法是最近被发明的', '這種方法是最近被髮明的', '這種方法是最近被發明的'],
      ['这更多只是形式', '這更多隻是形式', '這更多只是形式'],
    ];
    for (const [hans, openccGives, right] of fixed) {
      expect(opencc.s2tw(hans!), hans).toBe(openccGives);
      expect(s2tw(hans!), hans).toBe(right);
    }
  });

  it('keeps a phrase that splits a word when what it decides lies in a word it holds whole (周|线图 → 週線圖)', () => {
    expect(s2tw('周线图')).toBe('週線圖');
  });

  it('equals plain OpenCC where the words and its phrases agree, and `plain` is OpenCC exactly', () => {
    for (const name of ['s2tw', 'tw2s'] as const) {
      const convert = name === 's2tw' ? s2tw : tw2s;
      expect(convert(paragraphs[name]), name).toBe(opencc[name](paragraphs[name]));
      expect(convert.plain(paragraphs[name]), name).toBe(opencc[name](paragraphs[name]));
      for (const c of cases) expect(convert.plain(c.input), `${name} ${c.id}`).toBe(opencc[name](c.input));
    }
    expect(s2tw.plain('十年历程')).toBe('十年曆程');
  });

  it('applies the rules it is given, and `plain` none', () => {
    expect(s2tw('鸭子80只')).toBe('鴨子80隻');
    expect(s2tw.plain('鸭子80只')).toBe('鴨子80只');
  });
});
