/**
 * The hot loops of the cohort table, each a small function over typed arrays so the engine
 * optimises it on its own. No per-order allocation, strings or calendar maths: days map to
 * periods through a lookup table.
 *
 * Mutation testing (docs/MUTATION.md): `i < n` → `i <= n` on these loops cannot change a result,
 * so those mutants are marked equivalent. Every array here is exactly as long as its loop (an
 * OrderTable's columns are `count` long), so one step past the end reads `undefined`, which every
 * comparison refuses, and a write past the end of a typed array is dropped.
 */
import { periodIndex, periodIndexTable, periodStartOfIndex } from '../periods';
import type { OrderTable, Period, WeekStart } from '../types';

/** Sentinel for "no day". */
export const NONE = 0x7fffffff;

/** Output of firstPass. */
export interface PurchaseSpan {
  /**
   * Per customer c, side by side (one cache line per customer): span[2c] the first purchase day
   * (NONE when none), span[2c + 1] the last (−NONE when none).
   */
  span: Int32Array;
  /** Last day of any order up to `to`, −NONE when none. */
  lastOrderDay: number;
}

/**
 * Pass 1: first and last purchase day of every customer, over the orders dated ≤ to.
 * @example firstPass(table, NONE, false).span[0] // the first purchase day of customer 0
 */
export function firstPass(table: OrderTable, to: number, includeRefunds: boolean): PurchaseSpan {
  const { customer, day, amount } = table;
  const span = new Int32Array(2 * table.customerIds.length);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let j = 0; j < span.length; j += 2) {
    span[j] = NONE;
    span[j + 1] = -NONE;
  }
  let lastOrderDay = -NONE;
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let i = 0; i < table.count; i++) {
    const d = day[i];
    if (d > to) continue;
    // Stryker disable next-line EqualityOperator: equivalent, on a tie both hold the same day
    if (d > lastOrderDay) lastOrderDay = d;
    if (!includeRefunds && !(amount[i] > 0)) continue;
    const j = customer[i] << 1;
    // Stryker disable next-line EqualityOperator: equivalent, on a tie both hold the same day
    if (d < span[j]) span[j] = d;
    // Stryker disable next-line EqualityOperator: equivalent, on a tie both hold the same day
    if (d > span[j + 1]) span[j + 1] = d;
  }
  return { span, lastOrderDay };
}

/**
 * Where pass 2 writes: cohort c, period k is cell rowStart[c] + k of a flat array.
 * periodOf[d − lo] is the period (counted from the first cohort's) of day d, for d in [lo, endDay].
 */
export interface CellLayout {
  cohortOf: Int32Array;
  rowStart: Int32Array;
  periodOf: Int32Array;
  lo: number;
  endDay: number;
  periods: number;
  cells: number;
}

/** A CellLayout plus the period index of the first cohort and the cohort sizes. */
export interface CohortLayout extends CellLayout {
  baseIndex: number;
  size: Int32Array;
}

/**
 * Cohort of every customer whose first purchase is in [from, endDay] (−1 for the others),
 * cohort sizes, and where each non-empty cohort's row starts; null when no customer is shown.
 * `span[2c]` is customer c's first purchase day (see firstPass).
 * @example cellLayout(firstPass(table, NONE, false).span, -NONE, lastDay, 'month', 'monday')?.periods // 36
 */
export function cellLayout(
  span: Int32Array,
  from: number,
  endDay: number,
  period: Period,
  weekStart: WeekStart,
): CohortLayout | null {
  const customers = span.length / 2;
  let firstShown = NONE;
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let c = 0; c < customers; c++) {
    const f = span[2 * c];
    if (f >= from && f <= endDay && f < firstShown) firstShown = f;
  }
  if (firstShown === NONE) return null;
  const baseIndex = periodIndex(firstShown, period, weekStart);
  const lo = periodStartOfIndex(baseIndex, period, weekStart);
  const periodOf = periodIndexTable(lo, endDay, period, weekStart);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let j = 0; j < periodOf.length; j++) periodOf[j] -= baseIndex;
  const periods = periodOf[endDay - lo] + 1;

  const cohortOf = new Int32Array(customers).fill(-1);
  const size = new Int32Array(periods);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let c = 0; c < customers; c++) {
    const f = span[2 * c];
    if (f >= from && f <= endDay) {
      cohortOf[c] = periodOf[f - lo];
      size[cohortOf[c]]++;
    }
  }
  const rowStart = new Int32Array(periods);
  let cells = 0;
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let co = 0; co < periods; co++) {
    rowStart[co] = cells;
    if (size[co] > 0) cells += periods - co;
  }
  return { cohortOf, rowStart, periodOf, lo, endDay, periods, cells, baseIndex, size };
}

/** Bitsets larger than this many 32-bit words (64 MB) give way to a counting sort. */
export const MAX_BITSET_WORDS = 16_000_000;

/**
 * "On" counts: each customer counts once in every period where they made a purchase.
 * (customer, period) pairs are deduped with a bitset per customer over their row; when that
 * would exceed `maxBitsetWords`, the purchases are bucketed by period first (a counting sort)
 * and a per-customer "last period counted" stamp dedupes.
 * @example onCounts(table, layout, false) // Int32Array of the active counts, cell by cell
 */
