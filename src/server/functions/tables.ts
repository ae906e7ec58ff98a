/**
 * Custom functions that spill a table: COHORT_TABLE, RFM and RETENTION_SUMMARY (the counts behind
 * CRR and CHURN and the rows read, used and skipped). Usage in docs/FUNCTIONS.md.
 */
import { cohortTable, type CohortMetric, type CohortMode } from '../../core/cohort';
import { byMonetary, rfmColumns, rfmSegment } from '../../core/metrics/rfm';
import type { Language, Period, SkipReason } from '../../core/types';
import { SKIP_REASONS } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import {
  Call,
  optionalBoolean,
  optionalChoice,
  optionalDay,
  optionalPeriod,
  params,
  type CellArgument,
} from './args';
import { readOrderArgs } from './orderArgs';
import { weekStartOfLocale } from '../context';
import { PERIOD_PARAMS, periodCounts } from './retention';

type Cell = string | number;

const PERIODS: Record<string, Period> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter' };
const MODES: Record<string, CohortMode> = { on: 'on', onorafter: 'onOrAfter' };
/** What the cells show: share of the cohort active, active count, net revenue, cumulative revenue per customer. */
const METRICS: Record<string, 'share' | CohortMetric> = { customers: 'share', counts: 'customers', revenue: 'revenue', ltv: 'cumulativeRevenuePerCustomer' };
const WEEK_STARTS = { monday: 'monday', sunday: 'sunday' } as const;

/**
 * Cohort retention table, spilling down and right: one row per cohort (customers grouped by the
 * period of their first purchase), its size, and one column per period k since (k = 0 is the
 * cohort's own period). Periods that have not started by the last order are left empty.
 *
 * @param {Range} customers The customer column, e.g. A2:A.
 * @param {Range} dates The order date column, e.g. B2:B.
 * @param {Range} amounts The amount column, or two columns quantity and unit price.
 * @param {string} [period] Optional: "month" (default), "week", "day" or "quarter".
 * @param {string} [mode] Optional: "on" (default: bought in period k) or "on or after" (bought in period k or later).
 * @param {string} [metric] Optional: "customers" (default: share of the cohort, format as %), "counts", "revenue" or "ltv" (cumulative revenue per customer).
 * @param {string} [week_start] Optional: "monday" or "sunday"; default the spreadsheet locale's.
 * @param {Date} [period_start] Optional: show only customers who first bought on or after this day.
 * @param {Date} [period_end] Optional: ignore orders after this day.
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too.
 * @return A table: cohort, customers, then period 0, 1, 2…
 * @customfunction
 * @example =COHORT_TABLE(A2:A, B2:B, C2:C, "month", "on", "customers")
 */
export function COHORT_TABLE(
  customers: CellArgument,
  dates: CellArgument,
  amounts: CellArgument,
  period?: CellArgument,
  mode?: CellArgument,
  metric?: CellArgument,
  week_start?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): Cell[][] {
  const call = new Call('COHORT_TABLE');
  const chosenPeriod = optionalChoice(call, [4, 'period', period], PERIODS, 'month');
  const chosenMode = optionalChoice(call, [5, 'mode', mode], MODES, 'on');
  const shown = optionalChoice(call, [6, 'metric', metric], METRICS, 'share');
  const weekStart = optionalChoice(call, [7, 'week_start', week_start], WEEK_STARTS, weekStartOfLocale(call.locale));
  const { from, to } = optionalPeriod(call, [8, 'period_start', period_start], [9, 'period_end', period_end]);
  const includeRefunds = optionalBoolean(call, [11, 'include_refunds', include_refunds]);
  const { table } = readOrderArgs(
    call,
    { customers: [1, 'customers', customers], dates: [2, 'dates', dates], amounts: [3, 'amounts', amounts], orderIds: [10, 'order_ids', order_ids] },
    true,
  );
  const cohorts = cohortTable(table, {
    period: chosenPeriod,
    weekStart,
    mode: chosenMode,
    metric: shown === 'share' ? 'customers' : shown,
    includeRefunds,
    from,
    to,
  });
  if (cohorts.cohorts.length === 0) call.fail('fn.noPurchases');
  const width = 2 + cohorts.periodsCount;
  const header: Cell[] = [t(call.language, 'fn.header.cohort'), t(call.language, 'fn.header.customers')];
  for (let k = 0; k < cohorts.periodsCount; k++) header.push(k);
  const out: Cell[][] = [header];
  for (const row of cohorts.cohorts) {
    const line: Cell[] = [row.label, row.customers];
    for (const value of row.values) line.push(shown === 'share' ? value / row.customers : value);
    while (line.length < width) line.push('');
    out.push(line);
  }
  return out;
}

/** A customer key as a cell: whole-number ids go back to numbers ("12345" → 12345), others stay text. */
function customerCell(key: string): Cell {
  return /^(0|-?[1-9]\d{0,14})$/.test(key) ? Number(key) : key;
}

