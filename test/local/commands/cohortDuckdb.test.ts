/**
 * `retention cohort FILE --engine duckdb` prints what the built-in engine prints, on a generated
 * CSV (order lines, refunds, empty customers, dates with and without a time) and on the same
 * orders as Parquet; what the DuckDB path cannot read the same way is refused in plain words.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/local/random';
import { runRetention } from '../../../src/local/retention';
import { buildOnce } from '../../helpers/build';

const dir = mkdtempSync(join(tmpdir(), 'retention-duckdb-'));
const csv = join(dir, 'orders.csv');
const parquet = join(dir, 'orders.parquet');

/** Order lines of 300 customers over 2023–2024: lines share order ids, 5% refunds, 2% without a customer. */
function shopCsv(): string {
  const rand = seededRandom(16);
  const lines = ['Customer,Date,Quantity,Price,Order'];
  for (let order = 1; order <= 3000; order++) {
    const customer = rand() < 0.02 ? '' : `c${Math.floor(rand() * rand() * 300)}`;
    const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rand() * 730) * 86_400_000).toISOString().slice(0, 10);
    const date = rand() < 0.5 ? day : `${day} ${String(Math.floor(rand() * 24)).padStart(2, '0')}:15:00`;
    const sign = rand() < 0.05 ? -1 : 1;
    const count = 1 + Math.floor(rand() * 3);
    for (let line = 0; line < count; line++) lines.push(`${customer},${date},${sign * (1 + Math.floor(rand() * 3))},${(5 + Math.floor(rand() * 4000) / 100).toFixed(2)},${order}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `retention cohort --quiet ARGS…` run in-process (the runner's own entry, as bin/retention.cjs
 * calls it; cli.test.ts spawns the real command): its stdout, or an error with its stderr.
 */
async function runCohort(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runRetention(['cohort', '--quiet', ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function run(...args: string[]): Promise<string> {
  const result = await runCohort(...args);
  if (result.code !== 0) throw new Error(`retention cohort failed (${result.code}): ${result.stderr}`);
  return result.stdout;
}

async function failure(...args: string[]): Promise<string> {
  const result = await runCohort(...args);
  if (result.code === 0) throw new Error('the command succeeded');
  return result.stderr;
}

/** The two engines' JSON: equal, money to 1e-9 (DuckDB sums in another order). */
function expectSameJson(duck: Record<string, unknown>, core: Record<string, unknown>) {
  type Cohort = { cohort: string; customers: number; active: number[]; values?: number[] };
  const strip = (json: Record<string, unknown>) => ({ ...json, cohorts: (json.cohorts as Cohort[]).map(({ values, ...rest }) => rest) });
  expect(strip(duck)).toEqual(strip(core));
  (core.cohorts as Cohort[]).forEach((c, i) => {
    c.values?.forEach((v, k) => expect((duck.cohorts as Cohort[])[i].values![k]).toBeCloseTo(v, 9));
  });
}

beforeAll(async () => {
  await buildOnce();
  writeFileSync(csv, shopCsv());
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  await connection.run(`COPY (SELECT * FROM read_csv('${csv}', header = true, types = {'Date': 'VARCHAR'})) TO '${parquet}' (FORMAT parquet)`);
  connection.closeSync();
  instance.closeSync();
}, 60_000);

describe('retention cohort --engine duckdb', () => {
  const cases: string[][] = [
    [],
    ['--period', 'week', '--week-start', 'sunday', '--mode', 'on-or-after'],
    ['--period', 'day', '--include-refunds', '--from', '2023-03-01', '--to', '2023-04-15'],
    ['--period', 'quarter', '--metric', 'revenue'],
    ['--metric', 'ltv', '--from', '2023-06-10'],
  ];
  for (const options of cases) {
    it(`prints the built-in engine's JSON with ${options.join(' ') || 'the default options'}`, async () => {
      const core = JSON.parse(await run(csv, '--json', ...options));
      expect(core.cohorts.length).toBeGreaterThan(0);
      expectSameJson(JSON.parse(await run(csv, '--json', '--engine', 'duckdb', ...options)), core);
    });
  }

  it('prints the same text: columns used, the table and the data health', async () => {
    const title = /^Cohorts by month \(.*\)$/m;
    expect((await run(csv, '--engine', 'duckdb')).replace(title, '')).toBe((await run(csv)).replace(title, ''));
  });

  it('reads the same orders from Parquet (dates as text there)', async () => {
    const core = JSON.parse(await run(csv, '--json', '--period', 'week'));
    const duck = JSON.parse(await run(parquet, '--json', '--period', 'week', '--engine', 'duckdb'));
    expectSameJson(duck, core);
  });

  it('refuses columns the DuckDB path does not apply, with how to go on', async () => {
    const shopify = join(dir, 'shopify.csv');
    writeFileSync(shopify, 'Email,Created at,Total,Financial Status\na@x.pl,2024-01-05 10:00:00,10,paid\n');
    expect(await failure(shopify, '--engine', 'duckdb')).toContain('but this file also has "Financial Status", which the built-in engine applies. Leave out --engine duckdb, or leave the columns out with --status none.');
  });

  it('refuses dates and amounts it would read otherwise than the core', async () => {
    const local = join(dir, 'local.csv');
    writeFileSync(local, 'Customer,Date,Amount\na,31.01.2024,"12,50"\nb,01.02.2024,"3,00"\n');
    expect(await failure(local, '--engine', 'duckdb')).toContain('DuckDB reads the date column "Date" as VARCHAR, not as dates.');
    const money = join(dir, 'money.csv');
    writeFileSync(money, 'Customer,Date,Amount\na,2024-01-31,$12.50\nb,2024-02-01,$3.00\n');
    expect(await failure(money, '--engine', 'duckdb')).toContain('DuckDB reads the column "Amount" as VARCHAR, not as numbers.');
    expect(await failure(join(dir, 'orders.xlsx'), '--engine', 'duckdb')).toContain('The DuckDB engine reads CSV, TSV (also gzipped) and Parquet files');
  });
});
