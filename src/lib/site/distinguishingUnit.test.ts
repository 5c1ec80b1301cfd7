import { describe, expect, it } from 'vitest';
import type { UnitId } from '../../config/categories.ts';
import { LOCALES } from '../../config/locales.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import { distinguishingUnit } from './distinguishingUnit.ts';

const l = testLocalizer(LOCALES[0]);
const total = (category: string, kind: string, unitId: UnitId) => ({ category, kind, unitId });

describe('distinguishingUnit', () => {
  it('names the unit only where one category and kind is counted in more than one unit', () => {
    const all = [
      total('disinfectant', 'distributed', '桶'),
      total('disinfectant', 'distributed', '吨'),
      total('disinfectant', 'donated', '吨'),
      total('masks', 'distributed', '只'),
    ];
    expect(all.map((t) => distinguishingUnit(t, all, l))).toEqual(['桶', '吨', undefined, undefined]);
  });
});
