/**
 * The win-back list of the weekly e-mail: valuable customers whose gap since their last purchase is
 * well past their usual interval. Precisely (docs/EMAIL.md), on the orders up to `asOfDay`:
 * - purchase days are the distinct days with a purchase (net amount > 0);
 * - a customer needs at least 3 purchase days (two gaps), so "usual" is not one accident;
 * - usual interval U = the median gap between consecutive purchase days;
 * - days since D = asOfDay − last purchase day; overdue when D ≥ 2·U and D ≥ U + 14, and D ≤ 365
 *   (longer gone is lost, not lapsing);
 * - valuable: net revenue to date (refunds subtract) at least the 75th percentile (nearest rank)
 *   over every customer with a purchase up to asOfDay;
 * - sorted by net revenue to date, largest first (ties by id), at most `limit`.
 */
import { isoOfDay } from '../days';
import type { OrderTable } from '../types';

export interface WinBackCustomer {
  id: string;
  /** Net revenue of the customer up to asOfDay. */
  netRevenue: number;
  /** Distinct purchase days. */
  purchaseDays: number;
  /** Last purchase, `YYYY-MM-DD`. */
  lastPurchase: string;
  /** Median days between consecutive purchase days. */
  usualInterval: number;
  daysSince: number;
}

export interface WinBackOptions {
  asOfDay: number;
  limit?: number;
  includeRefunds?: boolean;
}

/** Minimum distinct purchase days, overdue factor and margin, longest gap still listed. */
export const WIN_BACK_RULES = { minPurchaseDays: 3, factor: 2, marginDays: 14, maxDaysSince: 365, percentile: 0.75 } as const;

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
 * The customers to win back as of `asOfDay` (rules above).
 * @example winBackList(table, { asOfDay: dayOfIso('2024-05-12')! })[0] // { id: 'C-17', usualInterval: 14, daysSince: 45, … }
 */
export function winBackList(table: OrderTable, options: WinBackOptions): WinBackCustomer[] {
  const { asOfDay, limit = 10, includeRefunds = false } = options;
  const n = table.customerIds.length;
  const revenue = new Float64Array(n);
  const count = new Int32Array(n);
  const { customer, day, amount } = table;
  const isPurchase = (i: number) => day[i] <= asOfDay && (includeRefunds || amount[i] > 0);
  for (let i = 0; i < table.count; i++) {
    if (day[i] > asOfDay) continue;
    revenue[customer[i]] += amount[i];
    if (isPurchase(i)) count[customer[i]]++;
  }
  // Purchase days grouped by customer (offsets into one array), then sorted per customer.
  const offset = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) offset[c + 1] = offset[c] + count[c];
  const days = new Int32Array(offset[n]);
  const fill = offset.slice(0, n);
  for (let i = 0; i < table.count; i++) if (isPurchase(i)) days[fill[customer[i]]++] = day[i];

  const buyers: number[] = [];
  for (let c = 0; c < n; c++) if (count[c] > 0) buyers.push(revenue[c]);
  if (buyers.length === 0) return [];
  buyers.sort((a, b) => a - b);
  const threshold = buyers[Math.ceil(WIN_BACK_RULES.percentile * buyers.length) - 1];

  const list: WinBackCustomer[] = [];
  for (let c = 0; c < n; c++) {
    if (count[c] < WIN_BACK_RULES.minPurchaseDays || revenue[c] < threshold) continue;
    const own = days.subarray(offset[c], offset[c + 1]).sort();
    const distinct = own.filter((d, i) => i === 0 || d !== own[i - 1]);
    if (distinct.length < WIN_BACK_RULES.minPurchaseDays) continue;
    const gaps = new Int32Array(distinct.length - 1);
    for (let i = 1; i < distinct.length; i++) gaps[i - 1] = distinct[i] - distinct[i - 1];
    const usual = medianOfSorted(gaps.sort());
    const last = distinct[distinct.length - 1];
    const since = asOfDay - last;
    const overdue = since >= WIN_BACK_RULES.factor * usual && since >= usual + WIN_BACK_RULES.marginDays;
    if (!overdue || since > WIN_BACK_RULES.maxDaysSince) continue;
    list.push({
      id: table.customerIds[c],
      netRevenue: revenue[c],
      purchaseDays: distinct.length,
      lastPurchase: isoOfDay(last),
      usualInterval: usual,
      daysSince: since,
    });
  }
  list.sort((a, b) => b.netRevenue - a.netRevenue || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return list.slice(0, limit);
}
