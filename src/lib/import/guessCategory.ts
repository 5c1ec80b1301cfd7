import { CATEGORIES, unitId, type CategoryId } from '../../config/categories.ts';

export interface CategoryGuess {
  category: CategoryId;
  /** The keyword that decided it, with its place in the text. */
  keyword?: { text: string; index: number };
}

/**
 * The category of a figure from the keyword nearest to it (CATEGORIES[].keywords, the one keyword table). Only
 * categories whose units fit the figure's unit count: 20名加入了党员先锋岗 is people (名), 71处党员先锋岗 is posts (处).
 * Looks in ever wider windows, each as [start, end) in `text`: the list item (between 、), then the clause, then
 * what comes before the figure in its sentence. `text` must be Simplified (the keywords are).
 */
export function guessCategory(
  text: string,
  figure: { start: number; end: number; unit: string },
  windows: readonly (readonly [number, number])[],
): CategoryGuess {
  const unit = unitId(figure.unit);
  const fitting = CATEGORIES.filter((c) => c.id !== 'other' && unit && (c.units as readonly string[]).includes(unit));
  for (const [from, to] of windows) {
    let best: (CategoryGuess & { distance: number }) | undefined;
    for (const category of fitting) {
      for (const keyword of category.keywords) {
        for (
          let at = text.indexOf(keyword, from);
          at !== -1 && at + keyword.length <= to;
          at = text.indexOf(keyword, at + 1)
        ) {
          // A keyword overlapping the figure itself (84消毒液's 84 is not a count) still counts as nearby.
          const distance = at >= figure.end ? at - figure.end : Math.max(0, figure.start - (at + keyword.length));
          // Ties go to the longer keyword (居家隔离 over 隔离) and then to the one after the figure (2000只一次性口罩).
          if (
            !best ||
            distance < best.distance ||
            (distance === best.distance && keyword.length > best.keyword!.text.length)
          ) {
            best = { category: category.id, keyword: { text: keyword, index: at }, distance };
          }
        }
      }
    }
    if (best) return { category: best.category, keyword: best.keyword };
  }
  return { category: 'other' };
}
