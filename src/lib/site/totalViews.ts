import type { Localizer } from '../i18n/localizer.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';
import { totals, type Total } from '../tallies/totals.ts';
import { distinguishingUnit } from './distinguishingUnit.ts';

/** A total as the home page and a town's notice show it. */
export interface TotalView extends Total {
  label: string;
  kindLabel: string;
  text: string;
  /** The unit a card names after 类别 · 事项 when the same category and kind are also counted in another unit. */
  unitLabel?: string;
}

export function totalViews(records: TallyRecord[], l: Localizer): TotalView[] {
  const all = totals(records);
  return all.map((total) => ({
    ...total,
    label: l.category(total.category),
    kindLabel: l.kind(total.kind),
    text: l.amount(total),
    unitLabel: distinguishingUnit(total, all, l),
  }));
}
