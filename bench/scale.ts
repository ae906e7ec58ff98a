/**
 * `npm run bench:scale` (long: minutes, several GB of temporary Parquet): how far each path goes
 * on this machine (docs/BENCHMARK.md § Scale). The same generated orders, written as Parquet by
 * DuckDB in a temporary folder (deleted at the end), are given to:
 * - the DuckDB engine (`retention cohort FILE --engine duckdb`'s query: src/core/sql's cohortSql)
 *   at 1,000,000, 10,000,000 and 100,000,000 orders;
 * - the in-memory core as the sheet path runs it (getValues-shaped rows → createOrderReader in
 *   50,000-row blocks → cohortTable) at 1,000,000 and 3,000,000 orders.
 * Each measurement runs in its own child process: wall time, and peak memory as the process's peak
 * resident set (VmHWM in /proc/self/status: Node's heap, the rows and DuckDB's native memory alike).
 * At 1,000,000 the two tables are first checked equal cell for cell.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { cohortTable } from '../src/core/cohort';
import { createOrderReader } from '../src/core/read/orders';
import { cohortSql, duckDb, type SqlInput } from '../src/core/sql';
import type { CellValue } from '../src/core/types';
import { intlOffsetAt } from '../src/local/zone';

const ZONE = 'Europe/Warsaw';
const CHUNK_ROWS = 50_000;
const DUCKDB_SIZES = [1_000_000, 10_000_000, 100_000_000];
const CORE_SIZES = [1_000_000, 3_000_000];
/** Bytes of Parquet per order, measured on the first file, with a margin (the free-space check). */
const BYTES_PER_ORDER = 16;

/** The cohort query's input for the generated files: one row per order, instants in the zone. */
function input(table: string): SqlInput {
  return { table, columns: { customer: 'customer', date: 'ordered_at', dateKind: 'timestamp', amount: 'amount' }, options: { period: 'month', timeZone: ZONE } };
}

/** Peak resident set of this process in MiB (Linux). */
function peakRssMiB(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : NaN;
}

/**
 * N orders from N/10 customers over three years (2021–2023), written by DuckDB: customer c =
 * ⌊u² · C⌋ (a few buy often), a uniform instant, 3% refunds of −20, else 10…99. Deterministic (hash of i).
 */
async function writeOrders(path: string, n: number): Promise<number> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  // 53 random bits of a hash per draw: enough distinct values for 10,000,000 customers and every second of three years.
  const u = (salt: number) => `(CAST(hash(i + ${salt * n}) >> 11 AS DOUBLE) / 9007199254740992.0)`;
  const started = Date.now();
  await connection.run(
    `COPY (SELECT 'c' || CAST(CAST(floor(${u(1)} * ${u(1)} * ${n / 10}) AS BIGINT) AS VARCHAR) AS customer, ` +
      `TIMESTAMPTZ '2021-01-01 00:00:00+00' + to_seconds(CAST(floor(${u(2)} * ${3 * 365 * 86400}) AS BIGINT)) AS ordered_at, ` +
      `CASE WHEN ${u(3)} < 0.03 THEN -20.0 ELSE 10.0 + floor(${u(3)} * 90) END AS amount ` +
      `FROM range(${n}) t(i)) TO '${path}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
  return Date.now() - started;
}

/** Child: the DuckDB engine's cohort query on a Parquet file. */
async function duckdbChild(path: string): Promise<object> {
  const started = Date.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE VIEW orders AS SELECT * FROM read_parquet('${path}')`);
  const rows = (await connection.runAndReadAll(cohortSql(duckDb, input('orders')))).getRowObjectsJson();
  const ms = Date.now() - started;
  connection.closeSync();
  instance.closeSync();
  return { ms, peakRssMiB: peakRssMiB(), cells: rows.length, rows: rows.map((r) => [r.cohort, Number(r.period), Number(r.customers), Number(r.active)]) };
}

