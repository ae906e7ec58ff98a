/**
 * The figures of the weekly summary e-mail, on an OrderTable (definitions in docs/EMAIL.md).
 * Each week is [start, start + 7) in day numbers of the spreadsheet's zone. The customer counts
 * come from retentionCounts with the weekly period of docs/METRICS.md (activity window W = 7 days): S is
 * last week's buyers, kept those of them who bought again this week, won back this week's buyers
 * who had bought before but not last week. CRR = kept / S and CHURN = 1 − CRR.
 */
import { isoOfDay } from '../days';
import { aov, churn, crr, customerTotals, historicClv, repeatPurchaseRate, retentionCounts } from '../metrics';
import { periodStart } from '../periods';
import type { OrderTable, WeekStart } from '../types';
import { winBackList, type WinBackCustomer } from './winBack';

/** One week's figures; null where there is nothing to divide by. */
export interface WeekFigures {
  /** First and last day of the week, `YYYY-MM-DD`. */
  weekStart: string;
  weekEnd: string;
  /** Customers with a purchase in the week. */
  active: number;
  /** Active customers whose first purchase ever is in the week. */
  new: number;
  /** Active customers who had bought before the week (active − new = kept + won back). */
  returning: number;
  /** Active customers who had bought before, but not in the week before: back after a break. */
  wonBack: number;
  crr: number | null;
  churn: number | null;
  /** Purchases (orders with a net amount > 0) in the week. */
  orders: number;
  /** Sum of every order's amount in the week, refunds subtracting. */
  netRevenue: number;
  /** Net revenue / orders of the week. */
  aov: number | null;
  /** Share of customers with ≥ 2 purchases, over every order up to the week's end. */
  repeatPurchaseRate: number | null;
  /** Net revenue per customer, over every order up to the week's end. */
  historicClv: number | null;
}

/** The figures compared in the e-mail. */
export const FIGURE_KEYS = [
  'active',
  'new',
  'returning',
  'wonBack',
  'crr',
  'churn',
  'orders',
  'netRevenue',
  'aov',
  'repeatPurchaseRate',
  'historicClv',
] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

export interface WeeklySummary {
  week: WeekFigures;
  previous: WeekFigures;
  /** Mean of each figure over the four weeks before the reported week (null ones left out). */
  average: Record<FigureKey, number | null>;
  /** Active customers of the 12 weeks ending with the reported week, oldest first. */
  strip: { weekStart: string; active: number }[];
  winBack: WinBackCustomer[];
  /** Purchases up to the week's end: false when the sheet has no orders yet. */
  hasOrders: boolean;
}

export interface WeeklyOptions {
  /** Day number of the first day of the reported week. */
  weekStartDay: number;
  includeRefunds?: boolean;
  /** Most customers in the win-back list (default 10). */
  winBackLimit?: number;
}

/**
 * The last complete week before `today`: the week before the one containing it.
 * @example lastCompleteWeek(dayOfIso('2024-05-15')!, 'monday') // { startDay: 2024-05-06, endDay: 2024-05-12 }
 */
export function lastCompleteWeek(today: number, weekStart: WeekStart): { startDay: number; endDay: number } {
  const startDay = periodStart(today, 'week', weekStart) - 7;
  return { startDay, endDay: startDay + 6 };
}

/**
 * The figures of the week starting on `startDay`.
 * @example weekFigures(table, dayOfIso('2024-05-06')!).active // customers who bought that week
 */
export function weekFigures(table: OrderTable, startDay: number, includeRefunds = false): WeekFigures {
  const endDay = startDay + 6;
  const counts = retentionCounts(table, { startDay, endDayExclusive: startDay + 7, includeRefunds });
  const week = customerTotals(table, { from: startDay, to: endDay, includeRefunds });
  const history = customerTotals(table, { to: endDay, includeRefunds });
  // The end window is the week itself, so every new customer is active in it: the week's buyers
  // are exactly the kept, the won back and the new.
  const returning = counts.kept + counts.wonBack;
  return {
    weekStart: isoOfDay(startDay),
    weekEnd: isoOfDay(endDay),
    active: returning + counts.new,
    new: counts.new,
    returning,
    wonBack: counts.wonBack,
    crr: crr(counts),
    churn: churn(counts),
    orders: week.purchases,
    netRevenue: week.netRevenue,
    aov: aov(week),
    repeatPurchaseRate: repeatPurchaseRate(history),
    historicClv: historicClv(history),
  };
}

/** Mean of the non-null values, or null when there is none. */
function meanOf(values: (number | null)[]): number | null {
  const present = values.filter((v): v is number => v !== null);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : null;
}

/**
 * Everything the weekly e-mail shows for the week starting on `weekStartDay`.
 * @example weeklySummary(table, { weekStartDay: dayOfIso('2024-05-06')! }).week.crr
 */
export function weeklySummary(table: OrderTable, options: WeeklyOptions): WeeklySummary {
  const { weekStartDay, includeRefunds = false } = options;
  const week = weekFigures(table, weekStartDay, includeRefunds);
  const before = [1, 2, 3, 4].map((k) => weekFigures(table, weekStartDay - 7 * k, includeRefunds));
  const average = {} as Record<FigureKey, number | null>;
  for (const key of FIGURE_KEYS) average[key] = meanOf(before.map((f) => f[key]));
  const strip = [];
  for (let k = 11; k >= 0; k--) {
    const start = weekStartDay - 7 * k;
    strip.push({ weekStart: isoOfDay(start), active: customerTotals(table, { from: start, to: start + 6, includeRefunds }).customers });
  }
  const asOfDay = weekStartDay + 6;
  return {
    week,
    previous: before[0],
    average,
    strip,
    winBack: winBackList(table, { asOfDay, limit: options.winBackLimit ?? 10, includeRefunds }),
    hasOrders: customerTotals(table, { to: asOfDay, includeRefunds }).customers > 0,
  };
}
