/**
 * The same monthly cohort table in DuckDB, what an analyst would reach for instead.
 *
 * The orders are loaded (not timed) into `orders(customer INTEGER, day DATE, amount DOUBLE)` from the
 * already-normalised columns (customer numbers, wall-clock days in the spreadsheet's zone), DuckDB's
 * best case: no id strings, no time zones. The query uses the add-on's definition (docs/METRICS.md):
 * a purchase is an order with amount > 0; a customer's cohort is the month of their first purchase
 * ever; cell (cohort, k) counts the distinct customers of the cohort with a purchase k months later.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { CohortTable } from '../src/core/cohort';
import type { OrderTable } from '../src/core/types';

export const COHORT_SQL = `
WITH purchases AS (
  SELECT customer, date_trunc('month', day)::DATE AS month FROM orders WHERE amount > 0
), cohorts AS (
  SELECT customer, min(month) AS cohort FROM purchases GROUP BY customer
)
SELECT strftime(cohort, '%Y-%m') AS cohort, date_diff('month', cohort, month) AS k, count(DISTINCT customer) AS active
FROM purchases JOIN cohorts USING (customer)
GROUP BY ALL`;

/** One cell of the cohort table: `cohort|k` → active customers (non-zero cells only). */
export type Cells = Map<string, number>;

export interface DuckDb {
  connection: DuckDBConnection;
  close(): void;
}

/**
 * An in-memory DuckDB on all cores (2 threads on the benchmark machine) with the orders loaded.
 * @example const db = await loadDuckDb(table); await cohortCellsDuckDb(db); db.close();
 */
export async function loadDuckDb(table: OrderTable): Promise<DuckDb> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('CREATE TABLE staging (customer INTEGER, day INTEGER, amount DOUBLE)');
  const appender = await connection.createAppender('staging');
  for (let i = 0; i < table.count; i++) {
    appender.appendInteger(table.customer[i]);
    appender.appendInteger(table.day[i]);
    appender.appendDouble(table.amount[i]);
    appender.endRow();
  }
  appender.closeSync();
  await connection.run(`CREATE TABLE orders AS SELECT customer, DATE '1970-01-01' + day AS day, amount FROM staging`);
  await connection.run('DROP TABLE staging');
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs the cohort query and reads its rows into cells. */
export async function cohortCellsDuckDb(db: DuckDb): Promise<Cells> {
  const reader = await db.connection.runAndReadAll(COHORT_SQL);
  const cells: Cells = new Map();
  for (const [cohort, k, active] of reader.getRowsJS()) cells.set(`${cohort}|${Number(k)}`, Number(active));
  return cells;
}

/** The non-zero "on" counts of our table as cells. */
export function cohortCellsOf(table: CohortTable): Cells {
  const cells: Cells = new Map();
  for (const row of table.cohorts) row.active.forEach((n, k) => n > 0 && cells.set(`${row.label}|${k}`, n));
  return cells;
}

/** The first difference between two cell sets, or null when they are equal. */
export function firstDifference(ours: Cells, theirs: Cells): string | null {
  for (const [key, n] of ours) if (theirs.get(key) !== n) return `${key}: ours ${n}, DuckDB ${theirs.get(key) ?? 0}`;
  for (const [key, n] of theirs) if (!ours.has(key)) return `${key}: ours 0, DuckDB ${n}`;
  return null;
}
