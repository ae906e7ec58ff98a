/**
 * Median of a sorted, non-empty list.
 * @example medianOfSorted([1, 3, 10]) === 3; medianOfSorted([2, 4]) === 3
 */
export function medianOfSorted(sorted: ArrayLike<number>): number {
  const n = sorted.length;
  const mid = Math.floor(n / 2);
  return n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Nearest-rank percentile of a sorted, non-empty list: the ⌈p·n⌉-th smallest value.
 * @example nearestRank([1, 2, 3, 4], 0.75) === 3
 */
export function nearestRank(sorted: ArrayLike<number>, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}
