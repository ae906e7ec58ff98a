/**
 * `npm run bench`: how fast the add-on is, side by side with DuckDB (docs/BENCHMARK.md).
 *
 * Each measurement is its own function; each is the median of ≥ 5 runs after a warm-up.
 * 1. rows → monthly cohort table: getValues-shaped blocks of CHUNK_ROWS rows, each made anew as a
 *    getValues call makes it (not timed), read by the reader (timed), + cohortTable; also (1') the
 *    same with the whole sheet's rows held in memory at once, as the benchmark did before;
 * 2. cohortTable alone on the normalised OrderTable;
 * 3. the same table in DuckDB (checked equal to ours first);
 * 4. a floor: one pass over the normalised columns;
 * 5. each custom function on a 100,000-row range through the built bundle in the local host;
 * 6. the whole report from a 1,000,000-row sheet through the local host, with peak memory
 *    (run in a child process so the rest of the benchmark does not count in its memory);
 * 7. the Customers sheet of the same sheet against the report (bench/customers.ts).
 * Prints a table and writes bench/results.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { cohortTable, type CohortTable } from '../src/core/cohort';
import { createOrderReader, type OrderColumnIndexes, type OrderColumns } from '../src/core/read/orders';
import { intlOffsetAt } from '../src/local/zone';
import type { CellValue, OrderTable } from '../src/core/types';
import { readSheetFile } from '../src/local/files';
import { wallToInstant } from '../src/local/host/time';
import type { StoredValue } from '../src/local/sheetData';
import { CHUNK_ROWS } from '../src/server/orders';
import { cohortCellsDuckDb, cohortCellsOf, firstDifference, loadDuckDb, type SheetColumns } from './duckdb';
import { customFunctionTimings } from './customFunctions';
import { customersSheetTimings } from './customers';
import { measure, measureSpans, type Timing } from './measure';
import { reportChild, type ReportResult } from './report';
import { customerId, getValuesBlocks, getValuesRows, syntheticShop, wallDay, type Shop } from './shop';

const ORDERS = 1_000_000;
const SEED = 7;
const RETAIL = join(process.cwd(), '../shared/datasets/online-retail.csv.gz');
const MONTHLY = { period: 'month' } as const;

/** The data rows as getValues gives them, and which column holds what. */
interface RowsInput {
  count: number;
  /** Rows start… end (excluded), as one getValues call gives them. */
  block: (start: number, end: number) => CellValue[][];
  /** All the rows at once, for (1'): given when `block` makes its rows anew. */
  allRows?: () => CellValue[][];
  columns: Partial<Record<keyof OrderColumns, number>>;
  zone: string;
  locale: string;
  /** The same data as a DuckDB user would load it, when it is one row per order. */
  sheet?: SheetColumns;
}

/**
 * (1) From getValues rows to the monthly table: the server's reading (chunks of CHUNK_ROWS rows
 * fed to createOrderReader's addRowBlock with the zone's offsetAt), then cohortTable. `ms`: the
 * time of that work alone, without the making of each block (getValues' part, done by Sheets).
 * In Apps Script each block is garbage once read, so the script's heap holds one block, not the sheet.
 */
export function cohortFromRows(input: RowsInput): { orders: OrderTable; table: CohortTable; ms: number } {
  let t0 = performance.now();
  const reader = createOrderReader({ offsetAt: intlOffsetAt(input.zone), locale: input.locale, firstRowNumber: 2, expectedRows: input.count });
  let ms = performance.now() - t0;
  for (let start = 0; start < input.count; start += CHUNK_ROWS) {
    const block = input.block(start, Math.min(input.count, start + CHUNK_ROWS));
    t0 = performance.now();
    reader.addRowBlock(block, input.columns as OrderColumnIndexes);
    ms += performance.now() - t0;
  }
  t0 = performance.now();
  const orders = reader.finish();
  const table = cohortTable(orders, MONTHLY);
  ms += performance.now() - t0;
  return { orders, table, ms };
}

/** Blocks cut from rows held all at once (the cutting is timed with the reading, as before 2026-12-04). */
function heldBlocks(rows: CellValue[][]): (start: number, end: number) => CellValue[][] {
  return (start, end) => rows.slice(start, end);
}

/** (2) The core computation alone. */
export function coreCohortTable(orders: OrderTable): CohortTable {
  return cohortTable(orders, MONTHLY);
}

/** (4) The floor: one pass over the three normalised columns the table reads, a trivial aggregate. */
export function floorPass(orders: OrderTable): number {
  const { customer, day, amount } = orders;
  let sum = 0;
  for (let i = 0; i < orders.count; i++) if (amount[i] > 0) sum += day[i] + customer[i];
  return sum;
}

/**
 * Measurements (1)–(4) on one data set, after checking our table equals DuckDB's. DuckDB (3) runs
 * on the sheet's data (text ids, date-times) when the data set has that form, and also (3b) on our
 * normalised columns (integer customers, days): its best case.
 */
