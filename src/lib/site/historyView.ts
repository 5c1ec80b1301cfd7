import type { PageHistory } from '../history/pageHistory.ts';
import type { Localizer } from '../i18n/localizer.ts';

/** A page's history as it shows it: ISO dates for `<time datetime>`, and their text and the commits' in the locale. */
export interface HistoryView {
  updated: { iso: string; text: string };
  corrections: { iso: string; text: string; subject: string }[];
}

export function historyView(history: PageHistory | undefined, l: Localizer): HistoryView | undefined {
  if (!history) return undefined;
  return {
    updated: { iso: history.updated, text: l.date(history.updated) },
    corrections: history.corrections.map((commit) => ({
      iso: commit.date,
      text: l.date(commit.date),
      subject: l.t(commit.subject),
    })),
  };
}
