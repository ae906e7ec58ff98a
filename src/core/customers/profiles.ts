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
import { buyerOrder, purchaseDays, type PurchaseDays } from './purchaseDays';
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
 * What the profiles are made of, kept in columns so a custom function over 100,000 rows builds no
 * object per customer: the purchase days, the shop's gap medians, the valuable threshold, and the
 * buyers' indexes in the list's order.
 */
export interface CustomerFacts {
  asOfDay: number;
  days: PurchaseDays;
  gaps: GapStats;
  /** The net spend a customer needs to be valuable (null without buyers). */
  valuableFrom: number | null;
  /** Indexes of the customers with a purchase day, by net spend (largest first), then by id. */
  order: Int32Array;
}

/**
 * The columns the profiles are computed from (see CustomerFacts).
 * @example customerFacts(table, { asOfDay }).order[0] // index of the customer who spent most
 */
export function customerFacts(table: OrderTable, options: ProfileOptions): CustomerFacts {
  const { asOfDay } = options;
  const days = purchaseDays(table, asOfDay, options.includeRefunds === true);
  const gaps = gapStats(days);
  const order = buyerOrder(days, table.customerIds);
  // The buyers are ranked by spend, largest first: read backwards, their spends are ascending.
  const spends = new Float64Array(order.length);
  for (let k = 0; k < order.length; k++) spends[k] = days.spend[order[order.length - 1 - k]];
  const valuableFrom = order.length === 0 ? null : nearestRank(spends, VALUABLE_PERCENTILE);
  return { asOfDay, days, gaps, valuableFrom, order };
}

/**
 * Customer c's expected next purchase: the last purchase day plus the shop's expected gap after
 * their number of purchase days (gaps.ts); null when the shop has no gap at all.
 * @example expectedNextOf(facts, facts.order[0]) // a day number
 */
export function expectedNextOf(facts: CustomerFacts, c: number): number | null {
  const { offset, days } = facts.days;
  const gap = expectedGap(facts.gaps, offset[c + 1] - offset[c]);
  return gap === null ? null : days[offset[c + 1] - 1] + gap;
}

/**
 * Customer c's status by the one rule (status.ts).
 * @example statusOf(facts, facts.order[0]) // 'active'
 */
export function statusOf(facts: CustomerFacts, c: number): CustomerStatus {
  const { offset, days } = facts.days;
  const count = offset[c + 1] - offset[c];
  return customerStatus(count, facts.asOfDay - days[offset[c + 1] - 1], expectedGap(facts.gaps, count));
}

/**
 * Calls `visit` with the profile of every customer with a purchase up to `asOfDay`, in the list's
 * order (net spend, largest first, then id), and returns the facts they come from. The object
 * passed is reused from one customer to the next: copy what you keep (one object per customer
 * then, not two, when the caller builds its own row). `facts`: customerFacts(table, options), when
 * the caller has them already.
 * @example visitProfiles(table, { asOfDay }, (p) => rows.push({ id: p.id, status: p.status }))
 */