async function tableTimings(name: string, input: RowsInput): Promise<Record<string, unknown>> {
  const { orders, table } = cohortFromRows(input);
  const db = await loadDuckDb(orders, input.sheet);
  try {
    const ours = cohortCellsOf(table);
    for (const form of input.sheet ? (['sheet', 'orders'] as const) : (['orders'] as const)) {
      const difference = firstDifference(ours, await cohortCellsDuckDb(db, form));
      if (difference !== null) throw new Error(`${name}: our cohort table differs from DuckDB's (${form}) at ${difference}`);
    }
    console.log(`${name}: ${input.count} rows, ${orders.count} orders, ${orders.customerIds.length} customers, ` +
      `${table.cohorts.length} cohorts; table equals DuckDB's (${ours.size} non-zero cells)`);
    const rows = await measureSpans(() => cohortFromRows(input).ms);
    let held: Timing | undefined;
    if (input.allRows) {
      const all = input.allRows();
      held = await measure(() => cohortFromRows({ ...input, block: heldBlocks(all) }));
    }
    const core = await measure(() => coreCohortTable(orders));
    const duckdbIntegers = await measure(() => cohortCellsDuckDb(db, 'orders'));
    const duckdb = input.sheet ? await measure(() => cohortCellsDuckDb(db, 'sheet')) : duckdbIntegers;
    const floor = await measure(() => floorPass(orders));
    return {
      rows: input.count,
      orders: orders.count,
      customers: orders.customerIds.length,
      duckdbData: input.sheet ? 'sheet: customer VARCHAR, ordered_at TIMESTAMP, amount DOUBLE' : 'orders: customer INTEGER, day DATE, amount DOUBLE',
      timings: { rowsToTable: rows, rowsToTableHeld: held, core, duckdb, duckdbIntegers, floor },
      ratios: {
        rowsVsDuckdb: rows.median / duckdb.median,
        ...(held ? { rowsHeldVsDuckdb: held.median / duckdb.median } : {}),
        coreVsDuckdb: core.median / duckdb.median,
        coreVsFloor: core.median / floor.median,
        rowsVsDuckdbIntegers: rows.median / duckdbIntegers.median,
        coreVsDuckdbIntegers: core.median / duckdbIntegers.median,
      },
    };
  } finally {
    db.close();
  }
}

/** The synthetic shop's rows; also checks that the reader gives each order its wall-clock day. */
function syntheticInput(shop: Shop): RowsInput {
  const sheet: SheetColumns = { count: shop.count, customer: (i) => String(customerId(shop.customer[i])), wallMs: shop.wallMs, amount: shop.amount };
  const columns = { customer: 0, date: 1, amount: 2 };
  const input: RowsInput = { count: shop.count, block: getValuesBlocks(shop), allRows: () => getValuesRows(shop), columns, zone: shop.zone, locale: 'en_US', sheet };
  const { orders } = cohortFromRows({ ...input, count: 20_000 });
  for (let i = 0; i < orders.count; i++) {
    if (orders.day[i] !== wallDay(shop, i)) throw new Error(`synthetic: order ${i} read on day ${orders.day[i]}, written on ${wallDay(shop, i)}`);
  }
  return input;
}

/** Online Retail as getValues rows (InvoiceNo, Quantity, InvoiceDate, UnitPrice, CustomerID), or null when absent. */
async function retailInput(): Promise<RowsInput | null> {
  if (!existsSync(RETAIL)) {
    console.log(`note: ${RETAIL} is absent; the Online Retail part is skipped.`);
    return null;
  }
  const zone = 'Europe/London';
  const [sheet] = await readSheetFile(RETAIL, { locale: 'en_GB' });
  const cell = (v: StoredValue): CellValue =>
    typeof v === 'object' ? new Date(wallToInstant(Date.UTC(v.wall.year, v.wall.month - 1, v.wall.day, v.wall.hour, v.wall.minute, v.wall.second), zone)) : v;
  const rows = sheet.values!.slice(1).map((row) => row.map(cell));
  return { count: rows.length, block: heldBlocks(rows), columns: { orderId: 0, quantity: 3, date: 4, price: 5, customer: 6 }, zone, locale: 'en_GB' };
}

interface Row {
  label: string;
  timing?: Timing;
  value?: string;
  target?: string;
  ok?: boolean;
}

