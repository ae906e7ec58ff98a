/**
 * SQL for BigQuery Standard SQL and DuckDB with the core's definitions (docs/BIGQUERY.md): the
 * cohort table, the retention counts and the per-period metrics.
 */
export { cohortSql } from './cohort';
export { retentionSql } from './retention';
export { metricsSql } from './metrics';
export { bigQuery, duckDb, DIALECTS, type Dialect } from './dialect';
export { SqlError, type SqlErrorCode } from './errors';
export type { SqlColumns, SqlInput, SqlOptions } from './options';
export { cohortTableOfRows, labelStartDay, type CohortQueryRow } from './cohortRows';
