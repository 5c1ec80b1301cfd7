import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALES } from '../config/locales.ts';
import { createConverter } from '../lib/conversion/createConverter.ts';
import { recordShownTexts } from '../lib/search/shownTexts.ts';
import { cachedConversion } from './cachedConversion.ts';
import { openDiskCache } from './diskCache.ts';

const dir = mkdtempSync(join(tmpdir(), 'gongshi-conversion-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const [hans, hant] = LOCALES;

describe('cachedConversion', () => {
  it('converts each text once per locale, records what each locale showed, and keeps it for the next build', () => {
    const file = join(dir, 'conversions.json');
    const converter = createConverter([]);
    const cache = openDiskCache(file, 'v1');
    const shown = recordShownTexts();
    const convert = cachedConversion(converter, cache, shown);
    expect(convert.text('发放口罩', hant!)).toBe('發放口罩');
    expect(convert.text('发放口罩', hant!)).toBe('發放口罩');
    expect(convert.text('发放口罩', hans!)).toBe('发放口罩');
    expect(convert.html('<p title="乡镇">发放</p>', hant!, 'hans')).toBe('<p title="鄉鎮">發放</p>');
    expect(cache.stats).toMatchObject({ computed: 3, memoryHits: 1 });
    expect([...shown.pairs(hant!, hans!)]).toContainEqual(['發放口罩', '发放口罩']);
    cache.save();

    const next = openDiskCache(file, 'v1');
    const again = cachedConversion(createConverter([]), next, recordShownTexts());
    expect(again.text('发放口罩', hant!)).toBe('發放口罩');
    expect(next.stats).toMatchObject({ computed: 0, diskHits: 1 });
  });
});