export function onCounts(table: OrderTable, layout: CellLayout, includeRefunds: boolean, maxBitsetWords = MAX_BITSET_WORDS): Int32Array {
  const words = (layout.periods + 31) >>> 5;
  // Stryker disable next-line all: equivalent; both paths give the same counts (passes.test.ts), the choice only bounds memory
  return table.customerIds.length * (words + 1) <= maxBitsetWords
    ? onCountsBitset(table, layout, includeRefunds, words)
    : onCountsSorted(table, layout, includeRefunds);
}

function onCountsBitset(table: OrderTable, layout: CellLayout, includeRefunds: boolean, words: number): Int32Array {
  const { customer, day, amount } = table;
  const { cohortOf, rowStart, periodOf, lo, endDay } = layout;
  const active = new Int32Array(layout.cells);
  // Per customer, side by side (one cache line): the cohort, then a bit per period of the row.
  const stride = words + 1;
  const state = new Int32Array(cohortOf.length * stride);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let c = 0; c < cohortOf.length; c++) state[c * stride] = cohortOf[c];
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let i = 0; i < table.count; i++) {
    const d = day[i];
    if (d < lo || d > endDay || (!includeRefunds && !(amount[i] > 0))) continue;
    const at = customer[i] * stride;
    const co = state[at];
    if (co < 0) continue;
    const k = periodOf[d - lo] - co;
    const w = at + 1 + (k >>> 5);
    const bit = 1 << (k & 31);
    // Branch-free: add 1 only when the bit was not yet set.
    active[rowStart[co] + k] += ((state[w] & bit) >>> (k & 31)) ^ 1;
    state[w] |= bit;
  }
  return active;
}

function onCountsSorted(table: OrderTable, layout: CellLayout, includeRefunds: boolean): Int32Array {
  const { customer, day, amount } = table;
  const { cohortOf, rowStart, periodOf, lo, endDay, periods } = layout;
  const counted = (i: number): boolean => {
    const d = day[i];
    return d >= lo && d <= endDay && (includeRefunds || amount[i] > 0) && cohortOf[customer[i]] >= 0;
  };
  // Counting sort of the counted purchases by period.
  const next = new Int32Array(periods + 1);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let i = 0; i < table.count; i++) if (counted(i)) next[periodOf[day[i] - lo] + 1]++;
  for (let p = 1; p <= periods; p++) next[p] += next[p - 1];
  const order = new Int32Array(next[periods]);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let i = 0; i < table.count; i++) if (counted(i)) order[next[periodOf[day[i] - lo]]++] = i;

  const active = new Int32Array(layout.cells);
  const countedPeriod = new Int32Array(table.customerIds.length).fill(-1);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let j = 0; j < order.length; j++) {
    const i = order[j];
    const c = customer[i];
    const p = periodOf[day[i] - lo];
    if (countedPeriod[c] === p) continue;
    countedPeriod[c] = p;
    const co = cohortOf[c];
    active[rowStart[co] + p - co]++;
  }
  return active;
}

/**
 * "On or after" counts: a customer is active in periods 0…(period of their last purchase − cohort).
 * @example onOrAfterCounts(layout, firstPass(table, NONE, false).span) // Int32Array of the active counts, cell by cell
 */
export function onOrAfterCounts(layout: CellLayout, span: Int32Array): Int32Array {
  const { cohortOf, rowStart, periodOf, lo, periods } = layout;
  const active = new Int32Array(layout.cells);
  // Count where each customer stops, then sum each row from the right.
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let c = 0; c < cohortOf.length; c++) {
    const co = cohortOf[c];
    if (co >= 0) active[rowStart[co] + periodOf[span[2 * c + 1] - lo] - co]++;
  }
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let co = 0; co < periods; co++) {
    const end = co + 1 < periods ? rowStart[co + 1] : layout.cells;
    for (let cell = end - 2; cell >= rowStart[co]; cell--) active[cell] += active[cell + 1];
  }
  return active;
}

/**
 * Net revenue of every order (refunds included) of the cohorts' customers, per cell.
 * Orders dated before their customer's cohort period (a refund before the first purchase) have no cell.
 * @example revenueCells(table, layout) // Float64Array of net revenue, cell by cell
 */
export function revenueCells(table: OrderTable, layout: CellLayout): Float64Array {
  const { customer, day, amount } = table;
  const { cohortOf, rowStart, periodOf, lo, endDay } = layout;
  const revenue = new Float64Array(layout.cells);
  // Stryker disable next-line EqualityOperator: equivalent, a loop bound (see the top)
  for (let i = 0; i < table.count; i++) {
    const d = day[i];
    if (d < lo || d > endDay) continue;
    const co = cohortOf[customer[i]];
    if (co < 0) continue;
    const k = periodOf[d - lo] - co;
    if (k >= 0) revenue[rowStart[co] + k] += amount[i];
  }
  return revenue;
}
