/**
 * Loyalty tiers by the owner's rules (docs/CUSTOMERS.md): tier names and thresholds, the basis
 * (net spend, refunds subtracted, or purchases) and the window (lifetime, the rolling 12 months
 * ending on the day, or the calendar year to the day; both ends included). A customer is in the
 * highest tier whose threshold their value reaches; below the lowest threshold, in none.
 */
import { civilFromDay, dayFromCivil } from '../days';
import type { OrderTable } from '../types';
import { CustomerError } from './errors';
import { nearestRank } from './median';

export interface TierRule {
  name: string;
  threshold: number;
}

export type TierBasis = 'spend' | 'orders';
export type TierWindow = 'lifetime' | '12m' | 'year';

export const TIER_BASES: readonly TierBasis[] = ['spend', 'orders'];
export const TIER_WINDOWS: readonly TierWindow[] = ['lifetime', '12m', 'year'];

export interface TierOptions {
  tiers: TierRule[];
  basis: TierBasis;
  window: TierWindow;
  includeRefunds?: boolean;
}

/**
 * Tier rules from text: `NAME:THRESHOLD` entries separated by commas, thresholds rising.
 * @example parseTiers('Member:0,Silver:500,Gold:2000') // [{ name: 'Member', threshold: 0 }, …]
 */
export function parseTiers(text: string): TierRule[] {
  const entries = text.split(',').map((e) => e.trim()).filter((e) => e !== '');
  const rules = entries.map((entry) => {
    const at = entry.lastIndexOf(':');
    if (at <= 0) throw new CustomerError('tier_entry', { entry });
    return { name: entry.slice(0, at).trim(), threshold: Number(entry.slice(at + 1).trim()), raw: entry.slice(at + 1).trim() };
  });
  for (const rule of rules) {
    if (rule.raw === '' || !Number.isFinite(rule.threshold)) throw new CustomerError('tier_threshold', { name: rule.name, value: rule.raw });
  }
  return checkTiers(rules.map(({ name, threshold }) => ({ name, threshold })));
}

/**
 * The rules themselves when they are usable: at least one tier, names different, thresholds
 * numbers of 0 or more and rising; else a CustomerError naming the tier to fix.
 * @example checkTiers([{ name: 'Gold', threshold: 100 }, { name: 'Silver', threshold: 50 }]) // throws tier_order
 */
export function checkTiers(rules: TierRule[]): TierRule[] {
  if (rules.length === 0) throw new CustomerError('no_tiers');
  const names = new Set<string>();
  rules.forEach((rule, i) => {
    if (rule.name === '') throw new CustomerError('tier_entry', { entry: `:${rule.threshold}` });
    const key = rule.name.toLowerCase();
    if (names.has(key)) throw new CustomerError('tier_name_twice', { name: rule.name });
    names.add(key);
    if (!Number.isFinite(rule.threshold) || rule.threshold < 0) throw new CustomerError('tier_threshold', { name: rule.name, value: String(rule.threshold) });
    if (i > 0 && !(rule.threshold > rules[i - 1].threshold)) {
      throw new CustomerError('tier_order', { name: rule.name, value: rule.threshold, previous: rules[i - 1].threshold });
    }
  });
  return rules;
}

/**
 * First day of the window that ends on `day` (day numbers; both ends included): −Infinity for the
 * lifetime, the day after the same date a year earlier for 12 months (29 February counts back to
 * 28 February), 1 January for the calendar year.
 * @example windowStart(dayOfIso('2024-05-12')!, '12m') === dayOfIso('2023-05-13')
 */
export function windowStart(day: number, window: TierWindow): number {
  if (window === 'lifetime') return -Infinity;
  const { year, month, day: dom } = civilFromDay(day);
  if (window === 'year') return dayFromCivil(year, 1, 1);
  const clamped = month === 2 && dom === 29 ? 28 : dom; // no 29 February a year earlier
  return dayFromCivil(year - 1, month, clamped) + 1;
}

/** Orders sorted by day: `order[k]` is an index into the table, `days[k]` its day (ascending). */
export interface OrdersByDay {
  order: Int32Array;
  days: Int32Array;
}

/**
 * The orders up to `lastDay` sorted by day (a counting sort; orders of one day keep the table's
 * order), with their days. Tier values are summed in this order everywhere, so a month of the tier
 * history adds the same numbers in the same order as the customer list does on that day.
 * @example ordersByDay(table, asOf).order[0] // index of the first order of the earliest day
 */