function printTable(rows: Row[]): void {
  const ms = (t?: Timing) => (t ? `${t.median.toFixed(1)} ms` : '');
  const width = Math.max(...rows.map((r) => r.label.length));
  console.log(`\n${'measurement'.padEnd(width)}  ${'median'.padStart(11)}  ${'min'.padStart(11)}  target`);
  for (const r of rows) {
    const verdict = r.ok === undefined ? '' : r.ok ? '  ok' : '  MISSED';
    console.log(`${r.label.padEnd(width)}  ${(r.value ?? ms(r.timing)).padStart(11)}  ${(r.timing ? `${r.timing.min.toFixed(1)} ms` : '').padStart(11)}  ${r.target ?? ''}${verdict}`);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--report-child') return reportChild();
  const started = Date.now();
  // Other processes on the machine inflate wall-clock times: the load average is recorded with the results.
  const loadAverageAtStart = loadavg();
  const shop = syntheticShop(ORDERS, SEED);
  console.log(`synthetic shop: ${shop.count} orders, ${shop.customers} customers, 2022–2024, zone ${shop.zone} (generated in ${Date.now() - started} ms)`);
  const synthetic = await tableTimings('synthetic', syntheticInput(shop));
  const retailRows = await retailInput();
  const retail = retailRows ? await tableTimings('online-retail', retailRows) : null;
  // Warm: Node's steady state (the target); cold: every call evaluates the bundle anew, as Apps Script does.
  const customFunctions = await customFunctionTimings(shop, true);
  const coldFunctions = await customFunctionTimings(shop, false);
  const report = runReportChild();
  const customersSheet = await customersSheetTimings(shop);

  const t = synthetic.timings as Record<string, Timing>;
  const ratios = synthetic.ratios as Record<string, number>;
  const rows: Row[] = [
    { label: '(1) 1M getValues rows -> monthly table', timing: t.rowsToTable, target: '<= DuckDB', ok: ratios.rowsVsDuckdb <= 1 },
    { label: '(2) core cohortTable on OrderTable', timing: t.core, target: '<= 0.5 x DuckDB, <= 20 x floor', ok: ratios.coreVsDuckdb <= 0.5 && ratios.coreVsFloor <= 20 },
    { label: "(1') the same, all 1M rows held at once", timing: t.rowsToTableHeld },
    { label: '(3) DuckDB, same table, sheet data', timing: t.duckdb },
    { label: '(3b) DuckDB on our normalised columns', timing: t.duckdbIntegers },
    { label: '(4) floor: one pass', timing: t.floor },
    { label: '    ratio (1)/(3) rowsVsDuckdb', value: ratios.rowsVsDuckdb.toFixed(2) },
    { label: "    ratio (1')/(3) rowsHeldVsDuckdb", value: ratios.rowsHeldVsDuckdb?.toFixed(2) ?? '' },
    { label: '    ratio (2)/(3) coreVsDuckdb', value: ratios.coreVsDuckdb.toFixed(2) },
    { label: '    ratio (2)/(4) coreVsFloor', value: ratios.coreVsFloor.toFixed(1) },
    { label: '    ratio (1)/(3b), (2)/(3b)', value: `${ratios.rowsVsDuckdbIntegers.toFixed(2)}, ${ratios.coreVsDuckdbIntegers.toFixed(2)}` },
  ];
  if (retail) {
    const rt = retail.timings as Record<string, Timing>;
    rows.push(
      { label: `online-retail (${retail.rows} rows): (1) rows -> table`, timing: rt.rowsToTable },
      { label: 'online-retail: (2) core', timing: rt.core },
      { label: 'online-retail: (3b) DuckDB on our normalised columns', timing: rt.duckdb },
      { label: 'online-retail: (4) floor', timing: rt.floor },
    );
  }
  for (const [name, result] of Object.entries(customFunctions)) {
    if ('skipped' in result) rows.push({ label: `(5) ${name} on 100k rows`, value: 'skipped', target: result.skipped });
    else {
      // The arguments are built in the script's realm before the call, as Sheets builds them.
      const cold = coldFunctions[name];
      const coldText = cold && !('skipped' in cold) ? `cold ${cold.median.toFixed(0)} ms; ` : '';
      const target = `<= 100 ms (${coldText}building the arguments, apart: ${result.argumentCopy.median.toFixed(0)} ms)`;
      rows.push({ label: `(5) ${name} on 100k rows`, timing: result, target, ok: result.median <= 100 });
    }
  }
  if ('skipped' in report) rows.push({ label: '(6) report, 1M-row sheet', value: 'skipped', target: report.skipped });
  else {
    rows.push(
      { label: '(6) report, 1M-row sheet, end to end', timing: report.timing, target: '<= 10 s', ok: report.timing.median <= 10_000 },
      { label: '    peak RSS during the report', value: `${(report.peakRssBytes / 2 ** 20).toFixed(0)} MB`, target: '<= 1.5 GB', ok: report.peakRssBytes <= 1.5 * 2 ** 30 },
    );
  }
  rows.push(
    { label: '(7) Customers sheet, same 1M-row sheet', timing: customersSheet.customersSheet, target: '<= 2 x the report (same host, same run)', ok: customersSheet.ratio <= 2 },
    { label: '    the cohort report in that host', timing: customersSheet.report },
    { label: '    ratio (7) / report', value: `${customersSheet.ratio.toFixed(2)} (${customersSheet.customers} customers)` },
  );
  printTable(rows);

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryBytes: totalmem(), node: process.version, loadAverageAtStart, loadAverageAtEnd: loadavg() },
    synthetic,
    onlineRetail: retail ?? { skipped: `${RETAIL} absent` },
    customFunctions,
    customFunctionsCold: coldFunctions,
    report,
    customersSheet,
    ratios,
  };
  writeFileSync(join(process.cwd(), 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwrote bench/results.json (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
}

/** (6) in a fresh process: its peak memory is the report's, not the rest of the benchmark's. */
function runReportChild(): ReportResult {
  const out = execFileSync(process.execPath, ['--expose-gc', process.argv[1], '--report-child'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as ReportResult;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
