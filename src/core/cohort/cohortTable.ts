/**
 * The cohort table (docs/METRICS.md): customers grouped by the period of their first
 * purchase ever (cohort c); cell (c, k) measures them in period c + k, k = 0 being their own period.
 *
 * Built in two passes over the typed columns (see passes.ts), no sorting needed:
 * 1. per customer: first and last purchase day;
 * 2. per order: cohort (a lookup), period (a day → period lookup table), then the cell.
 * "On or after" needs no second pass over the orders, only each customer's last purchase.
 */
import { MetricError } from '../metrics/errors';
import { periodLabel, periodStartOfIndex } from '../periods';
import type { OrderTable, Period, WeekStart } from '../types';
import { cellLayout, firstPass, NONE, onCounts, onOrAfterCounts, revenueCells } from './passes';

/** What the cells hold. */
export type CohortMetric = 'customers' | 'revenue' | 'cumulativeRevenuePerCustomer';

/** "on": active in period k; "onOrAfter": active in period k or any later one. */
export type CohortMode = 'on' | 'onOrAfter';

/** Options of cohortTable. */
export interface CohortOptions {
  period: Period;
  weekStart?: WeekStart;
  mode?: CohortMode;
  metric?: CohortMetric;
  /** Count every order as a purchase, refunds included. */
  includeRefunds?: boolean;
  /** Show only customers whose first purchase ever falls on or after this day. */
  from?: number;
  /** Ignore orders after this day; show only customers whose first purchase falls on or before it. */
  to?: number;
  /** Last day of the data; default: the last order day. Orders after it are ignored. */
  dataEndDay?: number;
}

/** One cohort: its period, its size, and a cell per period that has started. */
export interface CohortRow {
  label: string;
  startDay: number;
  customers: number;
  /** active[k]: customers active in period c + k (by the mode); active[0] = customers. */
  active: number[];
  /** The chosen metric per period: active counts, net revenue, or cumulative net revenue per customer. */
  values: number[];
}

/** The whole table. */
export interface CohortTable {
  period: Period;
  cohorts: CohortRow[];
  /** Length of the longest row (the first cohort's). */
  periodsCount: number;
  /** Per k: Σ active[k] / Σ customers over the cohorts whose period k has started (a fraction 0…1). */
  weightedAverage: number[];
}

/**
 * The cohort table of an OrderTable.
 * @example cohortTable(table, { period: 'month' })
 *   // { period: 'month', cohorts: [{ label: '2024-01', startDay: 19723, customers: 120, active: [120, 41, 37], values: [120, 41, 37] }, …], … }
 */
export function cohortTable(table: OrderTable, options: CohortOptions): CohortTable {
  const { period } = options;
  const weekStart = options.weekStart ?? 'monday';
  const metric = options.metric ?? 'customers';
  const includeRefunds = options.includeRefunds === true;
  const from = options.from ?? -NONE;
  if (options.to !== undefined && from > options.to) throw new MetricError('invalid_period', { name: 'from > to' });
  const to = Math.min(options.to ?? NONE, options.dataEndDay ?? NONE);

  const { span, lastOrderDay } = firstPass(table, to, includeRefunds);
  const endDay = options.dataEndDay !== undefined ? to : Math.min(to, lastOrderDay);
  const layout = cellLayout(span, from, endDay, period, weekStart);
  if (layout === null) return { period, cohorts: [], periodsCount: 0, weightedAverage: [] };
  const { periods, rowStart, baseIndex, size } = layout;

  const active = options.mode === 'onOrAfter' ? onOrAfterCounts(layout, span) : onCounts(table, layout, includeRefunds);
  const revenue = metric === 'customers' ? null : revenueCells(table, layout);

  const cohorts: CohortRow[] = [];
  for (let co = 0; co < periods; co++) {
    if (size[co] === 0) continue;
    const length = periods - co;
    const row = Array.from(active.subarray(rowStart[co], rowStart[co] + length));
    let values = row.slice();
    if (revenue !== null) {
      values = Array.from(revenue.subarray(rowStart[co], rowStart[co] + length));
      if (metric === 'cumulativeRevenuePerCustomer') values = runningSum(values).map((v) => v / size[co]);
    }
    cohorts.push({
      label: periodLabel(baseIndex + co, period, weekStart),
      startDay: periodStartOfIndex(baseIndex + co, period, weekStart),
      customers: size[co],
      active: row,
      values,
    });
  }
  return { period, cohorts, periodsCount: periods, weightedAverage: weightedAverage(cohorts, periods) };
}

/**
 * Per k: Σ active[k] / Σ customers over the cohorts whose period k has started (their row reaches k).
 * @example weightedAverage([{ customers: 2, active: [2, 1] }, { customers: 2, active: [2] }], 2) // [1, 0.5]
 */
export function weightedAverage(cohorts: readonly Pick<CohortRow, 'customers' | 'active'>[], periods: number): number[] {
  const reached = new Float64Array(periods);
  const activeSum = new Float64Array(periods);
  for (const cohort of cohorts) {
    for (let k = 0; k < cohort.active.length; k++) {
      reached[k] += cohort.customers;
      activeSum[k] += cohort.active[k];
    }
  }
  return Array.from(activeSum, (s, k) => s / reached[k]);
}

function runningSum(values: number[]): number[] {
  let sum = 0;
  return values.map((v) => (sum += v));
}
