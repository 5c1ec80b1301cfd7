import { describe, expect, it } from 'vitest';
import { KINDS } from './categories.ts';
import { SERIES_MARKS } from './chartStyle.ts';

describe('SERIES_MARKS', () => {
  it('give every series a comparison chart can have (one per kind) its own fill, dash and point shape', () => {
    const marks = SERIES_MARKS.slice(0, KINDS.length);
    expect(marks).toHaveLength(KINDS.length);
    for (const property of ['fill', 'point'] as const) {
      expect(new Set(marks.map((m) => m[property])).size, property).toBe(marks.length);
    }
    expect(new Set(marks.map((m) => m.dash.join(','))).size).toBe(marks.length);
  });
});