export function visitProfiles(
  table: OrderTable,
  options: ProfileOptions,
  visit: (profile: Readonly<CustomerProfile>) => void,
  facts: CustomerFacts = customerFacts(table, options),
): CustomerFacts {
  const { asOfDay } = options;
  const { days: p, valuableFrom, order } = facts;
  if (valuableFrom === null) return facts;

  const segments = new Array<RfmSegment>(table.customerIds.length);
  const rfm = rfmColumns(table, { to: asOfDay, asOfDay, includeRefunds: options.includeRefunds === true });
  for (let i = 0; i < rfm.customer.length; i++) segments[rfm.customer[i]] = rfmSegment(rfm.r[i], rfm.f[i]);

  const profile: CustomerProfile = {
    index: 0, id: '', firstPurchase: 0, lastPurchase: 0, purchaseDays: 0, purchases: 0, spend: 0, aov: null, usualInterval: null,
    daysSinceLast: 0, expectedNext: null, status: 'new', segment: segments[order[0]], valuable: false, cohort: '',
  };
  const usual = usualIntervals(p);
  const cohorts = new Map<number, string>(); // first-purchase day → `YYYY-MM`, one text per month
  const cohortOf = (day: number): string => {
    const monthStart = day - civilFromDay(day).day;
    let label = cohorts.get(monthStart);
    if (label === undefined) cohorts.set(monthStart, (label = cohortLabel(day)));
    return label;
  };
  for (let k = 0; k < order.length; k++) {
    const c = order[k];
    const start = p.offset[c];
    const end = p.offset[c + 1];
    const count = end - start;
    const usualInterval = Number.isNaN(usual[c]) ? null : usual[c];
    const first = p.days[start];
    const last = p.days[end - 1];
    const gap = expectedGap(facts.gaps, count);
    profile.index = c;
    profile.id = table.customerIds[c];
    profile.firstPurchase = first;
    profile.lastPurchase = last;
    profile.purchaseDays = count;
    profile.purchases = p.purchases[c];
    profile.spend = p.spend[c];
    profile.aov = customerAov(p.purchases[c], p.spend[c]);
    profile.usualInterval = usualInterval;
    profile.daysSinceLast = asOfDay - last;
    profile.expectedNext = gap === null ? null : last + gap; // expectedNextOf, the gap looked up once
    profile.status = customerStatus(count, asOfDay - last, gap); // statusOf
    profile.segment = segments[c];
    profile.valuable = p.spend[c] >= valuableFrom;
    profile.cohort = cohortOf(first);
    visit(profile);
  }
  return facts;
}

/**
 * Each customer's usual interval, the median of their own gaps between purchase days (NaN below two
 * days), in customer order: one walk through the purchase days from start to end.
 */
function usualIntervals(p: PurchaseDays): Float64Array {
  const n = p.offset.length - 1;
  const usual = new Float64Array(n).fill(NaN);
  let scratch = new Int32Array(64); // one customer's gaps, reused
  for (let c = 0; c < n; c++) {
    const start = p.offset[c];
    const end = p.offset[c + 1];
    const count = end - start;
    if (count < 2) continue;
    if (scratch.length < count) scratch = new Int32Array(2 * count);
    for (let k = start + 1; k < end; k++) scratch[k - start - 1] = p.days[k] - p.days[k - 1];
    sortRange(scratch, 0, count - 1);
    const mid = (count - 1) >> 1;
    usual[c] = (count - 1) % 2 === 1 ? scratch[mid] : (scratch[mid - 1] + scratch[mid]) / 2;
  }
  return usual;
}

/** The acquisition cohort of a first purchase on `day`: its month, `YYYY-MM`. */
function cohortLabel(day: number): string {
  const { year, month } = civilFromDay(day);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** A customer's AOV, as `aov` (metrics/orders.ts) gives it for one customer's totals. */
function customerAov(purchases: number, spend: number): number | null {
  return aov({ customers: 1, repeatCustomers: 0, purchases, netRevenue: spend, spanDays: 0 });
}

/**
 * The profiles of every customer with a purchase up to `asOfDay`.
 * @example customerProfiles(table, { asOfDay: dayOfIso('2024-05-12')! }).customers[0] // { id: 'X', status: 'overdue', … }
 */
export function customerProfiles(table: OrderTable, options: ProfileOptions): Profiles {
  const customers: CustomerProfile[] = [];
  const facts = visitProfiles(table, options, (p) => customers.push(copyProfile(p)));
  return { asOfDay: options.asOfDay, customers, gaps: facts.gaps, valuableFrom: facts.valuableFrom, days: facts.days };
}

/** A profile's own copy, field by field (an object spread is much slower in V8 for 100,000 rows). */
function copyProfile(p: Readonly<CustomerProfile>): CustomerProfile {
  return {
    index: p.index,
    id: p.id,
    firstPurchase: p.firstPurchase,
    lastPurchase: p.lastPurchase,
    purchaseDays: p.purchaseDays,
    purchases: p.purchases,
    spend: p.spend,
    aov: p.aov,
    usualInterval: p.usualInterval,
    daysSinceLast: p.daysSinceLast,
    expectedNext: p.expectedNext,
    status: p.status,
    segment: p.segment,
    valuable: p.valuable,
    cohort: p.cohort,
  };
}
