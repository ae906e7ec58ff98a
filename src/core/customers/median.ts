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
 * Median of a non-empty list of integers, without sorting it when its values span a short range
 * (gaps in days: a histogram of the values, then the middle one or two read off it); a sorted
 * copy otherwise.
 * @example medianOfIntegers(Int32Array.of(30, 7, 12)) === 12; medianOfIntegers(Int32Array.of(4, 2)) === 3
 */
export function medianOfIntegers(values: Int32Array): number {
  const n = values.length;
  let min = values[0];
  let max = values[0];
  for (let i = 1; i < n; i++) {
    const v = values[i];
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  if (max - min > 4 * n + 1024) return medianOfSorted(values.slice().sort());
  const histogram = new Int32Array(max - min + 1);
  for (let i = 0; i < n; i++) histogram[values[i] - min]++;
  // The (n − 1) >> 1 -th and n >> 1 -th smallest values (0-based): equal when n is odd.
  const lowRank = (n - 1) >> 1;
  const highRank = n >> 1;
  let seen = 0;
  let low = NaN;
  for (let v = 0; v < histogram.length; v++) {
    seen += histogram[v];
    if (Number.isNaN(low) && seen > lowRank) low = v + min;
    if (seen > highRank) return (low + v + min) / 2;
  }
  return low; // not reached: seen ends at n > highRank
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
