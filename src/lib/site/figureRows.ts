import type { Localizer } from '../i18n/localizer.ts';
import type { TallyRecord } from '../tallies/tallyRecords.ts';

/** One figure as a table row shows it, in the locale's script. */
export interface FigureRow {
  /** The row's anchor (`tally-<article>-<id>`), to link to. */
  anchor: string;
  categoryId: string;
  category: string;
  /** What was counted: the tally's item, or its category's name. */
  item: string;
  place?: string;
  kind: string;
  /** The number, for `<data value>`; `amount` is how people read it (16万余份, 每天300只). */
  quantity: number;
  amount: string;
  /** The figure's date, or the table's "no date". */
  date: string;
}

export function figureRows(records: readonly TallyRecord[], l: Localizer): FigureRow[] {
  return records.map((record) => ({
    anchor: `tally-${record.article}-${record.id}`,
    categoryId: record.category,
    category: l.category(record.category),
    item: record.item !== undefined ? l.t(record.item) : l.category(record.category),
    place: record.place && l.t(record.place),
    kind: l.kind(record.kind),
    quantity: record.quantity,
    // A rate stays a rate where it is shown: 每天300只, never 300只.
    amount: record.per ? l.ui('figure.per', { per: l.t(record.per), amount: l.amount(record) }) : l.amount(record),
    date: record.date ? l.date(record.date) : l.ui('table.noDate'),
  }));
}
