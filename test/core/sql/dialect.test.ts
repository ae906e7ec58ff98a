import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodeSqlParser from 'node-sql-parser';
import { dayFromCivil } from '../../../src/core/days';
import { bigQuery, checkedName, duckDb, zoneLiteral } from '../../../src/core/sql/dialect';
import { SqlError } from '../../../src/core/sql/errors';
import { openDuckDb, queryRows } from './shop';

const parser = new nodeSqlParser.Parser();
/** True when node-sql-parser's BigQuery grammar accepts the statement. */
const parsesAsBigQuery = (sql: string) => parser.astify(sql, { database: 'bigquery' }) !== undefined;

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());
const duck = async (expression: string) => (await queryRows(db.connection, `SELECT ${expression} AS x`))[0].x;

// Each member of the Dialect interface: DuckDB's form run in DuckDB, BigQuery's form as text and parsed.
describe('the dialect differences, one by one', () => {
  it('table: BigQuery quotes the whole path in backticks, DuckDB each part in double quotes', () => {
    expect(bigQuery.table('shop-123.sales.orders')).toBe('`shop-123.sales.orders`');
    expect(duckDb.table('main.orders')).toBe('"main"."orders"');
    expect(parsesAsBigQuery(`SELECT 1 AS x FROM ${bigQuery.table('shop-123.sales.orders')}`)).toBe(true);
  });

  it('ident: reserved words and spaces are quoted', async () => {
    expect(bigQuery.ident('end')).toBe('`end`');
    expect(duckDb.ident('Customer ID')).toBe('"Customer ID"');
    expect(await duck(`(SELECT ${duckDb.ident('end')} FROM (SELECT 7 AS ${duckDb.ident('end')}))`)).toBe(7);
    expect(parsesAsBigQuery(`SELECT ${bigQuery.ident('end')} FROM t`)).toBe(true);
  });

  it('intDiv: 20 div 7 = 2 (non-negative operands)', async () => {
    expect(bigQuery.intDiv('20', '7')).toBe('DIV(20, 7)');
    expect(await duck(duckDb.intDiv('20', '7'))).toBe(2);
    expect(parsesAsBigQuery(`SELECT ${bigQuery.intDiv('20', '7')} AS x`)).toBe(true);
  });

  it('wallDate: 2024-01-31 23:30 UTC is 2024-02-01 in Warsaw (UTC+1) and 2024-01-31 in New York', async () => {
    expect(bigQuery.wallDate('ts', 'Europe/Warsaw')).toBe("DATE(ts, 'Europe/Warsaw')");
    const instant = "TIMESTAMPTZ '2024-01-31 23:30:00+00'";
    expect(await duck(`CAST(${duckDb.wallDate(instant, 'Europe/Warsaw')} AS VARCHAR)`)).toBe('2024-02-01');
    expect(await duck(`CAST(${duckDb.wallDate(instant, 'America/New_York')} AS VARCHAR)`)).toBe('2024-01-31');
    expect(parsesAsBigQuery(`SELECT ${bigQuery.wallDate('ts', 'Europe/Warsaw')} AS x FROM t`)).toBe(true);
  });

  it('dayNumber and dateOfDay: 2024-02-29 is day 19782 and back', async () => {
    expect(dayFromCivil(2024, 2, 29)).toBe(19782);
    expect(bigQuery.dayNumber('d')).toBe('UNIX_DATE(d)');
    expect(bigQuery.dateOfDay('19782')).toBe('DATE_FROM_UNIX_DATE(19782)');
    expect(await duck(duckDb.dayNumber("DATE '2024-02-29'"))).toBe(19782);
    expect(await duck(`CAST(${duckDb.dateOfDay('19782')} AS VARCHAR)`)).toBe('2024-02-29');
    expect(parsesAsBigQuery(`SELECT ${bigQuery.dayNumber(bigQuery.dateOfDay('19782'))} AS x`)).toBe(true);
  });

  it('series: one row per integer lo…hi, correlated with an earlier FROM item', async () => {
    expect(bigQuery.series('0', 's.n', 'k')).toBe('UNNEST(GENERATE_ARRAY(0, s.n)) AS k');
    const rows = await queryRows(db.connection, `SELECT s.n, k FROM (SELECT 2 AS n UNION ALL SELECT 0) s, ${duckDb.series('0', 's.n', 'k')} ORDER BY s.n, k`);
    expect(rows.map((r) => [r.n, r.k])).toEqual([[0, 0], [2, 0], [2, 1], [2, 2]]);
    expect(parsesAsBigQuery(`SELECT s.n, k FROM s, ${bigQuery.series('0', 's.n', 'k')}`)).toBe(true);
  });
});

describe('names and zones a query may hold', () => {
  it('refuses quotes, backticks, backslashes and control characters in names', () => {
    for (const name of ['a"b', 'a`b', 'a\\b', 'a\nb', ' ']) expect(() => checkedName(name, 'column')).toThrow(SqlError);
    expect(checkedName('Customer ID', 'column')).toBe('Customer ID');
  });

  it('takes IANA zone names only', () => {
    expect(zoneLiteral('America/Argentina/Buenos_Aires')).toBe("'America/Argentina/Buenos_Aires'");
    expect(zoneLiteral('Etc/GMT+5')).toBe("'Etc/GMT+5'");
    for (const zone of ["UTC'; DROP TABLE x; --", 'Europe/ Warsaw', '']) expect(() => zoneLiteral(zone)).toThrow(SqlError);
  });
});
