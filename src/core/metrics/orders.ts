/**
 * The descriptive metrics, each defined once over the totals of a range (CustomerTotals), which
 * the cells, the e-mail and the runner all compute with customerTotals. The totals use the orders
 * dated in [from, to] (inclusive day numbers; either end may be left open):
 * - "customers" are the customers with at least one purchase in the range;
 * - "purchases" are the orders with net amount > 0 in the range (every order with `includeRefunds`);
 * - "net revenue" sums the amounts of every order in the range, refunds included, so a refund
 *   lowers revenue even when it makes nobody a customer.
 */
import type { OrderTable } from '../types';
import { MetricError } from './errors';

/** Which orders a metric uses: those dated in [from, to] (inclusive day numbers). */
export interface RangeOptions {
  from?: number;
  to?: number;
  /** Count every order as a purchase, refunds included. */
  includeRefunds?: boolean;
}

/** Totals over the customers of a range, the common ground of the descriptive metrics. */
export interface CustomerTotals {
  /** Customers with ≥ 1 purchase. */
  customers: number;
  /** Customers with ≥ 2 purchases. */
  repeatCustomers: number;
  purchases: number;
  /** Sum of every order's amount in the range, refunds included. */
  netRevenue: number;
  /** Sum over customers of (last purchase day − first purchase day). */
  spanDays: number;
}

/** Days per unit of AVG_RETENTION_PERIOD: a month is 365.2425 / 12 days, a year 365.2425 (the Gregorian mean). */
export const DAYS_PER_UNIT = { day: 1, week: 7, month: 365.2425 / 12, year: 365.2425 } as const;

/** Unit of a duration. */
export type DurationUnit = keyof typeof DAYS_PER_UNIT;

/**
 * Totals over the customers with a purchase in the range, in one pass over the orders.
 * @example customerTotals(table, { from: dayFromCivil(2024, 1, 1), to: dayFromCivil(2024, 12, 31) })
 *   // { customers: 120, repeatCustomers: 49, purchases: 204, netRevenue: 7935.6, spanDays: 4104 }
 */
export function customerTotals(table: OrderTable, range: RangeOptions = {}): CustomerTotals {
  const from = range.from ?? -Infinity;
  const to = range.to ?? Infinity;
  if (from > to) throw new MetricError('invalid_period', { name: 'from > to' });
  const includeRefunds = range.includeRefunds === true;
  const n = table.customerIds.length;
  const first = new Int32Array(n).fill(0x7fffffff);
  const last = new Int32Array(n).fill(-0x80000000);
  const count = new Int32Array(n);
  const totals: CustomerTotals = { customers: 0, repeatCustomers: 0, purchases: 0, netRevenue: 0, spanDays: 0 };
  const { customer, day, amount } = table;
  for (let i = 0; i < table.count; i++) {
    const d = day[i];
    if (d < from || d > to) continue;
    totals.netRevenue += amount[i];
    if (!includeRefunds && !(amount[i] > 0)) continue;
    const c = customer[i];
    count[c]++;
    if (d < first[c]) first[c] = d;
    if (d > last[c]) last[c] = d;
  }
  for (let c = 0; c < n; c++) {
    if (count[c] === 0) continue;
    totals.customers++;
    if (count[c] >= 2) totals.repeatCustomers++;
    totals.purchases += count[c];
    totals.spanDays += last[c] - first[c];
  }
  return totals;
}

/**
 * Historic CLV: net revenue per customer × margin (what an average customer brought in so far);
 * null without customers.
 * @example historicClv(customerTotals(table, { from, to }), 0.4) // 0.4 × net revenue / customers
 */
export function historicClv(t: CustomerTotals, margin = 1): number | null {
  return t.customers > 0 ? (t.netRevenue / t.customers) * margin : null;
}

/**
 * Mean over customers of (last purchase − first purchase), in days or in the unit given; one-time
 * buyers count 0; null without customers.
 * @example avgRetentionPeriod(customerTotals(table), 'week') // mean span in weeks
 */
export function avgRetentionPeriod(t: CustomerTotals, unit: DurationUnit = 'day'): number | null {
  return t.customers > 0 ? t.spanDays / t.customers / DAYS_PER_UNIT[unit] : null;
}

/**
 * Share of customers with at least two purchases; null without customers.
 * @example repeatPurchaseRate(customerTotals(table)) // 0.41
 */
export function repeatPurchaseRate(t: CustomerTotals): number | null {
  return t.customers > 0 ? t.repeatCustomers / t.customers : null;
}

/**
 * Average order value: net revenue (refunds subtract) / number of purchases; null without purchases.
 * @example aov(customerTotals(table)) // 38.9
 */
export function aov(t: CustomerTotals): number | null {
  return t.purchases > 0 ? t.netRevenue / t.purchases : null;
}

/**
 * Purchases per customer; null without customers.
 * @example purchaseFrequency(customerTotals(table)) // 1.7
 */
export function purchaseFrequency(t: CustomerTotals): number | null {
  return t.customers > 0 ? t.purchases / t.customers : null;
}

/**
 * Mean gap in days between consecutive purchases of the same customer, pooled over every gap of
 * every customer (what `AVG(day − LAG(day))` per customer gives). The gaps of one customer sum to
 * last − first, so this is Σ(last − first) / Σ(purchases − 1). Two purchases on one day are a gap
 * of 0. Null when nobody bought twice.
 * @example avgDaysBetweenPurchases(customerTotals(table)) // 41.3
 */
export function avgDaysBetweenPurchases(t: CustomerTotals): number | null {
  return t.repeatCustomers > 0 ? t.spanDays / (t.purchases - t.customers) : null;
}
