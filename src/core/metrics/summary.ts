/**
 * Every metric of the runner's `metrics --json` for one date range.
 */
import { isoOfDay } from '../days';
import type { OrderTable } from '../types';
import type { MetricErrorCode } from './errors';
import { aov, avgDaysBetweenPurchases, avgRetentionPeriod, customerTotals, historicClv, purchaseFrequency, repeatPurchaseRate } from './orders';
import { churn, crr, retentionCounts, type RetentionCounts } from './retention';

/** A date range [from, to] (inclusive day numbers) and the metric options. */
export interface MetricsSummaryOptions {
  from: number;
  to: number;
  /** Activity window of CRR/CHURN in days; default: the range's length. */
  windowDays?: number;
  includeRefunds?: boolean;
  /** CLV margin, default 1. */
  margin?: number;
}

/** The values `metrics --json` prints; null where a metric has nothing to compute on. */
export interface MetricsSummary {
  from: string;
  to: string;
  crr: number | null;
  churn: number | null;
  clv: number | null;
  avgRetentionPeriod: number | null;
  repeatPurchaseRate: number | null;
  aov: number | null;
  purchaseFrequency: number | null;
  avgDaysBetweenPurchases: number | null;
  /** start, end (= kept + new), new, lost (= start − kept), kept, wonBack: see RetentionCounts. */
  customers: RetentionCounts;
  /** Why some values are null (MetricError codes), empty when all computed. */
  problems: MetricErrorCode[];
}

/**
 * CRR and CHURN of the period [from, to + 1), and the descriptive metrics of the orders in [from, to].
 * A metric that cannot be computed is null and its reason is listed in `problems`
 * (`no_start_customers`, `no_purchases`, `no_repeat_purchases`).
 * @example metricsSummary(table, { from: dayOfIso('2024-02-01')!, to: dayOfIso('2024-02-29')! })
 *   // { from: '2024-02-01', to: '2024-02-29', crr: 0.8, churn: 0.2, …,
 *   //   customers: { start: 40, end: 38, new: 6, lost: 8, kept: 32, wonBack: 3 } }
 */
export function metricsSummary(table: OrderTable, options: MetricsSummaryOptions): MetricsSummary {
  const { from, to, includeRefunds } = options;
  const counts = retentionCounts(table, {
    startDay: from,
    endDayExclusive: to + 1,
    windowDays: options.windowDays,
    includeRefunds,
  });
  const t = customerTotals(table, { from, to, includeRefunds });
  const problems: MetricErrorCode[] = [];
  if (counts.start === 0) problems.push('no_start_customers');
  if (t.customers === 0) problems.push('no_purchases');
  else if (t.repeatCustomers === 0) problems.push('no_repeat_purchases');
  return {
    from: isoOfDay(from),
    to: isoOfDay(to),
    crr: crr(counts),
    churn: churn(counts),
    clv: historicClv(t, options.margin ?? 1),
    avgRetentionPeriod: avgRetentionPeriod(t),
    repeatPurchaseRate: repeatPurchaseRate(t),
    aov: aov(t),
    purchaseFrequency: purchaseFrequency(t),
    avgDaysBetweenPurchases: avgDaysBetweenPurchases(t),
    customers: counts,
    problems,
  };
}
