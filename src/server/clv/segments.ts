/**
 * Customer segments of the "Customer predictions" sheet, from P(alive) and the predicted CLV
 * (docs/CLV-SHEET.md): Best, Growing, At risk, Likely gone. Pure: no Apps Script here.
 */

export type Segment = 'best' | 'growing' | 'atRisk' | 'gone';

/** P(alive) from which a customer counts as active. */
const ACTIVE_FROM = 0.7;
/** P(alive) under which a customer is likely gone. */
const GONE_BELOW = 0.3;
/** Share of customers whose predicted CLV is "top". */
const TOP_SHARE = 0.2;

/**
 * The smallest predicted CLV of the top fifth of customers: the ⌈n/5⌉-th largest value.
 * @example topThreshold([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) === 9 // the top two are 10 and 9
 */
export function topThreshold(values: ArrayLike<number>): number {
  if (values.length === 0) return Infinity;
  const sorted = Float64Array.from(values).sort();
  return sorted[sorted.length - Math.ceil(sorted.length * TOP_SHARE)];
}

/**
 * The segment of a customer.
 * - Likely gone: P(alive) < 30%.
 * - At risk: 30% ≤ P(alive) < 70%.
 * - Best: P(alive) ≥ 70% and predicted CLV ≥ `top` (the top fifth's threshold).
 * - Growing: P(alive) ≥ 70%, the others.
 * @example segmentOf(0.9, 120, 100) === 'best'; segmentOf(0.5, 500, 100) === 'atRisk'
 */
export function segmentOf(pAlive: number, predictedClv: number, top: number): Segment {
  if (pAlive < GONE_BELOW) return 'gone';
  if (pAlive < ACTIVE_FROM) return 'atRisk';
  return predictedClv >= top ? 'best' : 'growing';
}
