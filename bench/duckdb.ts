/**
 * The same monthly cohort table in DuckDB, what an analyst would reach for instead.
 *
 * The data is loaded (not timed) in two forms:
 * - `sheet(customer VARCHAR, ordered_at TIMESTAMP, amount DOUBLE)`: the sheet's own data as an analyst
 *   exporting it would load it (ids as text, the wall-clock date-time of each order);
 * - `orders(customer INTEGER, day DATE, amount DOUBLE)`: the add-on's normalised columns (customer
 *   numbers, wall-clock days), DuckDB's best case, handed our reading for free.
 * The query uses the add-on's definition (docs/METRICS.md):
 * a purchase is an order with amount > 0; a customer's cohort is the month of their first purchase
 * ever; cell (cohort, k) counts the distinct customers of the cohort with a purchase k months later.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { CohortTable } from '../src/core/cohort';
import type { OrderTable } from '../src/core/types';

/** The cohort query over `table`, whose column `when` is a DATE or TIMESTAMP. */
export const cohortSql = (table: 'sheet' | 'orders', when: 'ordered_at' | 'day') => `
WITH purchases AS (
  SELECT customer, date_trunc('month', ${when})::DATE AS month FROM ${table} WHERE amount > 0
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

/** The sheet's data: customer ids as text, wall-clock times (Date.UTC of their fields), amounts. */
export interface SheetColumns {
  count: number;
  customer: (i: number) => string;
  wallMs: Float64Array;
  amount: Float64Array;
}

/**
 * An in-memory DuckDB on all cores (2 threads on the benchmark machine) with the orders loaded:
 * `orders` from the normalised table, and `sheet` from the sheet's columns when given.
 * @example const db = await loadDuckDb(table); await cohortCellsDuckDb(db, 'orders'); db.close();
 */
export async function loadDuckDb(table: OrderTable, sheet?: SheetColumns): Promise<DuckDb> {
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
  if (sheet) {
    await connection.run('CREATE TABLE staging (customer VARCHAR, ms DOUBLE, amount DOUBLE)');
    const rows = await connection.createAppender('staging');
    for (let i = 0; i < sheet.count; i++) {
      rows.appendVarchar(sheet.customer(i));
      rows.appendDouble(sheet.wallMs[i]);
      rows.appendDouble(sheet.amount[i]);
      rows.endRow();
    }
    rows.closeSync();
    await connection.run('CREATE TABLE sheet AS SELECT customer, epoch_ms(ms::BIGINT) AS ordered_at, amount FROM staging');
    await connection.run('DROP TABLE staging');
  }
  return {
    connection,
    close: () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs the cohort query on `sheet` or `orders` and reads its rows into cells. */
export async function cohortCellsDuckDb(db: DuckDb, table: 'sheet' | 'orders'): Promise<Cells> {
  const reader = await db.connection.runAndReadAll(cohortSql(table, table === 'sheet' ? 'ordered_at' : 'day'));
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
