import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortTable, type CohortOptions } from '../../../src/core/cohort';
import { readOrders } from '../../../src/core/read/orders';
import type { CellValue } from '../../../src/core/types';
import { readSheetFile } from '../../../src/local/files';
import { wallToInstant } from '../../../src/local/host/time';
import type { StoredValue } from '../../../src/local/sheetData';
import { intlOffsetAt } from '../../../src/local/zone';
import { cohortSql, cohortTableOfRows, duckDb, type CohortQueryRow, type SqlInput } from '../../../src/core/sql';
import { coreTable, linesArb, loadLines, openDuckDb, optionsArb, queryRows, sqlColumns, type Line, type ShopOptions } from './shop';

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());

/** The core's table as the query's rows: one per (cohort, period). */
function coreRows(lines: readonly Line[], o: ShopOptions) {
  const options: CohortOptions = { period: o.period, weekStart: o.weekStart, mode: o.mode, metric: o.metric, includeRefunds: o.includeRefunds, from: o.from, to: o.to, dataEndDay: o.dataEndDay };
  return cohortTable(coreTable(lines, o), options).cohorts.flatMap((c) =>
    c.active.map((active, k) => ({ cohort: c.label, period: k, customers: c.customers, active, ...(o.metric === 'customers' ? {} : { value: c.values[k] }) })),
  );
}

function input(o: ShopOptions): SqlInput {
  return {
    table: 'lines',
    columns: sqlColumns(o),
    options: { period: o.period, weekStart: o.weekStart, mode: o.mode, metric: o.metric, includeRefunds: o.includeRefunds, from: o.from, to: o.to, dataEndDay: o.dataEndDay, timeZone: o.zone },
  };
}

/** Integer columns exactly, money to 1e-9 (sums in another order). */
function expectSameTable(sql: Record<string, string | number | null>[], core: ReturnType<typeof coreRows>) {
  expect(sql.map(({ value, dataEnd, ...rest }) => rest)).toEqual(core.map(({ value, ...rest }) => rest));
  core.forEach((row, i) => {
    if (row.value !== undefined) expect(sql[i].value as number).toBeCloseTo(row.value, 9);
  });
}

