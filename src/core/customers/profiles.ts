/**
 * One profile per customer who bought up to the as-of day: first and last purchase, purchases,
 * net spend, AOV, their own usual interval, days since the last purchase, the expected next
 * purchase, the status, the RFM segment and whether they are valuable. Rules: docs/CUSTOMERS.md.
 */
import { civilFromDay } from '../days';
import { aov } from '../metrics/orders';
import { rfmColumns, rfmSegment, type RfmSegment } from '../metrics/rfm';
import type { OrderTable } from '../types';
import { expectedGap, gapStats, type GapStats } from './gaps';
import { nearestRank, sortRange } from './median';
import { purchaseDays, type PurchaseDays } from './purchaseDays';
import { customerStatus, type CustomerStatus } from './status';

/** Valuable: net spend at least this percentile (nearest rank) over every buyer. */
export const VALUABLE_PERCENTILE = 0.75;

export interface CustomerProfile {
  /** Index into table.customerIds. */
  index: number;
  id: string;
  /** Day numbers. */
  firstPurchase: number;
  lastPurchase: number;
  /** Distinct days with a purchase. */
  purchaseDays: number;
  /** Orders counted as purchases. */
  purchases: number;
  /** Net amount of every order up to the as-of day (refunds subtract). */
  spend: number;
  aov: number | null;
  /** Median of the customer's own gaps between purchase days; null below two purchase days. */
  usualInterval: number | null;
  daysSinceLast: number;
  /** Day number of the expected next purchase; null when the shop has no gap at all. */
  expectedNext: number | null;
  status: CustomerStatus;
  segment: RfmSegment;
  valuable: boolean;
  /** Acquisition cohort: the month of the first purchase, `YYYY-MM`. */
  cohort: string;
}

export interface ProfileOptions {
  asOfDay: number;
  includeRefunds?: boolean;
}

export interface Profiles {
  asOfDay: number;
  /** Sorted by net spend, largest first, then by id. */
  customers: CustomerProfile[];
  gaps: GapStats;
  /** The net spend a customer needs to be valuable (null without buyers). */
  valuableFrom: number | null;
  days: PurchaseDays;
}

/**
 * The profiles of every customer with a purchase up to `asOfDay`.
 * @example customerProfiles(table, { asOfDay: dayOfIso('2024-05-12')! }).customers[0] // { id: 'X', status: 'overdue', … }
 */
export function customerProfiles(table: OrderTable, options: ProfileOptions): Profiles {
  const { asOfDay } = options;
  const includeRefunds = options.includeRefunds === true;
  const p = purchaseDays(table, asOfDay, includeRefunds);
  const gaps = gapStats(p);
  const n = table.customerIds.length;
  const spends: number[] = [];
  for (let c = 0; c < n; c++) if (p.offset[c + 1] > p.offset[c]) spends.push(p.spend[c]);
  if (spends.length === 0) return { asOfDay, customers: [], gaps, valuableFrom: null, days: p };
  spends.sort((a, b) => a - b);
  const valuableFrom = nearestRank(spends, VALUABLE_PERCENTILE);

  const segments = new Array<RfmSegment>(n);
  const rfm = rfmColumns(table, { to: asOfDay, asOfDay, includeRefunds });
  for (let i = 0; i < rfm.customer.length; i++) segments[rfm.customer[i]] = rfmSegment(rfm.r[i], rfm.f[i]);

  const customers: CustomerProfile[] = [];
  let scratch = new Int32Array(64); // one customer's gaps, reused
  for (let c = 0; c < n; c++) {
    const start = p.offset[c];
    const end = p.offset[c + 1];
    const count = end - start;
    if (count === 0) continue;
    const first = p.days[start];
    const last = p.days[end - 1];
    let usualInterval: number | null = null;
    if (count >= 2) {
      if (scratch.length < count) scratch = new Int32Array(2 * count);
      for (let k = start + 1; k < end; k++) scratch[k - start - 1] = p.days[k] - p.days[k - 1];
      sortRange(scratch, 0, count - 1);
      const mid = (count - 1) >> 1;
      usualInterval = (count - 1) % 2 === 1 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
    }
    const gap = expectedGap(gaps, count);
    const since = asOfDay - last;
    const { year, month } = civilFromDay(first);
    customers.push({
      index: c,
      id: table.customerIds[c],
      firstPurchase: first,
      lastPurchase: last,
      purchaseDays: count,
      purchases: p.purchases[c],
      spend: p.spend[c],
      aov: aov({ customers: 1, repeatCustomers: 0, purchases: p.purchases[c], netRevenue: p.spend[c], spanDays: 0 }),
      usualInterval,
      daysSinceLast: since,
      expectedNext: gap === null ? null : last + gap,
      status: customerStatus(count, since, gap),
      segment: segments[c],
      valuable: p.spend[c] >= valuableFrom,
      cohort: `${year}-${String(month).padStart(2, '0')}`,
    });
  }
  customers.sort(bySpend);
  return { asOfDay, customers, gaps, valuableFrom, days: p };
}

/** Net spend, largest first, then id. */
function bySpend(a: { spend: number; id: string }, b: { spend: number; id: string }): number {
  return b.spend - a.spend || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
