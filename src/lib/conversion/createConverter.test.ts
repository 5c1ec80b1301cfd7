import { readFileSync } from 'node:fs';
import { Converter, Locale } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { CLAUSE_BOUNDARY, createConverter } from './createConverter.ts';

describe('createConverter', () => {
  it('creates the OpenCC converters lazily (nothing runs until text is converted)', () => {
    const converter = createConverter([]);
    expect(converter.stats).toEqual({ t2sRuns: 0, s2tRuns: 0, otherRuns: 0 });
    expect(converter.s2t('乡镇')).toBe('鄉鎮');
    expect(converter.t2s('鄉鎮')).toBe('乡镇');
    expect(converter.stats).toEqual({ t2sRuns: 1, s2tRuns: 1, otherRuns: 0 });
  });

  it('uses cn→tw, not twp (no vocabulary rewriting: 信息 stays 信息)', () => {
    expect(createConverter([]).s2t('政府信息公开')).toBe('政府信息公開');
  });

  it('does not re-run OpenCC for the string it has just converted', () => {
    const converter = createConverter([]);
    converter.s2t('发展');
    converter.s2t('发展');
    expect(converter.stats.s2tRuns).toBe(1);
  });

  it('converts clause by clause exactly as OpenCC converts the whole text', () => {
    const whole = { t2s: Converter({ from: 'tw', to: 'cn' }), s2t: Converter({ from: 'cn', to: 'tw' }) };
    const converter = createConverter([]);
    for (const name of ['paragraphs-hans.txt', 'paragraphs-hant.txt']) {
      const text = readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
      expect(converter.t2s(text)).toBe(whole.t2s(text));
      expect(converter.s2t(text)).toBe(whole.s2t(text));
    }
    // Context inside a clause still counts: 一千只 → 一千隻, though 只 alone stays 只.
    expect(converter.s2t('一千只口罩，只有这些。')).toBe(whole.s2t('一千只口罩，只有这些。'));
  });

  it('runs OpenCC once per call, only for clauses it has not seen', () => {
    const converter = createConverter([]);
    converter.s2t('乡镇干部，发放口罩。');
    converter.s2t('发放口罩。乡镇干部\u0001发放口罩');
    expect(converter.stats.s2tRuns).toBe(1);
    expect(converter.s2t('发放口罩。新的一句')).toBe('發放口罩。新的一句');
    expect(converter.stats.s2tRuns).toBe(2);
  });

  it('splits only where no OpenCC dictionary entry (tw→cn, cn→tw) has a clause boundary', () => {
    const configs = Locale.configs as Record<
      string,
      { segmentation: unknown; conversionChain: unknown; normalizationChain?: unknown }
    >;
    for (const name of ['tw2s', 's2tw']) {
      const { segmentation, conversionChain, normalizationChain } = configs[name]!;
      const dicts = [segmentation, conversionChain, normalizationChain ?? []].flat(3) as (string | [string, string])[];
      expect(dicts.length, name).toBeGreaterThan(0);
      const entries = dicts.flatMap((d) => (typeof d === 'string' ? d.split('|') : [d.join(' ')]));
      expect(
        entries.filter((entry) => CLAUSE_BOUNDARY.test(entry.replace(' ', ''))),
        name,
      ).toEqual([]);
    }
  });

  it('indexes every glossary form, longest first', () => {
    const converter = createConverter([
      { hans: '于书', hant: '于書', note: 'shorter' },
      { hans: '于书记', hant: '于書記', note: 'surname', avoid: ['於書記'] },
    ]);
    expect([...converter.glossaryByForm.keys()].sort()).toEqual(['于书', '于书记', '于書', '于書記', '於書記'].sort());
    expect('于书记说'.match(converter.glossaryPattern!)).toEqual(['于书记']);
  });

  it('has no pattern for an empty glossary', () => {
    expect(createConverter([]).glossaryPattern).toBeNull();
  });
});
