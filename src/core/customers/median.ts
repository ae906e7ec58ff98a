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

/**
 * Sorts values[start … end) ascending in place: insertion sort for the short runs a customer's
 * purchases make (no typed-array view per customer), the built-in sort for long ones.
 * @example sortRange(Int32Array.of(9, 3, 1, 2), 1, 4) // Int32Array [9, 1, 2, 3]
 */
export function sortRange(values: Int32Array, start: number, end: number): void {
  if (end - start > 32) {
    values.subarray(start, end).sort();
    return;
  }
  for (let i = start + 1; i < end; i++) {
    const v = values[i];
    let j = i - 1;
    for (; j >= start && values[j] > v; j--) values[j + 1] = values[j];
    values[j + 1] = v;
  }
}
