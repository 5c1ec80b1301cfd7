import type { UnitId } from '../../config/categories.ts';
import type { Localizer } from '../i18n/localizer.ts';

interface Headed {
  category: string;
  kind: string;
  unitId: UnitId;
  label: string;
  kindLabel: string;
}

/**
 * What a total's card is called: 口罩 · 发放. A category and kind counted in two units (消毒液 in 桶 and in 吨) makes two
 * totals that are never added: each then names its unit, 消毒液 · 发放（桶）, so the cards can be told apart.
 */
export function totalHeading(total: Headed, all: readonly Headed[], l: Localizer): string {
  const heading = `${total.label} · ${total.kindLabel}`;
  const units = all.filter((other) => other.category === total.category && other.kind === total.kind);
  return units.length > 1 ? `${heading}（${l.unit(total.unitId)}）` : heading;
}