describe('cohortSql on DuckDB equals the core cell for cell', () => {
  it('on a small shop by month (hand computation)', async () => {
    // A: 01-05 (10), 01-20 (5), 03-02 (20); B: 01-31 (15), refund 02-01 (−15); C: 02-10 (30), 04-01 (40).
    // January: A, B; February: nobody (B's order is a refund); March: A; April: nobody → [2, 0, 1, 0].
    // February: C → [1, 0, 1]. Dates at noon UTC, zone UTC.
    const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
    const lines: Line[] = [
      ['A', '2024-01-05', 10], ['A', '2024-01-20', 5], ['B', '2024-01-31', 15], ['B', '2024-02-01', -15],
      ['C', '2024-02-10', 30], ['A', '2024-03-02', 20], ['C', '2024-04-01', 40],
    ].map(([customer, iso, amount]) => ({ customer: customer as string, at: at(iso as string), quantity: 1, price: amount as number, order: '' }));
    await loadLines(db.connection, lines);
    const o: ShopOptions = { zone: 'UTC', period: 'month', weekStart: 'monday', mode: 'on', metric: 'customers', includeRefunds: false, amountForm: 'amount', withOrderIds: false };
    const rows = await queryRows(db.connection, cohortSql(duckDb, input(o)));
    expect(rows.map((r) => [r.cohort, r.period, r.customers, r.active])).toEqual([
      ['2024-01', 0, 2, 2], ['2024-01', 1, 2, 0], ['2024-01', 2, 2, 1], ['2024-01', 3, 2, 0],
      ['2024-02', 0, 1, 1], ['2024-02', 1, 1, 0], ['2024-02', 2, 1, 1],
    ]);
    // The data ends on the last order day, C's 2024-04-01.
    expect(new Set(rows.map((r) => r.dataEnd))).toEqual(new Set(['2024-04-01']));
  });

  it('a late-evening UTC order falls on the next day in Warsaw (2024-01-31 23:30 UTC is February 1st there)', async () => {
    await loadLines(db.connection, [{ customer: 'a', at: Date.UTC(2024, 0, 31, 23, 30), quantity: 1, price: 5, order: '' }]);
    const o: ShopOptions = { zone: 'Europe/Warsaw', period: 'month', weekStart: 'monday', mode: 'on', metric: 'customers', includeRefunds: false, amountForm: 'amount', withOrderIds: false };
    expect((await queryRows(db.connection, cohortSql(duckDb, input(o)))).map((r) => r.cohort)).toEqual(['2024-02']);
    expect((await queryRows(db.connection, cohortSql(duckDb, input({ ...o, zone: 'UTC' })))).map((r) => r.cohort)).toEqual(['2024-01']);
  });

  it('weeks start on the chosen day (2024-01-07 is a Sunday: its own Sunday week, the Monday week of 01-01)', async () => {
    await loadLines(db.connection, [{ customer: 'a', at: Date.UTC(2024, 0, 7, 12), quantity: 1, price: 5, order: '' }]);
    const o: ShopOptions = { zone: 'UTC', period: 'week', weekStart: 'sunday', mode: 'on', metric: 'customers', includeRefunds: false, amountForm: 'amount', withOrderIds: false };
    expect((await queryRows(db.connection, cohortSql(duckDb, input(o)))).map((r) => r.cohort)).toEqual(['2024-01-07']);
    expect((await queryRows(db.connection, cohortSql(duckDb, input({ ...o, weekStart: 'monday' })))).map((r) => r.cohort)).toEqual(['2024-01-01']);
  });

  it('on generated shops: time zones, week starts, refunds, order lines, modes, metrics, periods, ranges', async () => {
    await fc.assert(
      fc.asyncProperty(linesArb, optionsArb, async (lines, o) => {
        await loadLines(db.connection, lines);
        const rows = await queryRows(db.connection, cohortSql(duckDb, input(o)));
        expectSameTable(rows, coreRows(lines, o));
        // Back into a CohortTable (what the BigQuery path writes): the core's, start days and weighted average too.
        const core = cohortTable(coreTable(lines, o), { period: o.period, weekStart: o.weekStart, mode: o.mode, metric: o.metric, includeRefunds: o.includeRefunds, from: o.from, to: o.to, dataEndDay: o.dataEndDay });
        const back = cohortTableOfRows(rows as unknown as CohortQueryRow[], o.period, o.metric);
        expect(back.cohorts.map((c) => [c.label, c.startDay, c.customers, c.active])).toEqual(core.cohorts.map((c) => [c.label, c.startDay, c.customers, c.active]));
        expect(back.periodsCount).toBe(core.periodsCount);
        back.weightedAverage.forEach((w, k) => expect(w).toBeCloseTo(core.weightedAverage[k], 12));
        back.cohorts.forEach((c, i) => c.values.forEach((v, k) => expect(v).toBeCloseTo(core.cohorts[i].values[k], 9)));
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

const ONLINE_RETAIL = new URL('../../../../shared/datasets/online-retail.csv.gz', import.meta.url).pathname;

describe('cohortSql on the UCI Online Retail file', () => {
  it.runIf(existsSync(ONLINE_RETAIL))('equals the core by month, by Sunday week and "on or after" (Europe/London)', async () => {
    // The core reads the file as the bench does (Date cells at the wall times in London); DuckDB
    // reads the CSV itself, InvoiceDate as a wall-clock TIMESTAMP (dateKind 'date').
    const [sheet] = await readSheetFile(ONLINE_RETAIL, { locale: 'en_GB' });
    const zone = 'Europe/London';
    const cell = (v: StoredValue): CellValue =>
      typeof v === 'object' ? new Date(wallToInstant(Date.UTC(v.wall.year, v.wall.month - 1, v.wall.day, v.wall.hour, v.wall.minute, v.wall.second), zone)) : v;
    const rows = sheet.values!.map((row) => row.map(cell));
    const table = readOrders(
      rows,
      { orderId: 0, quantity: 3, date: 4, price: 5, customer: 6, amount: null, status: null, refunds: null, currency: null },
      { offsetAt: intlOffsetAt(zone), firstDataRow: 1, locale: 'en_GB' },
    );
    await db.connection.run(
      `CREATE OR REPLACE TABLE retail AS SELECT * FROM read_csv('${ONLINE_RETAIL}', header = true, ` +
        `types = {'InvoiceNo': 'VARCHAR', 'CustomerID': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP', 'Quantity': 'DOUBLE', 'UnitPrice': 'DOUBLE'})`,
    );
    const columns = { customer: 'CustomerID', date: 'InvoiceDate', dateKind: 'date' as const, quantity: 'Quantity', price: 'UnitPrice', order: 'InvoiceNo' };
    const cases: CohortOptions[] = [
      { period: 'month' },
      { period: 'week', weekStart: 'sunday', mode: 'onOrAfter', metric: 'revenue' },
    ];
    for (const options of cases) {
      const core = cohortTable(table, options).cohorts.flatMap((c) =>
        c.active.map((active, k) => ({ cohort: c.label, period: k, customers: c.customers, active, ...(options.metric === 'revenue' ? { value: c.values[k] } : {}) })),
      );
      const sql = await queryRows(db.connection, cohortSql(duckDb, { table: 'retail', columns, options: { ...options, timeZone: zone } }));
      // 13 monthly cohorts, December 2010 to December 2011.
      if (options.period === 'month') expect(new Set(core.map((r) => r.cohort)).size).toBe(13);
      expectSameTable(sql, core);
    }
  }, 120_000);
});
