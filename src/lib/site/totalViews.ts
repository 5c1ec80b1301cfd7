import type { Localizer } from '../i18n/localizer.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';
import { totals, type Total } from '../tallies/totals.ts';

/** A total as the home page and a town's notice show it. */
export interface TotalView extends Total {
  label: string;
  kindLabel: string;
  text: string;
}

export function totalViews(records: TallyRecord[], l: Localizer): TotalView[] {
  return totals(records).map((total) => ({
    ...total,
    label: l.category(total.category),
    kindLabel: l.kind(total.kind),
    text: l.amount(total),
  }));
}
