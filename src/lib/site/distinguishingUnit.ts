import type { UnitId } from '../../config/categories.ts';
import type { Localizer } from '../i18n/localizer.ts';

interface Total {
  category: string;
  kind: string;
  unitId: UnitId;
}

/**
 * The unit a total's card names after 口罩 · 发放, when the card needs it: a category and kind counted in two units
 * (消毒液 in 桶 and in 吨) makes two totals that are never added, and each card then says its unit, 消毒液 · 发放（桶）,
 * so the two can be told apart. Otherwise none: the figure carries its unit.
 */
export function distinguishingUnit(total: Total, all: readonly Total[], l: Localizer): string | undefined {
  const units = all.filter((other) => other.category === total.category && other.kind === total.kind);
  return units.length > 1 ? l.unit(total.unitId) : undefined;
}
