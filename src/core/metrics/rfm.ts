/**
 * RFM: per customer recency, frequency and monetary scores 1–5, and a segment.
 * Uses the orders in [from, to]: customers are those with a purchase there; frequency counts
 * their purchases, monetary sums the net amount of all their orders (refunds subtract),
 * recency is days from their last purchase to `asOfDay`.
 */
import type { OrderTable } from '../types';
import { MetricError } from './errors';
import type { RangeOptions } from './orders';

/** Segment message keys (the UI translates them), on the usual R × F grid. */
export type RfmSegment =
  | 'rfm.champions'
  | 'rfm.loyal'
  | 'rfm.potential_loyalist'
  | 'rfm.new'
  | 'rfm.promising'
  | 'rfm.need_attention'
  | 'rfm.about_to_sleep'
  | 'rfm.at_risk'
  | 'rfm.cant_lose'
  | 'rfm.hibernating';

/** One customer's RFM values and scores. */
export interface RfmRow {
  customer: string;
  recencyDays: number;
  frequency: number;
  monetary: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
}

const H: RfmSegment = 'rfm.hibernating';
const AR: RfmSegment = 'rfm.at_risk';
const AS: RfmSegment = 'rfm.about_to_sleep';
const L: RfmSegment = 'rfm.loyal';
const PL: RfmSegment = 'rfm.potential_loyalist';

/** SEGMENTS[r − 1][f − 1]: the widely used R × F segment grid (monetary does not move a segment). */
const SEGMENTS: RfmSegment[][] = [
  [H, H, AR, AR, 'rfm.cant_lose'],
  [H, H, AR, AR, 'rfm.cant_lose'],
  [AS, AS, 'rfm.need_attention', L, L],
  ['rfm.promising', PL, PL, L, L],
  ['rfm.new', PL, PL, 'rfm.champions', 'rfm.champions'],
];

/**
 * Segment of an R score and an F score (each 1–5).
 * @example rfmSegment(5, 1) === 'rfm.new'
 */
export function rfmSegment(r: number, f: number): RfmSegment {
  return SEGMENTS[r - 1][f - 1];
}

/** Number of entries of an ascending array strictly below x. */
function countBelow(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Quintile score 1–5 of each value, higher values scoring higher: 1 + ⌊5 × (values strictly
 * worse) / n⌋. Equal values always get equal scores, whatever the row order.
 * @example quintileScores([10, 20, 30, 40, 50]) // [1, 2, 3, 4, 5]
 */
export function quintileScores(values: ArrayLike<number>): number[] {
  const sorted = Float64Array.from(values).sort();
  const n = values.length;
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(1 + Math.floor((5 * countBelow(sorted, values[i])) / n));
  return out;
}

/**
 * RFM rows of the customers with a purchase in the range, in the order of table.customerIds.
 * `asOfDay` defaults to `to`, else to the last order day.
 * @example rfm(table, { asOfDay: dayFromCivil(2024, 12, 31) })[0] // { customer: 'C1', recencyDays: 3, …, segment: 'rfm.champions' }
 */
export function rfm(table: OrderTable, options: RangeOptions & { asOfDay?: number } = {}): RfmRow[] {
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  if (from > to) throw new MetricError('invalid_period', { name: 'from > to' });
  const includeRefunds = options.includeRefunds === true;
  const n = table.customerIds.length;
  const last = new Int32Array(n).fill(-0x80000000);
  const count = new Int32Array(n);
  const money = new Float64Array(n);
  let lastOrderDay = -Infinity;
  for (let i = 0; i < table.count; i++) {
    const d = table.day[i];
    if (d < from || d > to) continue;
    const c = table.customer[i];
    money[c] += table.amount[i];
    if (d > lastOrderDay) lastOrderDay = d;
    if (!includeRefunds && !(table.amount[i] > 0)) continue;
    count[c]++;
    if (d > last[c]) last[c] = d;
  }
  const asOf = options.asOfDay ?? (options.to !== undefined ? options.to : lastOrderDay);
  const ids: number[] = [];
  for (let c = 0; c < n; c++) if (count[c] > 0) ids.push(c);
  if (ids.length === 0) throw new MetricError('no_purchases');
  // Recency: fewer days is better, so score the negated value.
  const r = quintileScores(ids.map((c) => last[c] - asOf));
  const f = quintileScores(ids.map((c) => count[c]));
  const m = quintileScores(ids.map((c) => money[c]));
  return ids.map((c, i) => ({
    customer: table.customerIds[c],
    recencyDays: asOf - last[c],
    frequency: count[c],
    monetary: money[c],
    r: r[i],
    f: f[i],
    m: m[i],
    segment: rfmSegment(r[i], f[i]),
  }));
}
