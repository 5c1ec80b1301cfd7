import { describe, expect, it } from 'vitest';
import { createConverter } from './createConverter.ts';

describe('createConverter', () => {
  it('creates the OpenCC converters lazily (nothing runs until text is converted)', () => {
    const converter = createConverter([]);
    expect(converter.stats).toEqual({ t2sRuns: 0, s2tRuns: 0 });
    expect(converter.s2t('乡镇')).toBe('鄉鎮');
    expect(converter.t2s('鄉鎮')).toBe('乡镇');
    expect(converter.stats).toEqual({ t2sRuns: 1, s2tRuns: 1 });
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
