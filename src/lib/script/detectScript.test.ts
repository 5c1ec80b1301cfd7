import { describe, expect, it } from 'vitest';
import { createConverter } from './createConverter.ts';
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