export function ordersByDay(table: OrderTable, lastDay: number): OrdersByDay {
  const days = table.day;
  let min = 0x7fffffff;
  let max = -0x7fffffff;
  let total = 0;
  for (let i = 0; i < table.count; i++) {
    const d = days[i];
    if (d > lastDay) continue;
    total++;
    if (d < min) min = d;
    if (d > max) max = d;
  }
  const order = new Int32Array(total);
  const sortedDays = new Int32Array(total);
  if (total === 0) return { order, days: sortedDays };
  const next = new Int32Array(max - min + 2); // next[d − min]: where the next order of day d goes
  for (let i = 0; i < table.count; i++) if (days[i] <= lastDay) next[days[i] - min + 1]++;
  for (let k = 1; k < next.length; k++) next[k] += next[k - 1];
  for (let i = 0; i < table.count; i++) {
    const d = days[i];
    if (d > lastDay) continue;
    const at = next[d - min]++;
    order[at] = i;
    sortedDays[at] = d;
  }
  return { order, days: sortedDays };
}

/** First position in ascending `days` whose day is `day` or later. */
function firstAtOrAfter(days: Int32Array, day: number): number {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid] < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds the orders at positions [from, to) of `byDay` to their customers' values. */
function addOrders(values: Float64Array, table: OrderTable, byDay: Int32Array, from: number, to: number, spend: boolean, includeRefunds: boolean): void {
  const { customer, amount } = table;
  for (let k = from; k < to; k++) {
    const i = byDay[k];
    if (spend) values[customer[i]] += amount[i];
    else if (includeRefunds || amount[i] > 0) values[customer[i]]++;
  }
}

/**
 * Each customer's tier value on `day`: net spend (refunds subtract) or purchases in the window ending on that day.
 * `byDay`: ordersByDay(table, day), when the caller has it.
 * @example tierValues(table, day, 'spend', 'lifetime')[0] // the first customer's net spend to that day
 */
export function tierValues(table: OrderTable, day: number, basis: TierBasis, window: TierWindow, includeRefunds = false, byDay = ordersByDay(table, day)): Float64Array {
  const values = new Float64Array(table.customerIds.length);
  addOrders(values, table, byDay.order, firstAtOrAfter(byDay.days, windowStart(day, window)), byDay.order.length, basis === 'spend', includeRefunds);
  return values;
}

/**
 * Index of the highest tier whose threshold `value` reaches; −1 below the lowest.
 * @example tierIndex(600, [{ name: 'M', threshold: 0 }, { name: 'S', threshold: 500 }]) === 1
 */
export function tierIndex(value: number, tiers: readonly TierRule[]): number {
  let t = -1;
  while (t + 1 < tiers.length && value >= tiers[t + 1].threshold) t++;
  return t;
}

/**
 * What is missing to the next tier (its threshold − value), null in the top tier.
 * @example toNextTier(600, 1, tiers) === 1400 // Gold at 2000
 */
export function toNextTier(value: number, index: number, tiers: readonly TierRule[]): number | null {
  return index + 1 < tiers.length ? tiers[index + 1].threshold - value : null;
}

/**
 * A plain number near x: 1, 2, 2.5 or 5 times a power of ten, the nearest one.
 * @example niceNumber(437) === 500; niceNumber(1730) === 2000; niceNumber(230) === 250
 */
export function niceNumber(x: number): number {
  if (!(x > 0)) return 0;
  const power = Math.pow(10, Math.floor(Math.log10(x)));
  let best = power;
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    if (Math.abs(candidate - x) < Math.abs(best - x)) best = candidate;
  }
  return Math.round(best * 100) / 100;
}

/** Percentiles (nearest rank) of the default tiers above the first. */
export const DEFAULT_TIER_PERCENTILES = [0.75, 0.95] as const;

/**
 * Default tiers for the shop: the first at 0, the next at the 75th and the 95th percentile
 * (nearest rank) of the buyers' values, rounded to plain numbers (spend) or whole purchases
 * (orders, at least 2 and 3); a tier that would not rise above the one below is raised to the
 * next plain number.
 * @example defaultTiers([10, 40, 90, 400, 2100], 'spend', ['Member', 'Silver', 'Gold']) // Member:0, Silver:500, Gold:2000
 */
