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

/** RFM of the customers with a purchase in a range, one entry per customer, column by column. */
export interface RfmColumns {
  /** Each entry's customer, an index into table.customerIds (ascending). */
  customer: Int32Array;
  recencyDays: Float64Array;
  frequency: Int32Array;
  monetary: Float64Array;
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/** Index of a double's high 32-bit word in a Uint32Array view (1 on little-endian machines). */
const HIGH = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1 ? 1 : 0;

/**
 * Entry indexes of `values` in ascending numeric order, equal values in entry order; −0 counts
 * as 0 and NaN comes last. A radix sort (four passes of 16 bits over each value's bits made
 * unsigned-comparable), so linear in the count and without a comparator call per pair.
 * @example ascendingOrder(Float64Array.of(3, -1, 2)) // Uint32Array [1, 2, 0]
 */
export function ascendingOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n);
  const keys = new Uint32Array(2 * n); // keys[2i] low word, keys[2i + 1] high word
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const hi = words[2 * i + HIGH];
    const lo = words[2 * i + 1 - HIGH];
    if (v === 0 || v !== v) {
      keys[2 * i] = v === 0 ? 0 : 0xffffffff; // +0 for both zeros, above +Infinity for NaN
      keys[2 * i + 1] = v === 0 ? 0x80000000 : 0xffffffff;
    } else if (hi >>> 31 === 1) {
      keys[2 * i] = ~lo; // negative: flip every bit
      keys[2 * i + 1] = ~hi;
    } else {
      keys[2 * i] = lo; // positive: set the sign bit
      keys[2 * i + 1] = hi | 0x80000000;
    }
  }
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Uint32Array(n);
  const start = new Uint32Array(0x10000);
  for (let pass = 0; pass < 4; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    start.fill(0);
    for (let i = 0; i < n; i++) start[(keys[2 * i + word] >>> shift) & 0xffff]++;
    if (n === 0 || start[(keys[word] >>> shift) & 0xffff] === n) continue; // one digit: nothing moves
    for (let d = 0, sum = 0; d < 0x10000; d++) {
      const c = start[d];
      start[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const e = order[i];
      next[start[(keys[2 * e + word] >>> shift) & 0xffff]++] = e;
    }
    const swap = order;
    order = next;
    next = swap;
  }
  return order;
}

/**
 * Quintile scores as bytes. A score 1 + ⌊5b / n⌋ (b = values strictly below) exceeds k exactly
 * when b ≥ p = ⌈k·n / 5⌉, that is when the p-th smallest value is below the value: so the sorted
 * order gives four cut values, and each value is scored with four comparisons.
 */
function quintileBytes(values: Float64Array): Uint8Array {
  const n = values.length;
  const order = ascendingOrder(values); // NaN last, never below anything
  const cut = (k: number) => values[order[Math.ceil((k * n) / 5) - 1]];
  const c1 = cut(1);
  const c2 = cut(2);
  const c3 = cut(3);
  const c4 = cut(4);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const x = values[i];
    out[i] = 1 + (c1 < x ? 1 : 0) + (c2 < x ? 1 : 0) + (c3 < x ? 1 : 0) + (c4 < x ? 1 : 0);
  }
  return out;
}

/**
 * Quintile score 1–5 of each value, higher values scoring higher: 1 + ⌊5 × (values strictly
 * worse) / n⌋. Equal values always get equal scores, whatever the row order.
 * @example quintileScores([10, 20, 30, 40, 50]) // [1, 2, 3, 4, 5]
 */
export function quintileScores(values: ArrayLike<number>): number[] {
  return Array.from(quintileBytes(Float64Array.from(values)));
}

/**
 * RFM of the customers with a purchase in the range, as columns, in the order of
 * table.customerIds. `asOfDay` defaults to `to`, else to the last order day.
 * @example rfmColumns(table, { asOfDay: dayFromCivil(2024, 12, 31) }).r // Uint8Array [5, 4, …]
 */
