import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { churn, crr, retentionCounts } from '../../../src/core/metrics/retention';
import { duckDb, retentionSql, SqlError } from '../../../src/core/sql';
import { coreTable, FIRST_DAY, linesArb, loadLines, openDuckDb, queryRows, sqlColumns, ZONES, type Line } from './shop';

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());

const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
const line = (customer: string, iso: string, price: number): Line => ({ customer, at: at(iso), quantity: 1, price, order: '' });
const columns = sqlColumns({ amountForm: 'amount', withOrderIds: false });

describe('retentionSql on DuckDB', () => {
  it('counts start, kept, lost, new and won back for February 2024 (hand computation)', async () => {
    // Window = February's 29 days: S = a purchase in [01-03, 02-01), A = a purchase in [02-01, 03-01).
    // A: 01-10, 02-05 → S and A: kept. B: 01-15 only → S, lost. C: first 02-03 → new.
    // D: 2023-10-01, 02-20 → not S (before the window), not new, A: won back. E: refund 02-10 only → nothing.
    await loadLines(db.connection, [
      line('A', '2024-01-10', 5), line('A', '2024-02-05', 5), line('B', '2024-01-15', 5), line('C', '2024-02-03', 5),
      line('D', '2023-10-01', 5), line('D', '2024-02-20', 5), line('E', '2024-02-10', -5),
    ]);
    const sql = retentionSql(duckDb, { table: 'lines', columns, options: { period: 'month', from: 19754, to: 19782, timeZone: 'UTC' } });
    // start 2 (A, B), kept 1, lost 1, new 1 (C), end = kept + new = 2, won back 1 (D); CRR 1/2, CHURN 1/2.
    expect(await queryRows(db.connection, sql)).toEqual([{ start: 2, end: 2, new: 1, lost: 1, kept: 1, wonBack: 1, crr: 0.5, churn: 0.5 }]);
  });

  it('gives null rates and zero counts when nobody was a customer at the start', async () => {
    await loadLines(db.connection, []);
    const sql = retentionSql(duckDb, { table: 'lines', columns, options: { period: 'month', from: 19754, to: 19782, timeZone: 'UTC' } });
    expect(await queryRows(db.connection, sql)).toEqual([{ start: 0, end: 0, new: 0, lost: 0, kept: 0, wonBack: 0, crr: null, churn: null }]);
  });

  it('needs a date range', () => {
    expect(() => retentionSql(duckDb, { table: 'lines', columns, options: { period: 'month', timeZone: 'UTC' } })).toThrow(SqlError);
  });

  it('equals retentionCounts, crr and churn on generated shops (zones, refunds, order lines, windows)', async () => {
    const arb = fc.record({
      zone: fc.constantFrom(...ZONES),
      from: fc.integer({ min: FIRST_DAY, max: FIRST_DAY + 200 }),
      length: fc.integer({ min: 1, max: 60 }),
      windowDays: fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
      includeRefunds: fc.boolean(),
      amountForm: fc.constantFrom<'amount' | 'product'>('amount', 'product'),
      withOrderIds: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(linesArb, arb, async (lines, o) => {
        await loadLines(db.connection, lines);
        const to = o.from + o.length - 1;
        const counts = retentionCounts(coreTable(lines, o), { startDay: o.from, endDayExclusive: to + 1, windowDays: o.windowDays, includeRefunds: o.includeRefunds });
        const sql = retentionSql(duckDb, {
          table: 'lines',
          columns: sqlColumns(o),
          options: { period: 'day', from: o.from, to, windowDays: o.windowDays, includeRefunds: o.includeRefunds, timeZone: o.zone },
        });
        expect(await queryRows(db.connection, sql)).toEqual([{ ...counts, crr: crr(counts), churn: churn(counts) }]);
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
