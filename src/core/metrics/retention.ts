/**
 * CRR and CHURN on orders (DESIGN.md "Definitions"). For a period [start, end) and an activity
 * window of W days (default: the period's own length):
 * - S = customers with a purchase in [start − W, start);
 * - E = customers with a purchase in [end − W, end);
 * - N = customers whose first purchase ever falls in [start, end).
 * A purchase is an order with net amount > 0 (every order with `includeRefunds`).
 * Uses every order of the table: the windows may reach before the period, and "first purchase"
 * looks at the whole history.
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

/** |S|, |E|, |N| and |S \ E|. */
export interface RetentionCounts {
  start: number;
  end: number;
  new: number;
  lost: number;
}

/**
 * Sizes of the sets S, E, N and S \ E for a period, in one pass over the orders.
 * @example retentionCounts(table, { startDay: dayFromCivil(2024, 2, 1), endDayExclusive: dayFromCivil(2024, 3, 1) })
 *   // { start: 40, end: 38, new: 6, lost: 10 }
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
  const counts: RetentionCounts = { start: 0, end: 0, new: 0, lost: 0 };
  for (let c = 0; c < customers; c++) {
    counts.start += inStart[c];
    counts.end += inEnd[c];
    if (first[c] >= startDay && first[c] < endDayExclusive) counts.new++;
    if (inStart[c] === 1 && inEnd[c] === 0) counts.lost++;
  }
  return counts;
}

/**
 * Customer retention rate (E − N) / S of a period. Throws MetricError `no_start_customers` when S is empty.
 * @example crr(table, { startDay: dayFromCivil(2024, 2, 1), endDayExclusive: dayFromCivil(2024, 3, 1) }) // 0.8
 */
export function crr(table: OrderTable, options: RetentionOptions): number {
  const c = retentionCounts(table, options);
  return crrFromCounts(c.start, c.end, c.new);
}

/**
 * Churn |S \ E| / S of a period. Throws MetricError `no_start_customers` when S is empty.
 * @example churn(table, { startDay: dayFromCivil(2024, 2, 1), endDayExclusive: dayFromCivil(2024, 3, 1) }) // 0.25
 */
export function churn(table: OrderTable, options: RetentionOptions): number {
  const c = retentionCounts(table, options);
  return churnFromCounts(c.start, c.lost);
}
