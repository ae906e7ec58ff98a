/**
 * The shop's gaps between purchases, for the expected next purchase (docs/CUSTOMERS.md): the gap
 * after purchase n is day(n + 1) − day(n) of a customer's purchase days. The expected gap of a
 * customer with n purchase days is the median gap after purchase n among the customers who made an
 * (n + 1)-th (RetentionX's rule), or the median of all gaps when fewer than 5 customers did.
 */
import { medianOfIntegers } from './median';
import type { PurchaseDays } from './purchaseDays';

/** Fewest customers with an (n + 1)-th purchase for their median gap to be used. */
export const MIN_GAP_CUSTOMERS = 5;

export interface GapStats {
  /** byPurchase[n − 1]: median gap after purchase n, or null when fewer than MIN_GAP_CUSTOMERS made an (n + 1)-th. */
  byPurchase: (number | null)[];
  /** How many customers made an (n + 1)-th purchase, per n (same index). */
  counts: number[];
  /** Median of every gap of every customer; null when nobody bought on two days. */
  all: number | null;
}

/**
 * The shop's gap medians from everyone's purchase days.
 * @example gapStats(purchaseDays(table, asOf)).all // 30
 */
export function gapStats(p: PurchaseDays): GapStats {
  const n = p.offset.length - 1;
  // Gaps grouped by their position n (after purchase n) in one array: count, place, sort each group.
  const counts: number[] = [];
  for (let c = 0; c < n; c++) {
    const positions = p.offset[c + 1] - p.offset[c] - 1;
    for (let index = 0; index < positions; index++) counts[index] = (counts[index] ?? 0) + 1;
  }
  const start = new Int32Array(counts.length + 1);
  for (let index = 0; index < counts.length; index++) start[index + 1] = start[index] + counts[index];
  const total = start[counts.length];
  const byPosition = new Int32Array(total);
  const every = new Int32Array(total);
  const fill = start.slice(0, counts.length);
  let k = 0;
  for (let c = 0; c < n; c++) {
    for (let d = p.offset[c] + 1; d < p.offset[c + 1]; d++) {
      const gap = p.days[d] - p.days[d - 1];
      byPosition[fill[d - p.offset[c] - 1]++] = gap;
      every[k++] = gap;
    }
  }
  const all = total > 0 ? medianOfIntegers(every) : null;
  const byPurchase = counts.map((count, index) => {
    if (count < MIN_GAP_CUSTOMERS) return null;
    return medianOfIntegers(byPosition.subarray(start[index], start[index + 1]));
  });
  return { byPurchase, counts, all };
}

/**
 * The expected gap in whole days after a customer's n-th purchase day (the median rounded up), null
 * when the shop has no gap at all.
 * @example expectedGap(stats, 1) === 28 // median gap from first to second purchase
 */
export function expectedGap(stats: GapStats, purchaseDayCount: number): number | null {
  const own = stats.byPurchase[purchaseDayCount - 1] ?? null;
  const median = own ?? stats.all;
  return median === null ? null : Math.ceil(median);
}
