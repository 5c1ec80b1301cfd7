import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { tallyFileSchema } from '../schema/tally.ts';
import { townSchema } from '../schema/town.ts';
import { renderTally } from './renderTally.ts';
import { PLACEHOLDER, renderTown, townSlug } from './renderTown.ts';

describe('townSlug', () => {
  it('is the pinyin of the name without its ending, then with it, then numbered, never a taken one', () => {
    expect(townSlug('池河镇', '池河镇', new Set())).toBe('chihe');
    expect(townSlug('三里庵街道', '三里庵街道', new Set())).toBe('sanlian');
    expect(townSlug('新港鄉', '新港乡', new Set(['xingang']))).toBe('xingang-xiang');
    expect(townSlug('新港鄉', '新港乡', new Set(['xingang', 'xingang-xiang']))).toBe('xingang-2');
  });
});

describe('renderTown', () => {
  it('writes a valid town pending review, saying which fields are placeholders', () => {
    const text = renderTown({ slug: 'chihe', name: '池河镇', county: '石泉县', province: PLACEHOLDER }, 'a-roundup');
    expect(townSchema.parse(parse(text))).toEqual({
      name: '池河镇',
      county: '石泉县',
      province: PLACEHOLDER,
      review: 'pending',
    });
    expect(text).toMatch(/^# .*a-roundup/u);
    expect(text).toMatch(/province 为占位符/u);
    expect(text).not.toMatch(/county、province/u);
  });
});

describe('renderTally', () => {
  it('writes an entry’s own town when it has one', () => {
    const figure = {
      quantity: 60,
      qualifier: 'exact',
      unit: '名',
      category: 'volunteers',
      kind: 'mobilised',
      quote: '组织志愿者60名',
      line: 3,
    } as const;
    const tally = tallyFileSchema.parse(parse(renderTally('a', [{ ...figure, town: 'xihe' }, figure])));
    expect(tally.entries.map((e) => e.town)).toEqual(['xihe', undefined]);
  });
});
