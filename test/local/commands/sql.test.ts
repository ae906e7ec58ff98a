/**
 * `retention sql` prints the report's query; the DuckDB text is run here, the BigQuery text parsed.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import nodeSqlParser from 'node-sql-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../../helpers/build';
import { retention, retentionOutput } from '../../helpers/runner';

/** `retention sql --quiet ARGS…` in-process (test/helpers/runner.ts): its stdout. */
const run = (...args: string[]) => retentionOutput('sql', '--quiet', ...args);

/** Exit code and stderr of a run expected to fail. */
async function failure(...args: string[]): Promise<{ status: number; stderr: string }> {
  const { status, stderr } = await retention('sql', '--quiet', ...args);
  if (status === 0) throw new Error('the command succeeded');
  return { status, stderr };
}

const COLUMNS = ['--customer', 'email', '--date', 'created_at', '--amount', 'total', '--order', 'order_id'];

beforeAll(async () => {
  await buildOnce();
});

describe('retention sql', () => {
  it('prints a BigQuery cohort query that a BigQuery grammar accepts', async () => {
    const text = await run('--dialect', 'bigquery', '--report', 'cohort', '--table', 'my-shop.sales.orders', ...COLUMNS, '--period', 'week', '--week-start', 'sunday', '--timezone', 'Europe/Warsaw');
    expect(text).toContain('`my-shop.sales.orders`');
    expect(text).toContain("DATE(`created_at`, 'Europe/Warsaw')");
    const ast = new nodeSqlParser.Parser().astify(text.trim().replace(/;$/, ''), { database: 'bigquery' });
    expect(ast).toBeDefined();
  });

  it('prints a DuckDB retention query that gives the hand-computed counts', async () => {
    // February 2024, window 29 days: a bought 01-10 and 02-05 (kept); b 01-15 only (lost); c first 02-03 (new).
    const text = await run('--dialect', 'duckdb', '--report', 'retention', '--table', 'orders', ...COLUMNS, '--date-type', 'date', '--from', '2024-02-01', '--to', '2024-02-29');
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await instance.connect();
    await connection.run(`CREATE TABLE orders AS SELECT * FROM (VALUES ('a', DATE '2024-01-10', 5.0, '1'), ('a', DATE '2024-02-05', 5.0, '2'),
      ('b', DATE '2024-01-15', 5.0, '3'), ('c', DATE '2024-02-03', 5.0, '4')) t(email, created_at, total, order_id)`);
    const rows = (await connection.runAndReadAll(text)).getRowObjectsJson();
    connection.closeSync();
    instance.closeSync();
    // start 2 (a, b), kept 1, lost 1, new 1, end = 1 + 1 = 2, won back 0; CRR 1/2.
    expect(rows).toEqual([{ start: '2', end: '2', new: '1', lost: '1', kept: '1', wonBack: '0', crr: 0.5, churn: 0.5 }]);
  });

  it('refuses missing or wrong options in plain words (exit code 2)', async () => {
    expect(await failure('--dialect', 'oracle', '--report', 'cohort', '--table', 't', ...COLUMNS)).toEqual({ status: 2, stderr: '--dialect must be one of bigquery, duckdb (not "oracle").\n' });
    expect((await failure('--dialect', 'duckdb', '--report', 'cohort', '--table', 't', '--customer', 'c', '--date', 'd')).stderr).toBe('Name the amount: --amount COL, or --quantity COL --price COL.\n');
    expect((await failure('--dialect', 'duckdb', '--report', 'retention', '--table', 't', ...COLUMNS)).stderr).toBe('This report needs a date range: a first and a last day.\n');
    expect((await failure('--dialect', 'bigquery', '--report', 'cohort', '--table', 'a`b', ...COLUMNS)).stderr).toContain('The table name "a`b" cannot be used');
    expect((await failure('--dialect', 'bigquery', '--report', 'cohort', '--table', 't', ...COLUMNS, '--locale', 'pl_PL', '--timezone', 'Mars/Base 1')).stderr).toBe(
      'Strefa czasowa „Mars/Base 1” nie jest nazwą strefy, taką jak Europe/Warsaw.\n',
    );
  });
});
