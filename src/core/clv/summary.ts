/**
 * Per-customer summary (frequency, recency, T, monetary) in the conventions of the customer-base
 * literature (Fader, Hardie & Lee 2005; lifetimes' `summary_data_from_transaction_data`).
 */
import { ClvError } from './errors';

/** Time unit of the models: one model period is one day or one week (7 days). */
export type ClvUnit = 'day' | 'week';

/** Days in one model period. */
export function daysPerUnit(unit: ClvUnit): number {
  return unit === 'week' ? 7 : 1;
}

/** Purchases as parallel columns: customer code (any non-negative integer), day number, amount. */
export interface PurchaseColumns {
  customer: ArrayLike<number>;
  day: ArrayLike<number>;
  amount: ArrayLike<number>;
}

export interface SummaryOptions {
  unit: ClvUnit;
  /** Last day of the data (inclusive). */
  observationEndDay: number;
  /** Last day of the calibration period (inclusive); later purchases form the holdout. */
  calibrationEndDay?: number;
}

/** One customer, all times in model periods. */
export interface CustomerSummary {
  /** The customer code from the input (e.g. an index into `OrderTable.customerIds`). */
  index: number;
  /** Repeat purchase days up to the calibration end: distinct purchase days − 1. */
  frequency: number;
  /** First to last purchase day up to the calibration end. */
  recency: number;
  /** First purchase day to the calibration end day. */
  T: number;
  /** Mean amount of the repeat purchase days (same-day purchases summed); 0 without repeats. */
  monetary: number;
  /** Purchase days after the calibration end, up to the observation end (only with a calibration end). */
  holdoutFrequency?: number;
}

export interface ClvSummary {
  unit: ClvUnit;
  calibrationEndDay: number;
  observationEndDay: number;
  /** Holdout length in model periods (0 without a calibration end). */
  holdoutLength: number;
  customers: CustomerSummary[];
  /** Rows ignored because their amount is negative (refunds and cancellations are not purchases). */
  refundRows: number;
}

/**
 * Summarises purchases per customer. A purchase is a row with amount ≥ 0 (a zero-value order, such
 * as a free item, is still a transaction: CDNOW has them); purchases on the same
 * day are merged into one (their amounts summed), whatever the unit. Purchases after the
 * observation end are ignored; customers whose first purchase is after the calibration end are
 * not part of the calibration sample and are left out.
 * @example
 * summarizeCustomers({ customer: [0, 0, 0], day: [0, 7, 14], amount: [10, 20, 40] },
 *   { unit: 'week', observationEndDay: 27 })
 * // customers[0]: { index: 0, frequency: 2, recency: 2, T: 27 / 7, monetary: 30 }
 */
export function summarizeCustomers(purchases: PurchaseColumns, options: SummaryOptions): ClvSummary {
  const { unit, observationEndDay } = options;
  const calibrationEndDay = options.calibrationEndDay ?? observationEndDay;
  if (!Number.isInteger(observationEndDay) || !Number.isInteger(calibrationEndDay) || calibrationEndDay > observationEndDay) {
    throw new ClvError('clv.badEndDates', 'the calibration end must be a day on or before the observation end', {
      calibrationEndDay,
      observationEndDay,
    });
  }
  const { rows, refundRows } = sortedPurchaseRows(purchases, observationEndDay);

  const u = daysPerUnit(unit);
  const customers: CustomerSummary[] = [];
  let k = 0;
  while (k < rows.length) {
    const index = purchases.customer[rows[k]];
    const firstDay = purchases.day[rows[k]];
    let lastDay = firstDay;
    let repeatDays = 0;
    let repeatAmount = 0;
    let holdoutDays = 0;
    let previousDay = Number.NaN;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end a row is undefined and matches no customer
    for (; k < rows.length && purchases.customer[rows[k]] === index; k++) {
      const day = purchases.day[rows[k]];
      const isNewDay = day !== previousDay;
      previousDay = day;
      if (day > calibrationEndDay) {
        if (isNewDay) holdoutDays++;
      } else if (day !== firstDay) {
        if (isNewDay) repeatDays++;
        repeatAmount += purchases.amount[rows[k]];
        lastDay = day;
      }
    }
    if (firstDay > calibrationEndDay) continue;
    const summary: CustomerSummary = {
      index,
      frequency: repeatDays,
      recency: (lastDay - firstDay) / u,
      T: (calibrationEndDay - firstDay) / u,
      monetary: repeatDays > 0 ? repeatAmount / repeatDays : 0,
    };
    if (options.calibrationEndDay !== undefined) summary.holdoutFrequency = holdoutDays;
    customers.push(summary);
  }
  return {
    unit,
    calibrationEndDay,
    observationEndDay,
    holdoutLength: (observationEndDay - calibrationEndDay) / u,
    customers,
    refundRows,
  };
}

/**
 * The purchase rows (amount ≥ 0, day ≤ observation end) sorted by customer then day, and the number
 * of negative-amount rows skipped. Throws `clv.badInput` on malformed columns or rows.
 */
export function sortedPurchaseRows(
  purchases: PurchaseColumns,
  observationEndDay: number,
): { rows: number[]; refundRows: number } {
  const n = purchases.customer.length;
  if (purchases.day.length !== n || purchases.amount.length !== n) {
    throw new ClvError('clv.badInput', 'customer, day and amount columns differ in length');
  }
  const rows: number[] = [];
  let refundRows = 0;
  for (let i = 0; i < n; i++) {
    const c = purchases.customer[i];
    const d = purchases.day[i];
    const a = purchases.amount[i];
    if (!Number.isInteger(c) || c < 0 || !Number.isInteger(d) || !Number.isFinite(a)) {
      throw new ClvError('clv.badInput', `row ${i + 1} has no valid customer, day or amount`, { row: i + 1 });
    }
    if (a < 0) refundRows++;
    else if (d <= observationEndDay) rows.push(i);
  }
  rows.sort((i, j) => purchases.customer[i] - purchases.customer[j] || purchases.day[i] - purchases.day[j]);
  return { rows, refundRows };
}
