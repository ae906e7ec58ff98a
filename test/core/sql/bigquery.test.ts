import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import nodeSqlParser from 'node-sql-parser';
import { bigQuery, cohortSql, metricsSql, retentionSql, type SqlColumns } from '../../../src/core/sql';
import { optionsArb, sqlColumns } from './shop';

const parser = new nodeSqlParser.Parser();

/** The BigQuery text of every query, for many option combinations, is accepted by a BigQuery Standard SQL grammar. */
describe('the BigQuery queries parse as BigQuery Standard SQL (node-sql-parser)', () => {
  const wallClock: SqlColumns = { customer: 'Customer ID', date: 'Order Date', dateKind: 'date', amount: 'Total', order: 'Order' };

  it('for the cohort, retention and metrics queries over generated options', () => {
    fc.assert(
      fc.property(optionsArb, fc.boolean(), (o, zoned) => {
        const columns = zoned ? sqlColumns(o) : wallClock;
        const from = o.from ?? 19700;
        const options = { ...o, timeZone: o.zone, from, to: o.to ?? from + 100, windowDays: 30 };
        for (const sql of [cohortSql, retentionSql, metricsSql].map((build) => build(bigQuery, { table: 'my-project.shop.orders', columns, options }))) {
          const ast = parser.astify(sql, { database: 'bigquery' });
          expect(Array.isArray(ast) ? ast.length : 1).toBe(1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('uses none of the dialect-specific week functions the issue warns about', () => {
    const sql = cohortSql(bigQuery, { table: 'p.d.t', columns: wallClock, options: { period: 'week', weekStart: 'sunday', timeZone: 'UTC' } });
    expect(sql).not.toMatch(/DATE_DIFF|DATE_TRUNC|WEEK\b|ISOWEEK/i);
    expect(sql).toContain('UNIX_DATE');
  });
});
