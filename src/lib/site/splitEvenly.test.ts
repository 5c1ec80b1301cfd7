import { describe, expect, it } from 'vitest';
import { splitEvenly } from './splitEvenly.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('splitEvenly', () => {
  it('keeps a list that fits in one run', () => {
    expect(splitEvenly(numbers(3), 5)).toEqual([[0, 1, 2]]);
    expect(splitEvenly(numbers(5), 5)).toEqual([numbers(5)]);
    expect(splitEvenly([], 5)).toEqual([[]]);
  });

  it('cuts a longer list into as few, even runs as it can, in order', () => {
    const runs = splitEvenly(numbers(2020), 1500);
    expect(runs.map((r) => r.length)).toEqual([1010, 1010]);
    expect(runs.flat()).toEqual(numbers(2020));
    expect(splitEvenly(numbers(4020), 1500).map((r) => r.length)).toEqual([1340, 1340, 1340]);
    expect(splitEvenly(numbers(7), 2).map((r) => r.length)).toEqual([2, 2, 1, 2]);
    expect(splitEvenly(numbers(3), 1)).toEqual([[0], [1], [2]]);
  });

  it('makes the number of runs a multiple of the lanes, so each lane gets the same share', () => {
    expect(splitEvenly(numbers(2020), 1000, 2).map((r) => r.length)).toEqual([505, 505, 505, 505]);
    expect(splitEvenly(numbers(2020), 1500, 2).map((r) => r.length)).toEqual([1010, 1010]);
    // One run is one run: a small site is not split for the lanes' sake.
    expect(splitEvenly(numbers(900), 1000, 2)).toHaveLength(1);
    expect(splitEvenly(numbers(3), 1, 2)).toEqual([[0], [1], [2]]);
  });

  it('refuses a run length that is not a positive whole number', () => {
    expect(() => splitEvenly(numbers(3), 0)).toThrow();
    expect(() => splitEvenly(numbers(3), 1.5)).toThrow();
  });
});