/**
 * RFM scores, spilling one row per customer who bought in the period: recency (days since the
 * last purchase), frequency (purchases), monetary (net amount), their scores 1–5 by quintiles
 * (5 is best) and a segment named from R and F. Sorted by monetary value, highest first.
 *
 * @param {Range} customers The customer column, e.g. A2:A.
 * @param {Range} dates The order date column, e.g. B2:B.
 * @param {Range} amounts The amount column, or two columns quantity and unit price.
 * @param {Date} [as_of_date] Optional: the day recency is counted to; default period_end, else the last order's day.
 * @param {Date} [period_start] Optional: first day of the orders used.
 * @param {Date} [period_end] Optional: last day of the orders used (included).
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too.
 * @return A table: customer, recency, frequency, monetary, R, F, M, segment.
 * @customfunction
 * @example =RFM(A2:A, B2:B, C2:C, DATE(2024,12,31))
 */
export function RFM(
  customers: CellArgument,
  dates: CellArgument,
  amounts: CellArgument,
  as_of_date?: CellArgument,
  period_start?: CellArgument,
  period_end?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): Cell[][] {
  const call = new Call('RFM');
  const asOfDay = optionalDay(call, [4, 'as_of_date', as_of_date]);
  const { from, to } = optionalPeriod(call, [5, 'period_start', period_start], [6, 'period_end', period_end]);
  const includeRefunds = optionalBoolean(call, [8, 'include_refunds', include_refunds]);
  const { table } = readOrderArgs(
    call,
    { customers: [1, 'customers', customers], dates: [2, 'dates', dates], amounts: [3, 'amounts', amounts], orderIds: [7, 'order_ids', order_ids] },
    true,
  );
  const x = call.metric(() => rfmColumns(table, { from, to, includeRefunds, asOfDay }));
  const headers: MessageKey[] = ['fn.header.customer', 'fn.header.recency', 'fn.header.frequency', 'fn.header.monetary', 'fn.header.r', 'fn.header.f', 'fn.header.m', 'fn.header.segment'];
  const order = byMonetary(x, table.customerIds);
  // Sized once: pushing 100,000 rows would regrow the array and double the garbage.
  const out: Cell[][] = new Array(order.length + 1);
  out[0] = headers.map((key) => t(call.language, key));
  const translated = new Map<MessageKey, string>(); // ten segments, translated once each
  const segmentNames: string[] = []; // segmentNames[5 × (R − 1) + F − 1]
  for (let r = 1; r <= 5; r++) {
    for (let f = 1; f <= 5; f++) {
      const key = rfmSegment(r, f);
      if (!translated.has(key)) translated.set(key, t(call.language, key));
      segmentNames.push(translated.get(key)!);
    }
  }
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const segment = segmentNames[5 * x.r[i] + x.f[i] - 6];
    out[k + 1] = [customerCell(table.customerIds[x.customer[i]]), x.recencyDays[i], x.frequency[i], x.monetary[i], x.r[i], x.f[i], x.m[i], segment];
  }
  return out;
}

const REASONS = SKIP_REASONS;

/**
 * The counts behind CRR and CHURN for a period, and how the rows were read, as a two-column
 * table: customers at the start, at the end (kept + new), new, lost, kept and won back (back
 * after a break: not at the start, not new, so in neither CRR nor CHURN), then rows read, used,
 * and skipped per reason. Unlike the other functions it does not stop at an unreadable date or
 * amount: it counts it.
 *
 * @param {Range} customers The customer column, e.g. A2:A.
 * @param {Range} dates The order date column, e.g. B2:B.
 * @param {Range} amounts The amount column, or two columns quantity and unit price.
 * @param {Date} period_start The first day of the period.
 * @param {Date} period_end The last day of the period (included).
 * @param {number} [window_days] Optional: days a customer counts as active after a purchase; default the period's length.
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too.
 * @return A table of labels and counts.
 * @customfunction
 * @example =RETENTION_SUMMARY(A2:A, B2:B, C2:C, DATE(2024,2,1), DATE(2024,2,29))
 */
export function RETENTION_SUMMARY(
  customers: CellArgument,
  dates: CellArgument,
  amounts: CellArgument,
  period_start: CellArgument,
  period_end: CellArgument,
  window_days?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): Cell[][] {
  const call = new Call('RETENTION_SUMMARY');
  const p = params(
    ['customers', 'dates', 'amounts', ...PERIOD_PARAMS],
    [customers, dates, amounts, period_start, period_end, window_days, order_ids, include_refunds],
  );
  const { counts, table } = periodCounts(call, p, false);
  const label = (key: MessageKey) => t(call.language, key);
  const health = table.health;
  const out: Cell[][] = [
    [label('fn.summary.start'), counts.start],
    [label('fn.summary.end'), counts.end],
    [label('fn.summary.new'), counts.new],
    [label('fn.summary.lost'), counts.lost],
    [label('fn.summary.kept'), counts.kept],
    [label('fn.summary.wonBack'), counts.wonBack],
    [label('fn.summary.read'), health.rowsRead],
    [label('fn.summary.used'), health.rowsUsed],
  ];
  for (const reason of REASONS) {
    const entry = health.skipped[reason];
    if (entry) out.push([skippedLabel(call.language, reason), entry.count]);
  }
  return out;
}

/**
 * The label of a skipped-rows line of RETENTION_SUMMARY.
 * @example skippedLabel('en', 'no_customer') === 'Rows skipped: no customer'
 */
export function skippedLabel(language: Language, reason: SkipReason): string {
  return t(language, 'fn.summary.skipped', { reason: t(language, `health.reason.${reason}`) });
}
