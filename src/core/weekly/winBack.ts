/**
 * The win-back list of the weekly e-mail: the valuable customers whose status is `overdue` or
 * `lapsed` by the one status rule of the Customers sheet (src/core/customers/status.ts), on the
 * orders up to `asOfDay` (docs/EMAIL.md, docs/CUSTOMERS.md):
 * - valuable: net spend to date (refunds subtract) at least the 75th percentile (nearest rank)
 *   over every customer with a purchase up to asOfDay;
 * - in the Customers sheet's order (net spend, largest first, ties by id), at most `limit`.
 * So the e-mail's list is exactly the Customers sheet's overdue and lapsed valuable customers.
 */
import { customerProfiles, type CustomerStatus } from '../customers';
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
  /** The expected next purchase, `YYYY-MM-DD` (the shop's median gap after this many purchase days); null when nobody in the shop bought twice. */
  expectedNext: string | null;
  status: Extract<CustomerStatus, 'overdue' | 'lapsed'>;
  daysSince: number;
}

export interface WinBackOptions {
  asOfDay: number;
  limit?: number;
  includeRefunds?: boolean;
}

/**
 * The customers to win back as of `asOfDay` (rules above).
 * @example winBackList(table, { asOfDay: dayOfIso('2024-06-30')! })[0] // { id: 'B5', status: 'lapsed', … }
 */
export function winBackList(table: OrderTable, options: WinBackOptions): WinBackCustomer[] {
  const { asOfDay, limit = 10, includeRefunds = false } = options;
  const list: WinBackCustomer[] = [];
  for (const c of customerProfiles(table, { asOfDay, includeRefunds }).customers) {
    if (list.length >= limit) break;
    if (!c.valuable || (c.status !== 'overdue' && c.status !== 'lapsed')) continue;
    list.push({
      id: c.id,
      netRevenue: c.spend,
      purchaseDays: c.purchaseDays,
      lastPurchase: isoOfDay(c.lastPurchase),
      expectedNext: c.expectedNext === null ? null : isoOfDay(c.expectedNext),
      status: c.status,
      daysSince: c.daysSinceLast,
    });
  }
  return list;
}
