/**
 * CRR and CHURN: retention over a period, from counts you type (numeric form) or from your
 * order columns (order form). Definitions in docs/METRICS.md, usage in docs/FUNCTIONS.md.
 */
import { isoOfDay } from '../../core/days';
import { crrFromCounts, churnFromCounts } from '../../core/metrics/numeric';
import { churn, crr, retentionCounts, type RetentionCounts } from '../../core/metrics/retention';
import {
  Call,
  atMostParam,
  isOrderForm,
  optionalBoolean,
  optionalWhole,
  params,
  requiredCount,
  requiredDay,
  type CellArgument,
  type Param,
} from './args';
import { readOrderArgs } from './orderArgs';

/** The names of parameters 4–8 of CRR, CHURN and RETENTION_SUMMARY. */
export const PERIOD_PARAMS = ['period_start', 'period_end', 'window_days', 'order_ids', 'include_refunds'] as const;

/**
 * The order form shared by CRR, CHURN and RETENTION_SUMMARY, from its eight parameters in order:
 * customers, dates, amounts, then PERIOD_PARAMS.
 */
export function periodCounts(call: Call, p: Param[], strict: boolean) {
  const start = requiredDay(call, p[3]);
  const end = requiredDay(call, p[4]);
  if (end < start) call.fail('fn.periodOrder', { start: isoOfDay(start), end: isoOfDay(end) });
  const windowDays = optionalWhole(call, p[5], 1);
  const includeRefunds = optionalBoolean(call, p[7]);
  const { table } = readOrderArgs(call, { customers: p[0], dates: p[1], amounts: p[2], orderIds: p[6] }, strict);
  const counts: RetentionCounts = retentionCounts(table, { startDay: start, endDayExclusive: end + 1, windowDays, includeRefunds });
  return { counts, table, window: windowDays ?? end + 1 - start };
}

/** CRR's and CHURN's order form: the counts, and the window for the "no customers at the start" message. */
function startCounts(call: Call, p: Param[]): { counts: RetentionCounts; noStart: { window: number } } {
  const { counts, window } = periodCounts(call, p, true);
  return { counts, noStart: { window } };
}

/**
 * Customer retention rate: of the customers you had at the start, the share you kept, from 0 to 1.
 * (customers at the end − new customers) / customers at the start, where the customers at the end
 * are the ones kept from the start plus the new ones; CRR + CHURN = 100%.
 * Numeric form: CRR(customers_at_start, customers_at_end, new_customers), whole numbers with
 * new ≤ end ≤ start + new.
 * Order form: CRR(customers, dates, amounts, period_start, period_end, [window_days], [order_ids], [include_refunds]):
 * customers at the start are those who bought in the window_days before period_start; kept are
 * those of them who bought again in the window_days up to period_end (both days included); new
 * are those whose first purchase ever is in the period. Customers back after a break (not at the
 * start, not new) are won back: not in CRR, counted by RETENTION_SUMMARY. Format the cell as a percentage.
 *
 * @param {number|Range} customers_or_start Numeric form: customers at the start. Order form: the customer column, e.g. A2:A.
 * @param {number|Range} dates_or_end Numeric form: customers at the end (kept + new). Order form: the order date column, e.g. B2:B.
 * @param {number|Range} amounts_or_new Numeric form: new customers. Order form: the amount column, or two columns quantity and unit price.
 * @param {Date} period_start Order form: the first day of the period.
 * @param {Date} period_end Order form: the last day of the period (included).
 * @param {number} [window_days] Optional: days a customer counts as active after a purchase; default the period's length.
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too (default FALSE).
 * @return The share of the starting customers you kept, e.g. 0.8 for 80%.
 * @customfunction
 * @example =CRR(200, 180, 20) returns 0.8: (180 − 20) / 200. =CRR(A2:A, B2:B, C2:C, DATE(2024,2,1), DATE(2024,2,29)) for February.
 */
export function CRR(
  customers_or_start: CellArgument,
  dates_or_end: CellArgument,
  amounts_or_new: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  window_days?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('CRR');
  const p = params(
    ['customers_or_start', 'dates_or_end', 'amounts_or_new', ...PERIOD_PARAMS],
    [customers_or_start, dates_or_end, amounts_or_new, period_start, period_end, window_days, order_ids, include_refunds],
  );
  if (!isOrderForm(customers_or_start, dates_or_end)) {
    const start = requiredCount(call, p[0]);
    const end = requiredCount(call, p[1]);
    const fresh = requiredCount(call, p[2]);
    if (start === 0) call.fail('fn.noStartCustomersNumeric');
    atMostParam(call, p[2], p[1]);
    if (end > start + fresh) call.failParam('fn.endAboveStartAndNew', p[1], { value: end, max: start + fresh });
    return crrFromCounts(start, end, fresh);
  }
  const { counts, noStart } = startCounts(call, p);
  return call.defined(crr(counts), 'fn.noStartCustomers', noStart);
}

/**
 * Churn rate: the share of the customers you had at the start who did not buy again by the end,
 * from 0 to 1; CRR + CHURN = 100%.
 * Numeric form: CHURN(customers_at_start, lost_customers), whole numbers with lost ≤ start.
 * Order form: CHURN(customers, dates, amounts, period_start, period_end, [window_days], [order_ids], [include_refunds]),
 * with the same customers at the start, kept and lost as CRR.
 *
 * @param {number|Range} customers_or_start Numeric form: customers at the start. Order form: the customer column, e.g. A2:A.
 * @param {number|Range} dates_or_lost Numeric form: customers lost, at most the customers at the start. Order form: the order date column, e.g. B2:B.
 * @param {Range} amounts Order form: the amount column, or two columns quantity and unit price.
 * @param {Date} period_start Order form: the first day of the period.
 * @param {Date} period_end Order form: the last day of the period (included).
 * @param {number} [window_days] Optional: days a customer counts as active after a purchase; default the period's length.
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too (default FALSE).
 * @return The share of the starting customers lost, e.g. 0.25 for 25%.
 * @customfunction
 * @example =CHURN(40, 10) returns 0.25: 10 / 40. =CHURN(A2:A, B2:B, C2:C, DATE(2024,2,1), DATE(2024,2,29)) for February.
 */
export function CHURN(
  customers_or_start: CellArgument,
  dates_or_lost: CellArgument,
  amounts?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  window_days?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('CHURN');
  const p = params(
    ['customers_or_start', 'dates_or_lost', 'amounts', ...PERIOD_PARAMS],
    [customers_or_start, dates_or_lost, amounts, period_start, period_end, window_days, order_ids, include_refunds],
  );
  if (!isOrderForm(customers_or_start, dates_or_lost)) {
    const start = requiredCount(call, p[0]);
    const lost = requiredCount(call, p[1]);
    if (start === 0) call.fail('fn.noStartCustomersNumeric');
    atMostParam(call, p[1], p[0]);
    return churnFromCounts(start, lost);
  }
  const { counts, noStart } = startCounts(call, p);
  return call.defined(churn(counts), 'fn.noStartCustomers', noStart);
}
