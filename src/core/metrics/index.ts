/**
 * Retention metrics on an OrderTable; definitions in docs/METRICS.md.
 */
export { MetricError, type MetricErrorCode } from './errors';
export { crrFromCounts, churnFromCounts, clvNumeric, avgRetentionPeriodFromChurn } from './numeric';
export { retentionCounts, crr, churn, type RetentionOptions, type RetentionCounts } from './retention';
export {
  customerTotals,
  historicClv,
  avgRetentionPeriod,
  repeatPurchaseRate,
  aov,
  purchaseFrequency,
  avgDaysBetweenPurchases,
  DAYS_PER_UNIT,
  type DurationUnit,
  type RangeOptions,
  type CustomerTotals,
} from './orders';
export { nps } from './nps';
export { rfm, rfmSegment, quintileScores, type RfmRow, type RfmSegment } from './rfm';
export { metricsSummary, type MetricsSummary, type MetricsSummaryOptions } from './summary';
