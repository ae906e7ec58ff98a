/**
 * Cohort retention tables; definitions in docs/METRICS.md.
 */
export {
  cohortTable,
  weightedAverage,
  type CohortTable,
  type CohortRow,
  type CohortOptions,
  type CohortMetric,
  type CohortMode,
} from './cohortTable';
