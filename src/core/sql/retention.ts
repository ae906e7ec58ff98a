/**
 * The counts behind CRR, CHURN and won back for the period [from, to] (both days included) as one
 * query (the core's retentionCounts, docs/METRICS.md), with W the activity window (default the
 * period's length): S = a purchase in [from − W, from); A = a purchase in [to + 1 − W, to + 1);
 * N = first purchase ever in the period; kept = S ∩ A; won back = A \ (S ∪ N).
 * One row: `start`, `end` (= kept + new), `new`, `lost` (= start − kept), `kept`, `wonBack`, and
 * `crr` = kept / start, `churn` = lost / start (null when start is 0), named like `retention metrics --json`.
 */
import type { Dialect } from './dialect';
import { SqlError } from './errors';
import { checkedInput, type SqlInput } from './options';
import { ordersCtes, purchaseCondition } from './orders';

/**
 * The retention-counts query of a table for options.from … options.to.
 * @example retentionSql(duckDb, { table: 'orders', columns, options: { period: 'month', from: 19754, to: 19782, timeZone: 'UTC' } })
 *   // one row: start, end, new, lost, kept, wonBack, crr, churn
 */
export function retentionSql(d: Dialect, input: SqlInput): string {
  const { options } = checkedInput(input);
  if (options.from === undefined || options.to === undefined) throw new SqlError('no_range');
  const start = options.from;
  const end = options.to + 1;
  const w = options.windowDays ?? end - start;
  const ctes = ordersCtes(d, input);
  ctes.push(
    `per_customer AS (SELECT o.customer, MIN(o.day) AS first_day, ` +
      `MAX(CASE WHEN o.day >= ${start - w} AND o.day < ${start} THEN 1 ELSE 0 END) AS in_start, ` +
      `MAX(CASE WHEN o.day >= ${end - w} AND o.day < ${end} THEN 1 ELSE 0 END) AS in_end ` +
      `FROM orders o WHERE ${purchaseCondition('o', options.includeRefunds)} GROUP BY o.customer)`,
  );
  ctes.push(
    `flags AS (SELECT in_start, in_end, CASE WHEN first_day >= ${start} AND first_day < ${end} THEN 1 ELSE 0 END AS is_new FROM per_customer)`,
  );
  ctes.push(
    `counts AS (SELECT COALESCE(SUM(in_start), 0) AS s, COALESCE(SUM(in_start * in_end), 0) AS kept, COALESCE(SUM(is_new), 0) AS n, ` +
      `COALESCE(SUM(CASE WHEN in_start = 0 AND in_end = 1 AND is_new = 0 THEN 1 ELSE 0 END), 0) AS won_back FROM flags)`,
  );
  const columns = [
    `s AS ${d.ident('start')}`,
    `kept + n AS ${d.ident('end')}`,
    `n AS ${d.ident('new')}`,
    `s - kept AS ${d.ident('lost')}`,
    `kept AS ${d.ident('kept')}`,
    `won_back AS ${d.ident('wonBack')}`,
    `kept / NULLIF(s, 0) AS ${d.ident('crr')}`,
    `(s - kept) / NULLIF(s, 0) AS ${d.ident('churn')}`,
  ];
  return `WITH ${ctes.join(',\n')}\nSELECT ${columns.join(', ')}\nFROM counts`;
}
