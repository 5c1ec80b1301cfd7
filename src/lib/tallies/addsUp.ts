import type { TallyEntry } from '../schema/tally.ts';

/**
 * Whether a figure may be added into a sum (a total, a running total): not a range (6–8 per team) or an entry with
 * `per` (10 a day), which are rates, nor a part of a whole that is already counted.
 */
export function addsUp(entry: Pick<TallyEntry, 'qualifier' | 'per' | 'partOf'>): boolean {
  return entry.qualifier !== 'range' && !entry.per && !entry.partOf;
}
