/**
 * The cohort table as one query (the core's cohortTable, docs/METRICS.md): one row per
 * (cohort, period) with `cohort` (the label), `period` (0 = the cohort's own), `customers` (the
 * cohort's size), `active`, `dataEnd` (the last day of the data, `YYYY-MM-DD`, the same on every
 * row), and `value` for the revenue metrics (net revenue of the cell, or the
 * running net revenue per customer). Every period that has started by the data end is listed,
 * active or not; cohorts without a customer have no rows. Ordered by cohort, then period.
 */
import type { Dialect } from './dialect';
import { checkedInput, type SqlInput } from './options';
import { ordersCtes, purchaseCondition } from './orders';
import { periodIndexSql, periodLabelSql } from './periods';

/**
 * The cohort query of a table.
 * @example cohortSql(bigQuery, { table: 'shop.sales.orders', columns: { customer: 'email', date: 'created_at', dateKind: 'timestamp', amount: 'total', order: 'order_id' }, options: { period: 'month', timeZone: 'Europe/Warsaw' } })
 *   // "WITH lines_raw AS (…) … SELECT … AS `cohort`, … AS `period`, … AS `customers`, … AS `active` FROM grid g … ORDER BY …"
 */
export function cohortSql(d: Dialect, input: SqlInput): string {
  const { options } = checkedInput(input);
  const weekStart = options.weekStart ?? 'monday';
  const metric = options.metric ?? 'customers';
  const P = (day: string) => periodIndexSql(d, day, options.period, weekStart);
  // As cohortTable: orders after `to` (and after the data end) are ignored; the data ends on the
  // last order day among them unless a data end is given.
  const to = minDefined(options.to, options.dataEndDay);
  const ctes = ordersCtes(d, input);
  ctes.push(`scope AS (SELECT customer, day, amount FROM orders${to === undefined ? '' : ` WHERE day <= ${to}`})`);
  ctes.push(
    options.dataEndDay !== undefined ? `bounds AS (SELECT ${to} AS end_day)` : `bounds AS (SELECT MAX(day) AS end_day FROM scope)`,
  );
  ctes.push(`purchases AS (SELECT o.customer, o.day FROM scope o WHERE ${purchaseCondition('o', options.includeRefunds)})`);
  ctes.push(`firsts AS (SELECT customer, MIN(day) AS first_day, MAX(day) AS last_day FROM purchases GROUP BY customer)`);
  ctes.push(
    `members AS (SELECT f.customer, ${P('f.first_day')} AS cohort_index, ${P('f.last_day')} AS last_index ` +
      `FROM firsts f CROSS JOIN bounds b WHERE f.first_day <= b.end_day${options.from === undefined ? '' : ` AND f.first_day >= ${options.from}`})`,
  );
  ctes.push(`sizes AS (SELECT cohort_index, COUNT(*) AS customers FROM members GROUP BY cohort_index)`);
  ctes.push(
    `grid AS (SELECT s.cohort_index, s.customers, k FROM sizes s, bounds b, ${d.series('0', `${P('b.end_day')} - s.cohort_index`, 'k')})`,
  );
  if (options.mode === 'onOrAfter') {
    ctes.push(`stops AS (SELECT cohort_index, last_index - cohort_index AS k, COUNT(*) AS n FROM members GROUP BY 1, 2)`);
    ctes.push(
      `active AS (SELECT g.cohort_index, g.k, SUM(COALESCE(s.n, 0)) OVER (PARTITION BY g.cohort_index ORDER BY g.k DESC ` +
        `ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS active FROM grid g LEFT JOIN stops s ON s.cohort_index = g.cohort_index AND s.k = g.k)`,
    );
  } else {
    ctes.push(
      `active AS (SELECT m.cohort_index, ${P('p.day')} - m.cohort_index AS k, COUNT(DISTINCT p.customer) AS active ` +
        `FROM purchases p JOIN members m ON m.customer = p.customer GROUP BY 1, 2)`,
    );
  }
  const columns = [
    `${periodLabelSql(d, 'g.cohort_index', options.period, weekStart)} AS ${d.ident('cohort')}`,
    `g.k AS ${d.ident('period')}`,
    `g.customers AS ${d.ident('customers')}`,
    `COALESCE(a.active, 0) AS ${d.ident('active')}`,
    `CAST(${d.dateOfDay('b.end_day')} AS STRING) AS ${d.ident('dataEnd')}`,
  ];
  let joins = `grid g CROSS JOIN bounds b LEFT JOIN active a ON a.cohort_index = g.cohort_index AND a.k = g.k`;
  if (metric !== 'customers') {
    // Net revenue of every order of the cohort's customers (refunds included) from the cohort's period on.
    ctes.push(
      `revenue AS (SELECT m.cohort_index, ${P('o.day')} - m.cohort_index AS k, SUM(o.amount) AS revenue ` +
        `FROM scope o JOIN members m ON m.customer = o.customer CROSS JOIN bounds b ` +
        `WHERE o.day <= b.end_day AND ${P('o.day')} >= m.cohort_index GROUP BY 1, 2)`,
    );
    joins += ` LEFT JOIN revenue r ON r.cohort_index = g.cohort_index AND r.k = g.k`;
    columns.push(
      metric === 'revenue'
        ? `COALESCE(r.revenue, 0) AS ${d.ident('value')}`
        : `SUM(COALESCE(r.revenue, 0)) OVER (PARTITION BY g.cohort_index ORDER BY g.k ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) / g.customers AS ${d.ident('value')}`,
    );
  }
  return `WITH ${ctes.join(',\n')}\nSELECT ${columns.join(', ')}\nFROM ${joins}\nORDER BY g.cohort_index, g.k`;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}
