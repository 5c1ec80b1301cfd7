import { describe, expect, it } from 'vitest';
import { didYouMean } from './didYouMean.ts';

const values = ['masks', 'banners', 'leaflets', 'food', 'other'];

describe('didYouMean', () => {
  it.each([
    ['mask', 'masks'],
    ['Masks', 'masks'],
    ['baners', 'banners'],
    ['leaflet', 'leaflets'],
  ])('%s → %s', (input, expected) => {
    expect(didYouMean(input, values)).toBe(expected);
  });

  it('takes an alias first (a label written in Chinese)', () => {
    expect(didYouMean('口罩', values, { 口罩: 'masks' })).toBe('masks');
  });

  it('suggests nothing when no value is close', () => {
    expect(didYouMean('vaccines', values)).toBeUndefined();
    expect(didYouMean('x', ['food'])).toBeUndefined();
  });
});
