/**
 * Each customer's purchase days: the distinct days up to the as-of day with a purchase (an order
 * whose net amount is above 0; every order with `includeRefunds`), sorted, grouped by customer in
 * one array with offsets, so 1,000,000 orders cost a few typed arrays and no object per customer.
 */
import type { OrderTable } from '../types';
import { descendingThenById } from '../metrics/rfm';
import { sortRange } from './median';

/** Purchase days of customer c: days[offset[c] … offset[c + 1]), ascending and distinct. */
export interface PurchaseDays extends PurchaseTotals {
  offset: Int32Array;
  days: Int32Array;
}

/** Each customer's purchases (orders counted as purchases) and net spend up to the as-of day. */
export interface PurchaseTotals {
  /** Orders counted as purchases (several on one day count each). */
  purchases: Int32Array;
  /** Net amount of every order up to the as-of day, refunds subtracted. */
  spend: Float64Array;
}

/**
 * Purchases and net spend of every customer of the table, on the orders up to `asOfDay`: a
 * customer with purchases > 0 is a buyer (has a purchase day).
 * @example purchaseTotals(table, 19800).spend[0] // the first customer's net spend to that day
 */
export function purchaseTotals(table: OrderTable, asOfDay: number, includeRefunds = false): PurchaseTotals {
  const n = table.customerIds.length;
  const { customer, day, amount } = table;
  const purchases = new Int32Array(n);
  const spend = new Float64Array(n);
  for (let i = 0; i < table.count; i++) {
    if (day[i] > asOfDay) continue;
    spend[customer[i]] += amount[i];
    if (includeRefunds || amount[i] > 0) purchases[customer[i]]++;
  }
  return { purchases, spend };
}

/**
 * The buyers' indexes in the customer list's order: net spend, largest first, then id.
 * @example buyerOrder(purchaseTotals(table, asOf), table.customerIds)[0] // who spent most
 */
export function buyerOrder(totals: PurchaseTotals, ids: readonly string[]): Int32Array {
  const { purchases, spend } = totals;
  let count = 0;
  for (let c = 0; c < purchases.length; c++) if (purchases[c] > 0) count++;
  const buyers = new Int32Array(count);
  const spends = new Float64Array(count);
  for (let c = 0, k = 0; c < purchases.length; c++) {
    if (purchases[c] === 0) continue;
    buyers[k] = c;
    spends[k++] = spend[c];
  }
  const ranked = descendingThenById(spends, (k) => ids[buyers[k]]);
  const order = new Int32Array(count);
  for (let k = 0; k < count; k++) order[k] = buyers[ranked[k]];
  return order;
}

/**
 * The purchase days of every customer of the table, on the orders up to `asOfDay`.
 * @example purchaseDays(table, 19800).days.subarray(0, 2) // the first customer's purchase days
 */
export function purchaseDays(table: OrderTable, asOfDay: number, includeRefunds = false): PurchaseDays {
  const n = table.customerIds.length;
  const { customer, day, amount } = table;
  const { purchases, spend } = purchaseTotals(table, asOfDay, includeRefunds);
  const start = new Int32Array(n + 1);
  for (let c = 0; c < n; c++) start[c + 1] = start[c] + purchases[c];
  const all = new Int32Array(start[n]);
  const fill = start.slice(0, n);
  for (let i = 0; i < table.count; i++) {
    if (day[i] <= asOfDay && (includeRefunds || amount[i] > 0)) all[fill[customer[i]]++] = day[i];
  }
  // Sort each customer's days and drop repeats, compacting in place.
  const offset = new Int32Array(n + 1);
  let write = 0;
  for (let c = 0; c < n; c++) {
    offset[c] = write;
    const from = start[c];
    const to = start[c + 1];
    sortRange(all, from, to);
    for (let k = from; k < to; k++) {
      if (k > from && all[k] === all[k - 1]) continue;
      all[write++] = all[k];
    }
  }
  offset[n] = write;
  return { offset, days: all.subarray(0, write), purchases, spend };
}
