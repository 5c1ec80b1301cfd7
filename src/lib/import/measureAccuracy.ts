import { unitId } from '../../config/categories.ts';

export interface ExpectedFigure {
  quantity: number;
  quantityMax?: number;
  unit: string;
  category: string;
  /** Counted from a list of names (成立…领导小组和应急指挥部): no number in the text to find. */
  enumeration?: boolean;
}

export interface FoundFigure {
  quantity: number;
  quantityMax?: number;
  unit: string;
  category: string;
}

export interface Accuracy {
  expected: number;
  /** Expected figures found with the same value and unit. */
  found: number;
  /** …of which the category guess is also right. */
  categoryRight: number;
  /** Found entries that match no expected (or optional) figure: numbers that are not tallies. */
  spurious: number;
  /** Found entries that are wrong: spurious, or a matched figure with the wrong category. */
  wrong: number;
  /** Figures found in total (spurious and optional included). */
  total: number;
  missed: ExpectedFigure[];
  wrongEntries: FoundFigure[];
}

/**
 * Compares found figures with the expected ones: each expected figure is matched at most once, by value, range and
 * unit (either script); a range found matches a figure annotated as its low end, as the annotations write ranges.
 * `optional` figures (counts a human may or may not keep) are neither found nor wrong.
 */
export function measureAccuracy(
  found: readonly FoundFigure[],
  expected: readonly ExpectedFigure[],
  optional: readonly Omit<ExpectedFigure, 'category'>[] = [],
): Accuracy {
  const key = (f: { quantity: number; quantityMax?: number; unit: string }) =>
    `${f.quantity}-${f.quantityMax ?? ''}-${unitId(f.unit) ?? f.unit}`;
  // The annotations write a range as its low end (2~3支 → 2支): a range found is that figure too.
  const lowEnd = (f: FoundFigure) => key({ quantity: f.quantity, unit: f.unit });
  const matches = (e: Omit<ExpectedFigure, 'category'>, f: FoundFigure) =>
    key(e) === key(f) || (e.quantityMax === undefined && key(e) === lowEnd(f));
  const open = [...expected];
  const optionalLeft = [...optional];
  const missedOrFound = { found: 0, categoryRight: 0 };
  const wrongEntries: FoundFigure[] = [];
  let spurious = 0;
  for (const f of found) {
    // Prefer an expected figure whose category also matches (两个 2吨: disinfectant and alcohol).
    let at = open.findIndex((e) => matches(e, f) && e.category === f.category);
    if (at === -1) at = open.findIndex((e) => matches(e, f));
    if (at !== -1) {
      const [match] = open.splice(at, 1);
      missedOrFound.found++;
      if (match!.category === f.category) missedOrFound.categoryRight++;
      else wrongEntries.push(f);
      continue;
    }
    const opt = optionalLeft.findIndex((o) => matches(o, f));
    if (opt !== -1) {
      optionalLeft.splice(opt, 1);
      continue;
    }
    spurious++;
    wrongEntries.push(f);
  }
  return {
    expected: expected.length,
    ...missedOrFound,
    spurious,
    wrong: wrongEntries.length,
    total: found.length,
    missed: open,
    wrongEntries,
  };
}
