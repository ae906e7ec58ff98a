/**
 * The cohort query's rows (cohortSql: `cohort`, `period`, `customers`, `active`, `value`) back
 * into the core's CohortTable, so a table from BigQuery or DuckDB is written, charted and
 * summarised exactly as one computed in memory.
 */
import { weightedAverage, type CohortMetric, type CohortRow, type CohortTable } from '../cohort';
import { dayFromCivil, dayOfIso } from '../days';
import type { Period } from '../types';

/** One row of the cohort query, its numbers already numbers. */
export interface CohortQueryRow {
  cohort: string;
  period: number;
  customers: number;
  active: number;
  value?: number;
}

/**
 * First day of a cohort label (`2024-01-01`, `2024-01`, `2024-Q1`); null when it is none.
 * @example labelStartDay('2024-Q2', 'quarter') === dayFromCivil(2024, 4, 1)
 */
export function labelStartDay(label: string, period: Period): number | null {
  if (period === 'day' || period === 'week') return dayOfIso(label);
  const m = period === 'month' ? /^(\d{4})-(\d{2})$/.exec(label) : /^(\d{4})-Q([1-4])$/.exec(label);
  if (!m) return null;
  const month = period === 'month' ? Number(m[2]) : (Number(m[2]) - 1) * 3 + 1;
  return month >= 1 && month <= 12 ? dayFromCivil(Number(m[1]), month, 1) : null;
}

/**
 * The CohortTable of the query's rows (ordered by cohort, then period, as cohortSql orders them).
 * Throws when the rows are not such a table (a row out of order, an unknown label).
 * @example cohortTableOfRows([{ cohort: '2024-01', period: 0, customers: 2, active: 2 }, { cohort: '2024-01', period: 1, customers: 2, active: 1 }], 'month', 'customers')
 *   // { period: 'month', cohorts: [{ label: '2024-01', customers: 2, active: [2, 1], values: [2, 1], … }], periodsCount: 2, weightedAverage: [1, 0.5] }
 */
export function cohortTableOfRows(rows: readonly CohortQueryRow[], period: Period, metric: CohortMetric): CohortTable {
  const cohorts: CohortRow[] = [];
  for (const row of rows) {
    if (row.period === 0) {
      const startDay = labelStartDay(row.cohort, period);
      if (startDay === null) throw new Error(`cohort query: "${row.cohort}" is not a ${period} label`);
      cohorts.push({ label: row.cohort, startDay, customers: row.customers, active: [], values: [] });
    }
    const cohort = cohorts[cohorts.length - 1];
    if (cohort === undefined || cohort.label !== row.cohort || cohort.active.length !== row.period) {
      throw new Error(`cohort query: row ${row.cohort} / ${row.period} is out of order`);
    }
    cohort.active.push(row.active);
    cohort.values.push(metric === 'customers' ? row.active : (row.value ?? 0));
  }
  const periodsCount = cohorts.reduce((n, c) => Math.max(n, c.active.length), 0);
  return { period, cohorts, periodsCount, weightedAverage: weightedAverage(cohorts, periodsCount) };
}
