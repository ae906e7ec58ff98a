/**
 * CRR and CHURN on orders (docs/METRICS.md). For a period [start, end)
 * and an activity window of W days (default: the period's own length):
 * - S = customers with a purchase in [start − W, start) (customers at the start);
 * - A = customers with a purchase in [end − W, end) (active at the end);
 * - N = customers whose first purchase ever falls in [start, end) (new);
 * - kept = S ∩ A, lost = S \ A, won back = A \ (S ∪ N): back after a break, counted apart;
 * - E = kept ∪ N, the customers at the end as the seed formula CRR = (E − N) / S means them,
 *   so E − N = kept, CRR = kept / S and CRR + CHURN = 1.
 * A purchase is an order with net amount > 0 (every order with `includeRefunds`).
 * Uses every order of the table: the windows may reach before the period, and "first purchase"
 * looks at the whole history.
 *
 * retentionCounts is the one place these counts are made and crr/churn the one place they become
 * rates: the custom functions, metricsSummary (the runner's `metrics`) and the weekly e-mail's figures all call them.
 */
import type { OrderTable } from '../types';
import { MetricError } from './errors';
import { crrFromCounts, churnFromCounts } from './numeric';

/** A period [startDay, endDayExclusive) of day numbers and how activity is measured. */
export interface RetentionOptions {
  startDay: number;
  endDayExclusive: number;
  /** Activity window W in days; default: endDayExclusive − startDay. */
  windowDays?: number;
  /** Count every order as a purchase, refunds included. */
  includeRefunds?: boolean;
}

/**
 * The counts behind CRR and CHURN. Always end = kept + new and lost = start − kept; won-back
 * customers are in none of start, end, new, lost and kept.
 */
export interface RetentionCounts {
  /** |S|: customers with a purchase in the window before the period. */
  start: number;
  /** |E| = kept + new. */
  end: number;
  /** |N|: first purchase ever in the period. */
  new: number;
  /** |S \ A| = start − kept. */
  lost: number;
  /** |S ∩ A|: customers at the start who bought again in the window ending with the period. */
  kept: number;
  /** |A \ (S ∪ N)|: active at the end, not a customer at the start and not new. */
  wonBack: number;
}

/**
 * The counts of a period (see RetentionCounts), in one pass over the orders.
 * @example retentionCounts(table, { startDay: dayFromCivil(2024, 2, 1), endDayExclusive: dayFromCivil(2024, 3, 1) })
 *   // { start: 40, end: 38, new: 6, lost: 8, kept: 32, wonBack: 3 }
 */
export function retentionCounts(table: OrderTable, options: RetentionOptions): RetentionCounts {
  const { startDay, endDayExclusive } = options;
  if (!(endDayExclusive > startDay)) {
    throw new MetricError('invalid_period', { name: `${startDay}..${endDayExclusive}` });
  }
  const w = options.windowDays ?? endDayExclusive - startDay;
  if (!Number.isInteger(w) || w < 1) throw new MetricError('invalid_window', { value: w });
  const includeRefunds = options.includeRefunds === true;
  const customers = table.customerIds.length;
  const first = new Int32Array(customers).fill(0x7fffffff);
  const inStart = new Uint8Array(customers);
  const inEnd = new Uint8Array(customers);
  const { customer, day, amount } = table;
  for (let i = 0; i < table.count; i++) {
    if (!includeRefunds && !(amount[i] > 0)) continue;
    const c = customer[i];
    const d = day[i];
    if (d < first[c]) first[c] = d;
    if (d >= startDay - w && d < startDay) inStart[c] = 1;
    if (d >= endDayExclusive - w && d < endDayExclusive) inEnd[c] = 1;
  }
  let start = 0;
  let kept = 0;
  let fresh = 0;
  let wonBack = 0;
  for (let c = 0; c < customers; c++) {
    const isNew = first[c] >= startDay && first[c] < endDayExclusive;
    if (isNew) fresh++;
    if (inStart[c] === 1) {
      start++;
      kept += inEnd[c];
    } else if (inEnd[c] === 1 && !isNew) {
      wonBack++;
    }
  }
  // A customer at the start bought before the period, so is never new: kept and N are disjoint.
  return { start, end: kept + fresh, new: fresh, lost: start - kept, kept, wonBack };
}

/**
 * Customer retention rate (E − N) / S = kept / S of a period's counts, from 0 to 1; null when
 * nobody was a customer at the start.
 * @example crr(retentionCounts(table, { startDay: dayFromCivil(2024, 2, 1), endDayExclusive: dayFromCivil(2024, 3, 1) })) // 0.8
 */
export function crr(counts: RetentionCounts): number | null {
  return counts.start > 0 ? crrFromCounts(counts.start, counts.end, counts.new) : null;
}

/**
 * Churn |S \ A| / S = 1 − CRR of a period's counts; null when nobody was a customer at the start.
 * @example churn(retentionCounts(table, { startDay: dayFromCivil(2024, 2, 1), endDayExclusive: dayFromCivil(2024, 3, 1) })) // 0.2
 */
export function churn(counts: RetentionCounts): number | null {
  return counts.start > 0 ? churnFromCounts(counts.start, counts.lost) : null;
}
