import { describe, expect, it } from 'vitest';
import { CATEGORIES, KINDS } from '../config/categories.ts';
import { createConverter } from '../lib/conversion/createConverter.ts';
import { detectScript } from '../lib/conversion/detectScript.ts';
import { UI, UI_SCRIPT } from './ui.ts';

describe('interface text', () => {
  // Pages convert these from UI_SCRIPT without detecting: a Traditional word here would stay on Simplified pages.
  it(`is written in ${UI_SCRIPT}, like the category and kind labels`, () => {
    const converter = createConverter([]);
    const texts = [...Object.values(UI), ...CATEGORIES.map((c) => c.label), ...KINDS.map((k) => k.label)];
    const wrong = texts.filter((text) => !['neutral', UI_SCRIPT].includes(detectScript(text, converter).script));
    expect(wrong).toEqual([]);
  });
});
