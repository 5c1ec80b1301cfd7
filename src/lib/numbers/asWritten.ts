/**
 * A number as it was written, the float's error taken off: 1.2 × 10⁴ is 12000.000000000002, 2519.3 × 10⁸ is
 * 251930000000.00003 and 1.1 + 2.2 is 3.3000000000000003 in floating point. Fifteen significant digits are what a
 * double holds exactly, and more than any figure written; totals shown and downloaded must be the figures' own sum.
 */
export function asWritten(n: number): number {
  return Number(n.toPrecision(15));
}
