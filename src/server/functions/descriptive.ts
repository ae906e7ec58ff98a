/**
 * The descriptive metrics: CLV, AVG_RETENTION_PERIOD, REPEAT_PURCHASE_RATE, AOV,
 * PURCHASE_FREQUENCY, AVG_DAYS_BETWEEN_PURCHASES (numeric and order forms) and NPS.
 * Order forms use the orders dated in [period_start, period_end] (all orders when left out).
 * Definitions in docs/METRICS.md, usage in docs/FUNCTIONS.md.
 */
import {
  aov,
  avgDaysBetweenPurchases,
  avgRetentionPeriod,
  customerTotals,
  DAYS_PER_UNIT,
  historicClv,
  purchaseFrequency,
  repeatPurchaseRate,
  type CustomerTotals,
  type DurationUnit,
} from '../../core/metrics/orders';
import { nps } from '../../core/metrics/nps';
import { avgRetentionPeriodFromChurn, clvNumeric } from '../../core/metrics/numeric';
import {
  atMostParam,
  Call,
  isMissing,
  isOrderForm,
  isRange,
  optionalBoolean,
  optionalChoice,
  optionalNumber,
  optionalPeriod,
  params,
  requiredCount,
  requiredNumber,
  type CellArgument,
  type Param,
} from './args';
import { readOrderArgs } from './orderArgs';
import { checkScores, npsByGroup } from './npsGroups';

/** The names of the order form's last four parameters. */
const PERIOD_PARAMS = ['period_start', 'period_end', 'order_ids', 'include_refunds'] as const;

/**
 * Totals of the customers with a purchase in the period, from the order form's parameters:
 * 1–3 the order columns, then `extra` parameters of the function's own, then PERIOD_PARAMS.
 */
function totalsOf(call: Call, p: Param[], extra: number): CustomerTotals {
  const { from, to } = optionalPeriod(call, p[3 + extra], p[4 + extra]);
  const includeRefunds = optionalBoolean(call, p[6 + extra]);
  const { table } = readOrderArgs(call, { customers: p[0], dates: p[1], amounts: p[2], orderIds: p[5 + extra] }, true);
  const totals = customerTotals(table, { from, to, includeRefunds });
  if (totals.customers === 0) call.fail('fn.noPurchases');
  return totals;
}

/** x / y of two numeric-form parameters: `x` a number ≥ `min` or a count, `y` a count > 0. */
function ratio(call: Call, x: Param, y: Param, xIs: 'count' | { min: number }): number {
  const numerator = xIs === 'count' ? requiredCount(call, x) : requiredNumber(call, x, xIs.min);
  const divisor = requiredCount(call, y);
  if (divisor === 0) call.failParam('fn.zeroDivisor', y);
  return numerator / divisor;
}

