/**
 * Holdout tracking: actual vs BG/NBD-predicted cumulative repeat purchases per period, from the
 * first purchase in the data to the observation end (Fader, Hardie & Lee 2005, the CDNOW
 * "tracking plot").
 */
import type { BgNbdParams } from './bgnbd';
import { ClvError } from './errors';
import { expectedPurchasesNewCustomer } from './predict';
import { daysPerUnit, sortedPurchaseRows, type ClvUnit, type PurchaseColumns } from './summary';

export interface TrackingOptions {
  unit: ClvUnit;
  /** Last day of the calibration period (inclusive): who is in the sample. */
  calibrationEndDay: number;
  /** Last day of the data (inclusive): where the curve ends. */
  observationEndDay: number;
}

export interface TrackingPoint {
  /** 1 for the period starting on the first purchase day of the data. */
  period: number;
  /** Last day of the period (inclusive); the observation end for a last, shorter period. */
  endDay: number;
  /** Repeat purchases (distinct purchase days after a customer's first) up to `endDay`. */
  actual: number;
  /** Σ over customers of E[X((endDay − first day) / period length)], 0 before the first purchase. */
  predicted: number;
}

export interface RepeatTracking {
  unit: ClvUnit;
  /** First purchase day of the earliest customer: day 1 of period 1. */
  startDay: number;
  /** The period containing the calibration end (the chart's calibration/holdout divider). */
  calibrationPeriod: number;
  points: TrackingPoint[];
}

/**
 * Actual and predicted cumulative repeat purchases per period for the customers whose first
 * purchase is on or before the calibration end (the calibration sample), with the summary's
 * conventions: amounts ≥ 0, purchases on the same day merged, end days inclusive. The prediction
 * for a customer first seen on day f, at the end of day D, is the new-customer expectation
 * E[X((D − f)/u)], u = 1 or 7 days, so at the calibration end it uses the same T as the fit.
 * @example
 * // one customer, purchases on days 0 and 3, weekly periods, r = α = a = b = 1 (E[X(t)] = ln(1 + t)):
 * trackCumulativeRepeats({ customer: [0, 0], day: [0, 3], amount: [5, 5] }, { r: 1, alpha: 1, a: 1, b: 1 },
 *   { unit: 'week', calibrationEndDay: 6, observationEndDay: 13 }).points
 * // [{ period: 1, endDay: 6, actual: 1, predicted: ln(1 + 6/7) }, { period: 2, endDay: 13, actual: 1, predicted: ln(1 + 13/7) }]
 */
export function trackCumulativeRepeats(
  purchases: PurchaseColumns,
  params: BgNbdParams,
  options: TrackingOptions,
): RepeatTracking {
  const { unit, calibrationEndDay, observationEndDay } = options;
  if (!Number.isInteger(observationEndDay) || !Number.isInteger(calibrationEndDay) || calibrationEndDay > observationEndDay) {
    throw new ClvError('clv.badEndDates', 'the calibration end must be a day on or before the observation end', {
      calibrationEndDay,
      observationEndDay,
    });
  }
  const { rows } = sortedPurchaseRows(purchases, observationEndDay);
  // Customers per first-purchase day, and repeat purchase days per day.
  const firstDays = new Map<number, number>();
  const repeatDays: number[] = [];
  let k = 0;
  while (k < rows.length) {
    const customer = purchases.customer[rows[k]];
    const firstDay = purchases.day[rows[k]];
    const inSample = firstDay <= calibrationEndDay;
    if (inSample) firstDays.set(firstDay, (firstDays.get(firstDay) ?? 0) + 1);
    let previousDay = firstDay;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end a row is undefined and matches no customer
    for (; k < rows.length && purchases.customer[rows[k]] === customer; k++) {
      const day = purchases.day[rows[k]];
      if (inSample && day !== previousDay) repeatDays.push(day);
      previousDay = day;
    }
  }
  if (firstDays.size === 0) throw new ClvError('clv.noCustomers', 'no customer made a first purchase by the calibration end');

  const startDay = Math.min(...firstDays.keys());
  const u = daysPerUnit(unit);
  repeatDays.sort((x, y) => x - y);
  const expected = new Map<number, number>(); // E[X] by age in days, computed once per age
  const points: TrackingPoint[] = [];
  let counted = 0;
  for (let period = 1; startDay + (period - 1) * u <= observationEndDay; period++) {
    const endDay = Math.min(startDay + period * u - 1, observationEndDay);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, past the end undefined <= endDay is false
    while (counted < repeatDays.length && repeatDays[counted] <= endDay) counted++;
    let predicted = 0;
    for (const [firstDay, customers] of firstDays) {
      const age = endDay - firstDay;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, E[X(t)] is 0 for t <= 0 (expectedIfAlive.ts); this skips the call
      if (age <= 0) continue;
      let e = expected.get(age);
      // Stryker disable next-line ConditionalExpression: equivalent, a memo (computing again gives the same value)
      if (e === undefined) {
        e = expectedPurchasesNewCustomer(params, age / u);
        expected.set(age, e);
      }
      predicted += customers * e;
    }
    points.push({ period, endDay, actual: counted, predicted });
  }
  return { unit, startDay, calibrationPeriod: Math.floor((calibrationEndDay - startDay) / u) + 1, points };
}
