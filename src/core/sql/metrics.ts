/**
 * The descriptive metrics per period as one query (the core's customerTotals and the metric
 * functions of src/core/metrics/orders.ts, docs/METRICS.md): for each period (of options.period)
 * holding orders in [from, to], over that period's orders in the range:
 * customers (≥ 1 purchase), repeat customers (≥ 2), purchases, net revenue (every order, refunds
 * included) and span (Σ last − first purchase day per customer). One row per period, ordered:
 * `period` (its label), `clv` (net revenue / customers), `avgRetentionPeriod` (span / customers,
 * days), `repeatPurchaseRate`, `aov` (net revenue / purchases), `purchaseFrequency`,
 * `avgDaysBetweenPurchases` (span / (purchases − customers)): null where the core's is null.
 */
import type { Dialect } from './dialect';
import { checkedInput, type SqlInput } from './options';
import { ordersCtes, purchaseCondition } from './orders';
import { periodIndexSql, periodLabelSql } from './periods';

/**
 * The per-period metrics query of a table.
 * @example metricsSql(bigQuery, { table: 'shop.sales.orders', columns, options: { period: 'quarter', timeZone: 'UTC' } })
 *   // rows: period, clv, avgRetentionPeriod, repeatPurchaseRate, aov, purchaseFrequency, avgDaysBetweenPurchases
 */
export function metricsSql(d: Dialect, input: SqlInput): string {
  const { options } = checkedInput(input);
  const weekStart = options.weekStart ?? 'monday';
  const range = [
    ...(options.from === undefined ? [] : [`day >= ${options.from}`]),
    ...(options.to === undefined ? [] : [`day <= ${options.to}`]),
  ];
  const ctes = ordersCtes(d, input);
  ctes.push(
    `in_range AS (SELECT customer, day, amount, ${periodIndexSql(d, 'day', options.period, weekStart)} AS period_index ` +
      `FROM orders${range.length === 0 ? '' : ` WHERE ${range.join(' AND ')}`})`,
  );
  ctes.push(`revenue AS (SELECT period_index, SUM(amount) AS net_revenue FROM in_range GROUP BY period_index)`);
  ctes.push(
    `per_customer AS (SELECT o.period_index, o.customer, COUNT(*) AS purchases, MAX(o.day) - MIN(o.day) AS span ` +
      `FROM in_range o WHERE ${purchaseCondition('o', options.includeRefunds)} GROUP BY o.period_index, o.customer)`,
  );
  ctes.push(
    `totals AS (SELECT period_index, COUNT(*) AS customers, SUM(CASE WHEN purchases >= 2 THEN 1 ELSE 0 END) AS repeat_customers, ` +
      `SUM(purchases) AS purchases, SUM(span) AS span_days FROM per_customer GROUP BY period_index)`,
  );
  const columns = [
    `${periodLabelSql(d, 'r.period_index', options.period, weekStart)} AS ${d.ident('period')}`,
    `r.net_revenue / NULLIF(t.customers, 0) AS ${d.ident('clv')}`,
    `t.span_days / NULLIF(t.customers, 0) AS ${d.ident('avgRetentionPeriod')}`,
    `t.repeat_customers / NULLIF(t.customers, 0) AS ${d.ident('repeatPurchaseRate')}`,
    `r.net_revenue / NULLIF(t.purchases, 0) AS ${d.ident('aov')}`,
    `t.purchases / NULLIF(t.customers, 0) AS ${d.ident('purchaseFrequency')}`,
    `t.span_days / NULLIF(t.purchases - t.customers, 0) AS ${d.ident('avgDaysBetweenPurchases')}`,
  ];
  return `WITH ${ctes.join(',\n')}\nSELECT ${columns.join(', ')}\nFROM revenue r LEFT JOIN totals t ON t.period_index = r.period_index\nORDER BY r.period_index`;
}