export function rfmColumns(table: OrderTable, options: RangeOptions & { asOfDay?: number } = {}): RfmColumns {
  const from = options.from ?? -Infinity;
  const to = options.to ?? Infinity;
  if (from > to) throw new MetricError('invalid_period', { name: 'from > to' });
  const includeRefunds = options.includeRefunds === true;
  const n = table.customerIds.length;
  const last = new Int32Array(n).fill(-0x80000000);
  const count = new Int32Array(n);
  const money = new Float64Array(n);
  let lastOrderDay = -Infinity;
  let buyers = 0;
  for (let i = 0; i < table.count; i++) {
    const d = table.day[i];
    if (d < from || d > to) continue;
    const c = table.customer[i];
    money[c] += table.amount[i];
    if (d > lastOrderDay) lastOrderDay = d;
    if (!includeRefunds && !(table.amount[i] > 0)) continue;
    if (count[c]++ === 0) buyers++;
    if (d > last[c]) last[c] = d;
  }
  if (buyers === 0) throw new MetricError('no_purchases');
  const asOf = options.asOfDay ?? (options.to !== undefined ? options.to : lastOrderDay);
  const customer = new Int32Array(buyers);
  const recencyDays = new Float64Array(buyers);
  const frequency = new Int32Array(buyers);
  const monetary = new Float64Array(buyers);
  const negRecency = new Float64Array(buyers);
  for (let c = 0, i = 0; c < n; c++) {
    if (count[c] === 0) continue;
    customer[i] = c;
    recencyDays[i] = asOf - last[c];
    negRecency[i] = last[c] - asOf;
    frequency[i] = count[c];
    monetary[i] = money[c];
    i++;
  }
  return {
    customer,
    recencyDays,
    frequency,
    monetary,
    r: quintileBytes(negRecency), // fewer days is better, so score the negated value
    f: quintileBytes(Float64Array.from(frequency)),
    m: quintileBytes(monetary),
  };
}

/**
 * RFM rows of the customers with a purchase in the range, in the order of table.customerIds
 * (rfmColumns as one object per customer). `asOfDay` defaults to `to`, else to the last order day.
 * @example rfm(table, { asOfDay: dayFromCivil(2024, 12, 31) })[0] // { customer: 'C1', recencyDays: 3, …, segment: 'rfm.champions' }
 */
export function rfm(table: OrderTable, options: RangeOptions & { asOfDay?: number } = {}): RfmRow[] {
  const x = rfmColumns(table, options);
  return Array.from(x.customer, (c, i) => ({
    customer: table.customerIds[c],
    recencyDays: x.recencyDays[i],
    frequency: x.frequency[i],
    monetary: x.monetary[i],
    r: x.r[i],
    f: x.f[i],
    m: x.m[i],
    segment: rfmSegment(x.r[i], x.f[i]),
  }));
}

/**
 * The entries of RFM columns by monetary value, highest first, then by customer id (as text).
 * @example byMonetary(rfmColumns(table), table.customerIds)[0] // the entry of the biggest spender
 */
export function byMonetary(columns: RfmColumns, customerIds: readonly string[]): Uint32Array {
  const { customer } = columns;
  return descendingThenById(columns.monetary, (entry) => customerIds[customer[entry]]);
}

/**
 * Entry indexes of `values`, highest value first, equal values by `idOf(entry)` (as text): a radix
 * order (ascendingOrder), where only the runs of equal values are sorted by id, so no comparator
 * call per pair. The customer list and RFM share it.
 * @example descendingThenById(Float64Array.of(5, 9, 5), (e) => ['b', 'x', 'a'][e]) // Uint32Array [1, 2, 0]
 */
export function descendingThenById(values: Float64Array, idOf: (entry: number) => string): Uint32Array {
  const order = ascendingOrder(values).reverse();
  for (let s = 0; s < order.length; ) {
    let e = s + 1;
    while (e < order.length && values[order[e]] === values[order[s]]) e++;
    if (e - s > 8) order.subarray(s, e).sort((a, b) => (idOf(a) < idOf(b) ? -1 : idOf(a) > idOf(b) ? 1 : 0));
    else {
      // A few equal values, the usual case: insertion sort by id.
      for (let j = s + 1; j < e; j++) {
        const entry = order[j];
        const id = idOf(entry);
        let k = j;
        for (; k > s && idOf(order[k - 1]) > id; k--) order[k] = order[k - 1];
        order[k] = entry;
      }
    }
    s = e;
  }
  return order;
}
