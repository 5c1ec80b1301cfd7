import { describe, expect, it } from 'vitest';
import { measureAccuracy } from './measureAccuracy.ts';

describe('measureAccuracy', () => {
  it('matches a range found with a figure annotated as its low end, as the annotations write ranges', () => {
    const found = [{ quantity: 2, quantityMax: 3, unit: '支', category: 'teams' }];
    const asLowEnd = measureAccuracy(found, [{ quantity: 2, unit: '支', category: 'teams' }]);
    expect(asLowEnd).toMatchObject({ found: 1, categoryRight: 1, wrong: 0 });
    const asRange = measureAccuracy(found, [{ quantity: 2, quantityMax: 3, unit: '支', category: 'teams' }]);
    expect(asRange).toMatchObject({ found: 1, wrong: 0 });
    const optional = measureAccuracy(found, [], [{ quantity: 2, unit: '支' }]);
    expect(optional).toMatchObject({ found: 0, wrong: 0 });
  });

  it('never matches a range annotated otherwise, nor a single number with a range annotated', () => {
    const otherRange = measureAccuracy(
      [{ quantity: 2, quantityMax: 3, unit: '支', category: 'teams' }],
      [{ quantity: 2, quantityMax: 4, unit: '支', category: 'teams' }],
    );
    expect(otherRange).toMatchObject({ found: 0, wrong: 1 });
    const single = measureAccuracy(
      [{ quantity: 2, unit: '支', category: 'teams' }],
      [{ quantity: 2, quantityMax: 3, unit: '支', category: 'teams' }],
    );
    expect(single).toMatchObject({ found: 0, wrong: 1 });
  });
});