/** Child: the in-memory core as the sheet path runs it, on the same orders as getValues rows. */
async function coreChild(path: string): Promise<object> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const reader = await connection.runAndReadAll(`SELECT customer, epoch_ms(ordered_at) AS ms, amount FROM read_parquet('${path}')`);
  const rows: CellValue[][] = reader.getRows().map(([customer, ms, amount]) => [String(customer), new Date(Number(ms)), Number(amount)]);
  connection.closeSync();
  instance.closeSync();
  const loadedMiB = peakRssMiB();
  const started = Date.now();
  const orders = createOrderReader({ offsetAt: intlOffsetAt(ZONE), expectedRows: rows.length });
  for (let at = 0; at < rows.length; at += CHUNK_ROWS) orders.addRowBlock(rows.slice(at, at + CHUNK_ROWS), { customer: 0, date: 1, amount: 2 });
  const table = cohortTable(orders.finish(), { period: 'month' });
  const ms = Date.now() - started;
  const cells = table.cohorts.flatMap((c) => c.active.map((active, k) => [c.label, k, c.customers, active]));
  return { ms, peakRssMiB: peakRssMiB(), loadedMiB, cells: cells.length, rows: cells };
}

function child(kind: 'duckdb' | 'core', path: string): { ms: number; peakRssMiB: number; cells: number; rows: unknown[]; loadedMiB?: number } {
  const out = execFileSync(process.execPath, ['--max-old-space-size=16000', __filename, '--child', kind, path], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return JSON.parse(out);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') {
    const result = process.argv[3] === 'duckdb' ? await duckdbChild(process.argv[4]) : await coreChild(process.argv[4]);
    process.stdout.write(JSON.stringify(result));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'retention-scale-'));
  const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
  const needed = [...new Set([...DUCKDB_SIZES, ...CORE_SIZES])].reduce((s, n) => s + n * BYTES_PER_ORDER, 0);
  if (free < needed * 2) throw new Error(`bench:scale needs about ${(needed / 2 ** 30).toFixed(1)} GiB free in ${dir}; there are ${(free / 2 ** 30).toFixed(1)} GiB.`);
  const results: Record<string, unknown>[] = [];
  try {
    const files = new Map<number, string>();
    for (const n of [...new Set([...CORE_SIZES, ...DUCKDB_SIZES])].sort((a, b) => a - b)) {
      const path = join(dir, `orders-${n}.parquet`);
      const writeMs = await writeOrders(path, n);
      files.set(n, path);
      console.log(`wrote ${n.toLocaleString('en-US')} orders: ${(statSync(path).size / 2 ** 20).toFixed(0)} MiB of Parquet in ${(writeMs / 1000).toFixed(1)} s`);
    }
    for (const n of CORE_SIZES) {
      const r = child('core', files.get(n)!);
      results.push({ path: 'core (rows → reader → cohortTable)', orders: n, ms: r.ms, peakRssMiB: r.peakRssMiB, loadedMiB: r.loadedMiB, cells: r.cells });
      console.log(`core    ${n.toLocaleString('en-US').padStart(11)} orders: ${(r.ms / 1000).toFixed(2)} s, peak ${r.peakRssMiB} MiB (${r.loadedMiB} MiB with the rows loaded, before reading)`);
      if (n === DUCKDB_SIZES[0]) {
        const d = child('duckdb', files.get(n)!);
        if (JSON.stringify(d.rows) !== JSON.stringify(r.rows)) throw new Error('the DuckDB table differs from the core table at 1,000,000 orders');
        console.log(`checked: DuckDB's table equals the core's, all ${r.cells} cells`);
      }
    }
    for (const n of DUCKDB_SIZES) {
      const r = child('duckdb', files.get(n)!);
      results.push({ path: 'DuckDB engine (Parquet → cohortSql)', orders: n, ms: r.ms, peakRssMiB: r.peakRssMiB, cells: r.cells });
      console.log(`duckdb  ${n.toLocaleString('en-US').padStart(11)} orders: ${(r.ms / 1000).toFixed(2)} s, peak ${r.peakRssMiB} MiB, ${r.cells} cells`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  writeFileSync(join(process.cwd(), 'bench', 'scale-results.json'), JSON.stringify({ date: new Date().toISOString(), results }, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