export function defaultTiers(buyerValues: ArrayLike<number>, basis: TierBasis, names: readonly [string, string, string]): TierRule[] {
  const sorted = Float64Array.from(buyerValues).sort();
  const at = (q: number) => (sorted.length === 0 ? 0 : nearestRank(sorted, q));
  const rules: TierRule[] = [{ name: names[0], threshold: 0 }];
  DEFAULT_TIER_PERCENTILES.forEach((q, i) => {
    const previous = rules[rules.length - 1].threshold;
    let threshold: number;
    if (basis === 'orders') threshold = Math.max(Math.round(at(q)), previous + 1, 2);
    else {
      threshold = niceNumber(Math.max(at(q), 1));
      while (threshold <= previous) threshold = niceNumber(threshold * 2.2);
    }
    rules.push({ name: names[i + 1], threshold });
  });
  return rules;
}

/** Tier sizes on one month's last day (the as-of day for its own month). */
export interface TierMonth {
  /** `YYYY-MM`. */
  month: string;
  /** Day number the sizes are taken on. */
  day: number;
  /** Customers per tier, in the rules' order; customers below the lowest tier are not counted. */
  sizes: number[];
  /** Customers in a lower tier (or none) than on the previous month's day. */
  movedDown: number;
}

/** Longest history of tier sizes, in months. */
export const TIER_HISTORY_MONTHS = 24;

/**
 * Tier sizes month by month over the last `months` months (at most since the first order's month):
 * try the rules on history. Only customers who bought by a month's day count in it. `byDay`:
 * ordersByDay(table, asOfDay), when the caller has it (the customer list keeps it).
 * @example tierHistory(table, asOf, options).at(-1)!.sizes // today's tier sizes
 */
export function tierHistory(table: OrderTable, asOfDay: number, options: TierOptions, months = TIER_HISTORY_MONTHS, byDay = ordersByDay(table, asOfDay)): TierMonth[] {
  const total = byDay.order.length;
  if (total === 0) return [];
  const end = civilFromDay(asOfDay);
  const start = civilFromDay(byDay.days[0]);
  const span = (end.year - start.year) * 12 + end.month - start.month + 1;
  const count = Math.min(months, span);
  const n = table.customerIds.length;
  const includeRefunds = options.includeRefunds === true;
  const spend = options.basis === 'spend';
  const firstPurchase = new Int32Array(n).fill(0x7fffffff);
  for (let k = 0; k < total; k++) {
    const i = byDay.order[k];
    if ((includeRefunds || table.amount[i] > 0) && firstPurchase[table.customer[i]] === 0x7fffffff) firstPurchase[table.customer[i]] = byDay.days[k];
  }
  const out: TierMonth[] = [];
  const values = new Float64Array(n);
  let summedTo = 0; // orders byDay[0 … summedTo) are in `values` (from `windowFrom` on)
  let windowFrom = -Infinity;
  let previous: Int32Array | null = null;
  const tiersA = new Int32Array(n);
  const tiersB = new Int32Array(n);
  for (let k = count - 1; k >= 0; k--) {
    const monthIndex = end.year * 12 + (end.month - 1) - k;
    const year = Math.floor(monthIndex / 12);
    const month = (monthIndex % 12) + 1;
    const day = Math.min(asOfDay, dayFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1);
    // The sums start again when the window's first day moves (1 January for the calendar year,
    // every month for 12 months, never for the lifetime): no value is a difference of sums.
    const from = windowStart(day, options.window);
    if (from !== windowFrom) {
      values.fill(0);
      summedTo = firstAtOrAfter(byDay.days, from);
      windowFrom = from;
    }
    const to = firstAtOrAfter(byDay.days, day + 1);
    addOrders(values, table, byDay.order, summedTo, to, spend, includeRefunds);
    summedTo = to;
    const tiers = k % 2 === 0 ? tiersA : tiersB; // the month before is in the other buffer
    tiers.fill(-2); // −2: not a customer yet
    const sizes = new Array<number>(options.tiers.length).fill(0);
    let movedDown = 0;
    for (let c = 0; c < n; c++) {
      if (firstPurchase[c] > day) continue;
      const t = tierIndex(values[c], options.tiers);
      tiers[c] = t;
      if (t >= 0) sizes[t]++;
      if (previous && previous[c] !== -2 && t < previous[c]) movedDown++;
    }
    out.push({ month: `${year}-${String(month).padStart(2, '0')}`, day, sizes, movedDown });
    previous = tiers;
  }
  return out;
}