const UNITS: Record<string, DurationUnit> = { day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year' };

/**
 * Customer lifetime value.
 * Numeric form: CLV(average_order_value, purchases_per_year, lifetime_years, [margin]) = the product.
 * Order form: CLV(customers, dates, amounts, [margin], [period_start], [period_end], [order_ids], [include_refunds])
 * = net revenue of the period / customers who bought in it × margin (what an average customer brought in so far).
 *
 * @param {number|Range} customers_or_aov Numeric form: average order value. Order form: the customer column, e.g. A2:A.
 * @param {number|Range} dates_or_purchases_per_year Numeric form: purchases per customer per year. Order form: the order date column.
 * @param {number|Range} amounts_or_lifetime_years Numeric form: expected customer lifetime in years. Order form: the amount column, or quantity and unit price.
 * @param {number} [margin] Optional: profit margin as a fraction, e.g. 30%; default 1 (revenue).
 * @param {Date} [period_start] Order form, optional: first day of the orders used.
 * @param {Date} [period_end] Order form, optional: last day of the orders used (included).
 * @param {Range} [order_ids] Order form, optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Order form, optional: TRUE counts orders of 0 or less as purchases too.
 * @return The value of one customer, in your currency.
 * @customfunction
 * @example =CLV(40, 3, 2) returns 240: 40 × 3 × 2. =CLV(A2:A, B2:B, C2:C) is the average net revenue per customer.
 */
export function CLV(
  customers_or_aov: CellArgument,
  dates_or_purchases_per_year: CellArgument,
  amounts_or_lifetime_years: CellArgument,
  margin?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('CLV');
  const p = params(
    ['customers_or_aov', 'dates_or_purchases_per_year', 'amounts_or_lifetime_years', 'margin', ...PERIOD_PARAMS],
    [customers_or_aov, dates_or_purchases_per_year, amounts_or_lifetime_years, margin, period_start, period_end, order_ids, include_refunds],
  );
  const factor = optionalNumber(call, p[3], 1, -Infinity);
  if (!isOrderForm(customers_or_aov, dates_or_purchases_per_year)) {
    const aov = requiredNumber(call, p[0], -Infinity);
    const perYear = requiredNumber(call, p[1]);
    const years = requiredNumber(call, p[2]);
    return call.metric(() => clvNumeric(aov, perYear, years, factor));
  }
  const t = totalsOf(call, p, 1);
  return call.defined(historicClv(t, factor));
}

/**
 * Average retention period.
 * Numeric form: AVG_RETENTION_PERIOD(churn) = 1 / churn: how many periods a customer stays when
 * the same share leaves every period.
 * Order form: AVG_RETENTION_PERIOD(customers, dates, amounts, [unit], [period_start], [period_end], [order_ids], [include_refunds])
 * = mean over customers of (last purchase − first purchase); one-time buyers count 0.
 *
 * @param {number|Range} customers_or_churn Numeric form: churn per period, e.g. 25%. Order form: the customer column, e.g. A2:A.
 * @param {Range} dates Order form: the order date column.
 * @param {Range} amounts Order form: the amount column, or quantity and unit price.
 * @param {string} [unit] Order form, optional: "day" (default), "week", "month" (365.2425/12 days) or "year" (365.2425 days).
 * @param {Date} [period_start] Order form, optional: first day of the orders used.
 * @param {Date} [period_end] Order form, optional: last day of the orders used (included).
 * @param {Range} [order_ids] Order form, optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Order form, optional: TRUE counts orders of 0 or less as purchases too.
 * @return Periods (numeric form) or days/weeks/months/years (order form).
 * @customfunction
 * @example =AVG_RETENTION_PERIOD(25%) returns 4. =AVG_RETENTION_PERIOD(A2:A, B2:B, C2:C, "month") in months.
 */
export function AVG_RETENTION_PERIOD(
  customers_or_churn: CellArgument,
  dates?: CellArgument,
  amounts?: CellArgument,
  unit?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('AVG_RETENTION_PERIOD');
  if (!isOrderForm(customers_or_churn, dates)) {
    const churn = requiredNumber(call, [1, 'customers_or_churn', customers_or_churn], -Infinity);
    if (!(churn > 0 && churn <= 1)) call.fail('fn.churnRange', { value: churn });
    return call.metric(() => avgRetentionPeriodFromChurn(churn));
  }
  const p = params(
    ['customers_or_churn', 'dates', 'amounts', 'unit', ...PERIOD_PARAMS],
    [customers_or_churn, dates, amounts, unit, period_start, period_end, order_ids, include_refunds],
  );
  const chosen = optionalChoice(call, p[3], UNITS, 'day');
  const t = totalsOf(call, p, 1);
  return call.defined(avgRetentionPeriod(t, chosen));
}

/**
 * Repeat purchase rate: the share of customers who bought at least twice.
 * Numeric form: REPEAT_PURCHASE_RATE(repeat_customers, customers), whole numbers with repeat ≤ customers.
 * Order form: REPEAT_PURCHASE_RATE(customers, dates, amounts, [period_start], [period_end], [order_ids], [include_refunds]).
 *
 * @param {number|Range} customers_or_repeat Numeric form: customers with 2 or more purchases, at most all customers. Order form: the customer column, e.g. A2:A.
 * @param {number|Range} dates_or_customers Numeric form: all customers. Order form: the order date column.
 * @param {Range} amounts Order form: the amount column, or quantity and unit price.
 * @param {Date} [period_start] Order form, optional: first day of the orders used.
 * @param {Date} [period_end] Order form, optional: last day of the orders used (included).
 * @param {Range} [order_ids] Order form, optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Order form, optional: TRUE counts orders of 0 or less as purchases too.
 * @return A fraction, e.g. 0.41 for 41%.
 * @customfunction
 * @example =REPEAT_PURCHASE_RATE(41, 100) returns 0.41. =REPEAT_PURCHASE_RATE(A2:A, B2:B, C2:C).
 */
export function REPEAT_PURCHASE_RATE(
  customers_or_repeat: CellArgument,
  dates_or_customers: CellArgument,
  amounts?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('REPEAT_PURCHASE_RATE');
  const p = params(
    ['customers_or_repeat', 'dates_or_customers', 'amounts', ...PERIOD_PARAMS],
    [customers_or_repeat, dates_or_customers, amounts, period_start, period_end, order_ids, include_refunds],
  );
  if (!isOrderForm(customers_or_repeat, dates_or_customers)) {
    const rate = ratio(call, p[0], p[1], 'count');
    atMostParam(call, p[0], p[1]);
    return rate;
  }
  const t = totalsOf(call, p, 0);
  return call.defined(repeatPurchaseRate(t));
}

/**
 * Average order value: net revenue (refunds subtract) / purchases.
 * Numeric form: AOV(revenue, orders), orders a whole number.
 * Order form: AOV(customers, dates, amounts, [period_start], [period_end], [order_ids], [include_refunds]).
 *
 * @param {number|Range} customers_or_revenue Numeric form: revenue. Order form: the customer column, e.g. A2:A.
 * @param {number|Range} dates_or_orders Numeric form: number of orders. Order form: the order date column.
 * @param {Range} amounts Order form: the amount column, or quantity and unit price.
 * @param {Date} [period_start] Order form, optional: first day of the orders used.
 * @param {Date} [period_end] Order form, optional: last day of the orders used (included).
 * @param {Range} [order_ids] Order form, optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Order form, optional: TRUE counts orders of 0 or less as purchases too.
 * @return The average order value, in your currency.
 * @customfunction
 * @example =AOV(7935.6, 204) returns 38.9. =AOV(A2:A, B2:B, C2:C, DATE(2024,1,1), DATE(2024,12,31)).
 */
export function AOV(
  customers_or_revenue: CellArgument,
  dates_or_orders: CellArgument,
  amounts?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('AOV');
  const p = params(
    ['customers_or_revenue', 'dates_or_orders', 'amounts', ...PERIOD_PARAMS],
    [customers_or_revenue, dates_or_orders, amounts, period_start, period_end, order_ids, include_refunds],
  );
  if (!isOrderForm(customers_or_revenue, dates_or_orders)) return ratio(call, p[0], p[1], { min: -Infinity });
  const t = totalsOf(call, p, 0);
  return call.defined(aov(t));
}

/**
 * Purchase frequency: purchases per customer.
 * Numeric form: PURCHASE_FREQUENCY(purchases, customers), whole numbers.
 * Order form: PURCHASE_FREQUENCY(customers, dates, amounts, [period_start], [period_end], [order_ids], [include_refunds]).
 *
 * @param {number|Range} customers_or_purchases Numeric form: number of purchases. Order form: the customer column, e.g. A2:A.
 * @param {number|Range} dates_or_customers Numeric form: number of customers. Order form: the order date column.
 * @param {Range} amounts Order form: the amount column, or quantity and unit price.
 * @param {Date} [period_start] Order form, optional: first day of the orders used.
 * @param {Date} [period_end] Order form, optional: last day of the orders used (included).
 * @param {Range} [order_ids] Order form, optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Order form, optional: TRUE counts orders of 0 or less as purchases too.
 * @return Purchases per customer, e.g. 1.7.
 * @customfunction
 * @example =PURCHASE_FREQUENCY(204, 120) returns 1.7. =PURCHASE_FREQUENCY(A2:A, B2:B, C2:C).
 */
export function PURCHASE_FREQUENCY(
  customers_or_purchases: CellArgument,
  dates_or_customers: CellArgument,
  amounts?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('PURCHASE_FREQUENCY');
  const p = params(
    ['customers_or_purchases', 'dates_or_customers', 'amounts', ...PERIOD_PARAMS],
    [customers_or_purchases, dates_or_customers, amounts, period_start, period_end, order_ids, include_refunds],
  );
  if (!isOrderForm(customers_or_purchases, dates_or_customers)) return ratio(call, p[0], p[1], 'count');
  const t = totalsOf(call, p, 0);
  return call.defined(purchaseFrequency(t));
}

/**
 * Average days between purchases of the same customer.
 * Numeric form: AVG_DAYS_BETWEEN_PURCHASES(purchases_per_year) = 365.2425 / purchases per year.
 * Order form: AVG_DAYS_BETWEEN_PURCHASES(customers, dates, amounts, [period_start], [period_end], [order_ids], [include_refunds])
 * = every gap between two consecutive purchases of a customer, averaged over all customers' gaps.
 *
 * @param {number|Range} customers_or_purchases_per_year Numeric form: purchases per customer per year. Order form: the customer column, e.g. A2:A.
 * @param {Range} dates Order form: the order date column.
 * @param {Range} amounts Order form: the amount column, or quantity and unit price.
 * @param {Date} [period_start] Order form, optional: first day of the orders used.
 * @param {Date} [period_end] Order form, optional: last day of the orders used (included).
 * @param {Range} [order_ids] Order form, optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Order form, optional: TRUE counts orders of 0 or less as purchases too.
 * @return Days, e.g. 41.3.
 * @customfunction
 * @example =AVG_DAYS_BETWEEN_PURCHASES(4) returns 91.31. =AVG_DAYS_BETWEEN_PURCHASES(A2:A, B2:B, C2:C).
 */
export function AVG_DAYS_BETWEEN_PURCHASES(
  customers_or_purchases_per_year: CellArgument,
  dates?: CellArgument,
  amounts?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): number {
  const call = new Call('AVG_DAYS_BETWEEN_PURCHASES');
  const p = params(
    ['customers_or_purchases_per_year', 'dates', 'amounts', ...PERIOD_PARAMS],
    [customers_or_purchases_per_year, dates, amounts, period_start, period_end, order_ids, include_refunds],
  );
  if (!isOrderForm(customers_or_purchases_per_year, dates)) {
    const perYear = requiredNumber(call, p[0]);
    if (perYear === 0) call.failParam('fn.zeroDivisor', p[0]);
    return call.finite(DAYS_PER_UNIT.year / perYear);
  }
  const t = totalsOf(call, p, 0);
  return call.defined(avgDaysBetweenPurchases(t), 'fn.noRepeatPurchases');
}

/**
 * Net Promoter Score: % promoters (answers 9–10) − % detractors (0–6), from −100 to 100.
 * Range form: NPS(scores), survey answers 0–10 (empty cells ignored).
 * Groups form: NPS(scores, groups), a range of groups over the same rows as the scores: spills a
 * table (group, NPS, answers, note) with one row per group in the order groups first appear; the
 * note says "too few answers to mean much" below 30 answers.
 * Numeric form: NPS(promoters, passives, detractors), three whole numbers.
 *
 * @param {Range|number} scores_or_promoters Range and groups forms: the answers, e.g. D2:D. Numeric form: the number of promoters.
 * @param {Range|number} [groups_or_passives] Groups form: the group of each answer, e.g. E2:E (a tier, a segment, a month). Numeric form: the number of passives (answers 7–8).
 * @param {number} [detractors] Numeric form: the number of detractors (answers 0–6).
 * @return The score, from −100 to 100; with groups, a table of group, NPS, answers and a note.
 * @customfunction
 * @example =NPS(D2:D) with answers 10, 9, 8, 6 returns 25. =NPS(D2:D, E2:E) spills NPS by the groups in E. =NPS(50, 30, 20) returns 30.
 */
export function NPS(scores_or_promoters: CellArgument, groups_or_passives?: CellArgument, detractors?: CellArgument): number | (string | number | boolean | Date)[][] {
  const call = new Call('NPS');
  if (isRange(groups_or_passives) && isMissing(detractors)) {
    return npsByGroup(call, [1, 'scores_or_promoters', scores_or_promoters], [2, 'groups_or_passives', groups_or_passives]);
  }
  if (!isMissing(groups_or_passives) || !isMissing(detractors)) {
    const promoters = requiredCount(call, [1, 'scores_or_promoters', scores_or_promoters]);
    const middle = requiredCount(call, [2, 'groups_or_passives', groups_or_passives]);
    const critics = requiredCount(call, [3, 'detractors', detractors]);
    const total = call.finite(promoters + middle + critics);
    if (total === 0) call.fail('fn.noScores');
    return ((promoters - critics) / total) * 100;
  }
  const cells = isRange(scores_or_promoters) ? scores_or_promoters : [[scores_or_promoters]];
  const scores: number[] = [];
  const positions: number[] = [];
  let position = 0;
  for (const row of cells) {
    for (const cell of row) {
      position++;
      if (isMissing(cell)) continue;
      scores.push(cell as number);
      positions.push(position);
    }
  }
  if (scores.length === 0) call.fail('fn.noScores');
  checkScores(call, scores, positions);
  return nps(scores);
}
