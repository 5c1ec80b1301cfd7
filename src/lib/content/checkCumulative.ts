import { say } from '../../i18n/messages/message.ts';
import type { Content } from './readContent.ts';
import type { Place, Problem } from './problem.ts';

/**
 * Running totals (`cumulative: true`) of one town, category, kind and unit never go down over time, across all
 * tally files: a smaller later total means one of the two figures is wrong.
 */
export function checkCumulative(content: Content): Problem[] {
  const towns = new Map(content.articles.map((a) => [a.slug, a.data.town]));
  const series = new Map<string, { date: string; quantity: number; id: string; at: () => Place }[]>();
  for (const tally of content.tallies) {
    const town = towns.get(tally.data.article);
    tally.data.entries.forEach((entry, index) => {
      if (!entry.cumulative || !entry.date || !town) return;
      const key = [entry.town ?? town, entry.category, entry.kind, entry.unit].join('|');
      const at = (): Place => ({ file: tally.file, ...tally.locate(['entries', index, 'quantity']) });
      series.set(key, [...(series.get(key) ?? []), { date: entry.date, quantity: entry.quantity, id: entry.id, at }]);
    });
  }
  const problems: Problem[] = [];
  for (const points of series.values()) {
    points.sort((a, b) => a.date.localeCompare(b.date));
    points.forEach((point, i) => {
      const before = points.slice(0, i).find((p) => p.date < point.date && p.quantity > point.quantity);
      if (before) {
        problems.push({
          ...point.at(),
          message: say('tally.runningTotalFalls', {
            quantity: point.quantity,
            date: point.date,
            before: before.quantity,
            beforeDate: before.date,
            beforeId: before.id,
          }),
          fix: say('fix.runningTotal'),
          // Either figure may be the wrong one: the problem is a draft's if either is.
          involves: [before.at()],
        });
      }
    });
  }
  return problems;
}
