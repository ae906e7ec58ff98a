/**
 * The common start of every query: the table's lines become orders by the core's reading rules
 * (src/core/read/orders.ts, docs/DECISIONS-reading.md), written once for both dialects:
 * - customer: the text of the customer cell, trimmed; an e-mail (it holds "@") lower-cased;
 *   a line without one is left out (`no_customer`);
 * - day: the wall-clock day (a `timestamp` column in the spreadsheet's zone); days before
 *   1970-01-01 are left out (`early_date`), as are lines without a date or an amount;
 * - amount: the amount column, or quantity × price;
 * - lines sharing an order id and a customer are one order: amounts summed, the day of its
 *   earliest line (a table has no row order; the core takes the first line's, the earliest in a
 *   chronological export). A line without an order id is an order by itself.
 * CTEs: `lines_raw`, `lines`, `orders (customer, day, amount)`.
 */
import type { Dialect } from './dialect';
import type { SqlInput } from './options';

/**
 * The CTE definitions (without WITH) that end in `orders (customer, day, amount)`.
 * @example ordersCtes(duckDb, input).join(',\n') // "lines_raw AS (…),\nlines AS (…),\norders AS (…)"
 */
export function ordersCtes(d: Dialect, input: SqlInput): string[] {
  const { columns, options } = input;
  const col = (name: string) => d.ident(name);
  const date =
    columns.dateKind === 'timestamp' ? d.wallDate(col(columns.date), options.timeZone) : `CAST(${col(columns.date)} AS DATE)`;
  const amount = columns.amount !== undefined ? col(columns.amount) : `${col(columns.quantity!)} * ${col(columns.price!)}`;
  const orderId = columns.order !== undefined ? `TRIM(CAST(${col(columns.order)} AS STRING))` : `CAST(NULL AS STRING)`;
  const rawLines =
    `lines_raw AS (SELECT TRIM(CAST(${col(columns.customer)} AS STRING)) AS customer_text, ` +
    `${d.dayNumber(date)} AS day, ${amount} AS amount, ${orderId} AS order_id FROM ${d.table(input.table)})`;
  const lines =
    `lines AS (SELECT CASE WHEN STRPOS(customer_text, '@') > 0 THEN LOWER(customer_text) ELSE customer_text END AS customer, ` +
    `day, amount, order_id FROM lines_raw WHERE customer_text <> '' AND day >= 0 AND amount IS NOT NULL)`;
  const orders =
    columns.order === undefined
      ? `orders AS (SELECT customer, day, amount FROM lines)`
      : `orders AS (SELECT customer, MIN(day) AS day, SUM(amount) AS amount FROM lines WHERE order_id <> '' GROUP BY customer, order_id ` +
        `UNION ALL SELECT customer, day, amount FROM lines WHERE order_id IS NULL OR order_id = '')`;
  return [rawLines, lines, orders];
}

/**
 * The condition that makes an order a purchase: net amount > 0, or every order with includeRefunds.
 * @example purchaseCondition('o', false) === 'o.amount > 0'
 */
export function purchaseCondition(alias: string, includeRefunds: boolean | undefined): string {
  return includeRefunds === true ? 'TRUE' : `${alias}.amount > 0`;
}
