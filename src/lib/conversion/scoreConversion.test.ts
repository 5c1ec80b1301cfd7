import { describe, expect, it } from 'vitest';
import { editDistance } from '../text/editDistance.ts';
import { firstDifference, scoreConversion } from './scoreConversion.ts';

describe('firstDifference', () => {
  it('is null for equal texts', () => {
    expect(firstDifference('這一幹就是', '這一幹就是')).toBeNull();
  });

  it('finds the first differing character, counting characters beyond the BMP as one', () => {
    expect(firstDifference('這一干就是', '這一幹就是')).toEqual({ at: 2, expectedChar: '幹', actualChar: '干' });
    expect(firstDifference('𠮷干', '𠮷幹')).toEqual({ at: 1, expectedChar: '幹', actualChar: '干' });
  });

  it('reports a missing or extra character at the end as empty', () => {
    expect(firstDifference('聯繫', '聯繫人')).toEqual({ at: 2, expectedChar: '人', actualChar: '' });
    expect(firstDifference('聯繫人', '聯繫')).toEqual({ at: 2, expectedChar: '', actualChar: '人' });
  });
});

describe('editDistance', () => {
  it('counts substitutions, insertions and deletions in characters', () => {
    expect(editDistance('街頭髮口罩', '街頭發口罩')).toBe(1);
    expect(editDistance('理髮店', '理店')).toBe(1);
    expect(editDistance('', '口罩')).toBe(2);
    expect(editDistance('𠮷', '吉')).toBe(1);
  });
});

describe('scoreConversion', () => {
  const cases = [
    { id: 'c1', input: '干部', expected: '幹部' },
    { id: 'c2', input: '3000只', expected: '3000隻' },
    { id: 'c3', input: '于主任', expected: '于主任' },
  ];

  it('counts right sentences and characters, listing each wrong sentence with its first difference', () => {
    const score = scoreConversion(cases, ['幹部', '3000只', '於主仼']);
    expect(score).toMatchObject({ sentences: 3, sentencesRight: 1, characters: 10, charactersRight: 7 });
    expect(score.wrong).toEqual([
      { id: 'c2', input: '3000只', expected: '3000隻', actual: '3000只', at: 4, expectedChar: '隻', actualChar: '只' },
      { id: 'c3', input: '于主任', expected: '于主任', actual: '於主仼', at: 0, expectedChar: '于', actualChar: '於' },
    ]);
  });

  it('never counts a sentence below zero right characters', () => {
    const score = scoreConversion([{ id: 'c1', input: '干', expected: '幹' }], ['乾乾乾乾']);
    expect(score.charactersRight).toBe(0);
  });

  it('refuses outputs that do not match the cases one to one', () => {
    expect(() => scoreConversion(cases, ['幹部'])).toThrow(/1 outputs for 3 cases/);
  });
});
