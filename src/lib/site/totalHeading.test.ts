import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../config/locales.ts';
import { testLocalizer } from '../i18n/testLocalizer.ts';
import { totalHeading } from './totalHeading.ts';

const l = testLocalizer(LOCALES[0]);
const total = (category: string, kind: string, unitId: '桶' | '吨' | '只') => ({
  category,
  kind,
  unitId,
  label: l.category(category),
  kindLabel: l.kind(kind),
});

describe('totalHeading', () => {
  it('names the unit only where one category and kind is counted in more than one unit', () => {
    const all = [
      total('disinfectant', 'distributed', '桶'),
      total('disinfectant', 'distributed', '吨'),
      total('disinfectant', 'donated', '吨'),
      total('masks', 'distributed', '只'),
    ];
    expect(all.map((t) => totalHeading(t, all, l))).toEqual([
      '消毒液 · 发放（桶）',
      '消毒液 · 发放（吨）',
      '消毒液 · 捐赠',
      '口罩 · 发放',
    ]);
  });
});
