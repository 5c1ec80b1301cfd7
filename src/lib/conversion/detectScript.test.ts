import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createConverter } from './createConverter.ts';
import type { ScriptConverter } from './createConverter.ts';
import { detectScript } from './detectScript.ts';

const converter = createConverter([]);
const detect = (text: string) => detectScript(text, converter);

describe('detectScript', () => {
  it.each([
    ['乡镇人民政府', 'hans'],
    ['鄉鎮公所', 'hant'],
    ['口罩', 'neutral'],
    ['2025年3月', 'neutral'],
    ['', 'neutral'],
    ['COVID-19', 'neutral'],
    ['人口', 'neutral'],
  ] as const)('%s → %s', (text, script) => {
    expect(detect(text).script).toBe(script);
  });

  it('counts evidence so callers can explain the verdict', () => {
    expect(detect('乡镇')).toEqual({ script: 'hans', hans: 2, hant: 0, ambiguous: 0 });
    expect(detect('鄉鎮')).toEqual({ script: 'hant', hans: 0, hant: 2, ambiguous: 0 });
  });

  it('does not take 乾 in Simplified text for Traditional (乾安县)', () => {
    expect(detect('乾安县')).toMatchObject({ script: 'hans', hant: 0, ambiguous: 1 });
    expect(detect('乾隆年间').script).toBe('hans');
  });

  it('uses phrase context: 著 in 著名 is no evidence, in 看著 it is', () => {
    expect(detect('著名').script).toBe('neutral');
    expect(detect('看著').script).toBe('hant');
  });

  it('treats characters both converters change as ambiguous (么, 裏)', () => {
    expect(detect('么')).toEqual({ script: 'neutral', hans: 0, hant: 0, ambiguous: 1 });
    expect(detect('什么').script).toBe('hans');
    expect(detect('這裏')).toMatchObject({ script: 'hant', ambiguous: 1 });
  });

  it('reports mixed text when both scripts have real evidence', () => {
    expect(detect('心系群眾')).toMatchObject({ script: 'mixed', hans: 1, hant: 1 });
    expect(detect('乡镇政府發佈公告，鄉鎮居民请注意')).toMatchObject({ script: 'mixed' });
  });

  it('ignores one stray character of the other script in a long paragraph', () => {
    const d = detect('本镇今年累计发放种粮补贴资金二百六十万元，惠及农户三千八百余户，鎮');
    expect(d.hant).toBe(1);
    expect(d.script).toBe('hans');
  });

  it('handles characters outside the BMP and private-use placeholders', () => {
    expect(detect('𠮷野家乡镇').script).toBe('hans');
    expect(detect('\uE000\uE001').script).toBe('neutral');
  });
});

describe('detectScript: alignment', () => {
  it('relies on OpenCC keeping CJK text the same length (checked on the corpora)', () => {
    for (const file of ['paragraphs-hans.txt', 'paragraphs-hant.txt']) {
      const text = readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8');
      expect(Array.from(converter.t2s(text)).length).toBe(Array.from(text).length);
      expect(Array.from(converter.s2t(text)).length).toBe(Array.from(text).length);
    }
  });

  it('falls back to character-by-character comparison when a conversion changes the length', () => {
    // A converter whose phrase table turns 乡镇 into a three-character form, misaligning every later position.
    const fake: ScriptConverter = {
      ...converter,
      s2t: (t) => (t.length > 1 ? converter.s2t(t).replace('鄉鎮', '鄉鎮區') : converter.s2t(t)),
      t2s: (t) => converter.t2s(t),
    };
    expect(detectScript('乡镇发展', fake)).toMatchObject({ script: 'hans', hans: 3, hant: 0 }); // 乡 镇 发; 展 is shared;
  });
});
