import { describe, expect, it } from 'vitest';
import { createConverter } from '../lib/conversion/createConverter.ts';
import { UNITS } from './categories.ts';

// A Traditional page shows each unit's `hant`, a Simplified page its `hans`; the site's script check converts every
// page the other way and back, so a unit written in the other script's form (台斤 on a Traditional page) fails a build.
const converter = createConverter([]);

describe('tally units', () => {
  it('are written in each script as the conversion to that script leaves them', () => {
    const unstable = Object.values(UNITS).flatMap((unit) => [
      ...(converter.s2t(unit.hant) === unit.hant ? [] : [`${unit.hant} → ${converter.s2t(unit.hant)}`]),
      ...(converter.t2s(unit.hans) === unit.hans ? [] : [`${unit.hans} → ${converter.t2s(unit.hans)}`]),
    ]);
    expect(unstable).toEqual([]);
  });
});
