import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { aov, avgDaysBetweenPurchases, avgRetentionPeriod, customerTotals, historicClv, purchaseFrequency, repeatPurchaseRate } from '../../../src/core/metrics/orders';
import { periodIndex, periodLabel, periodStartOfIndex } from '../../../src/core/periods';
import { duckDb, metricsSql } from '../../../src/core/sql';
import type { Period, WeekStart } from '../../../src/core/types';
import { coreTable, FIRST_DAY, linesArb, loadLines, openDuckDb, queryRows, sqlColumns, ZONES, type Line } from './shop';

let db: Awaited<ReturnType<typeof openDuckDb>>;
beforeAll(async () => {
  db = await openDuckDb();
});
afterAll(() => db.close());

const KEYS = ['clv', 'avgRetentionPeriod', 'repeatPurchaseRate', 'aov', 'purchaseFrequency', 'avgDaysBetweenPurchases'] as const;

describe('metricsSql on DuckDB', () => {
  it('computes each metric of a month (hand computation)', async () => {
    // January 2024: A buys 01-02 (10) and 01-12 (30); B buys 01-05 (20) and has a refund 01-06 (−5).
    // customers 2, repeat 1, purchases 3, net revenue 55, span (12 − 2) + 0 = 10 days.
    // clv 55/2 = 27.5; retention period 10/2 = 5; repeat rate 1/2; AOV 55/3; frequency 3/2; days between 10/(3 − 2) = 10.
    const at = (iso: string) => Date.parse(`${iso}T12:00:00Z`);
    const lines: Line[] = [['A', '2024-01-02', 10], ['B', '2024-01-05', 20], ['B', '2024-01-06', -5], ['A', '2024-01-12', 30]].map(
      ([customer, iso, price]) => ({ customer: customer as string, at: at(iso as string), quantity: 1, price: price as number, order: '' }),
    );
    await loadLines(db.connection, lines);
    const sql = metricsSql(duckDb, { table: 'lines', columns: sqlColumns({ amountForm: 'amount', withOrderIds: false }), options: { period: 'month', timeZone: 'UTC' } });
    const [row] = await queryRows(db.connection, sql);
    expect(row.period).toBe('2024-01');
    expect(row.clv).toBe(27.5);
    expect(row.avgRetentionPeriod).toBe(5);
    expect(row.repeatPurchaseRate).toBe(0.5);
    expect(row.aov).toBeCloseTo(55 / 3, 12);
    expect(row.purchaseFrequency).toBe(1.5);
    expect(row.avgDaysBetweenPurchases).toBe(10);
  });

  it('equals the core metric functions per period on generated shops', async () => {
    const arb = fc.record({
      zone: fc.constantFrom(...ZONES),
      period: fc.constantFrom<Period>('day', 'week', 'month', 'quarter'),
      weekStart: fc.constantFrom<WeekStart>('monday', 'sunday'),
      from: fc.option(fc.integer({ min: FIRST_DAY - 3, max: FIRST_DAY + 100 }), { nil: undefined }),
      length: fc.integer({ min: 0, max: 150 }),
      includeRefunds: fc.boolean(),
      amountForm: fc.constantFrom<'amount' | 'product'>('amount', 'product'),
      withOrderIds: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(linesArb, arb, async (lines, o) => {
        await loadLines(db.connection, lines);
        const to = o.from === undefined ? undefined : o.from + o.length;
        const table = coreTable(lines, o);
        // The periods holding an order in the range, each measured over its days in the range.
        const indexes = new Set<number>();
        for (let i = 0; i < table.count; i++) {
          const d = table.day[i];
          if ((o.from === undefined || d >= o.from) && (to === undefined || d <= to)) indexes.add(periodIndex(d, o.period, o.weekStart));
        }
        const expected = [...indexes].sort((a, b) => a - b).map((index) => {
          const start = periodStartOfIndex(index, o.period, o.weekStart);
          const end = periodStartOfIndex(index + 1, o.period, o.weekStart) - 1;
          const t = customerTotals(table, { from: Math.max(start, o.from ?? start), to: Math.min(end, to ?? end), includeRefunds: o.includeRefunds });
          return { period: periodLabel(index, o.period, o.weekStart), clv: historicClv(t), avgRetentionPeriod: avgRetentionPeriod(t), repeatPurchaseRate: repeatPurchaseRate(t), aov: aov(t), purchaseFrequency: purchaseFrequency(t), avgDaysBetweenPurchases: avgDaysBetweenPurchases(t) };
        });
        const sql = metricsSql(duckDb, {
          table: 'lines',
          columns: sqlColumns(o),
          options: { period: o.period, weekStart: o.weekStart, from: o.from, to, includeRefunds: o.includeRefunds, timeZone: o.zone },
        });
        const rows = await queryRows(db.connection, sql);
        expect(rows.map((r) => r.period)).toEqual(expected.map((e) => e.period));
        rows.forEach((row, i) => {
          for (const key of KEYS) {
            const want = expected[i][key];
            if (want === null) expect(row[key]).toBeNull();
            else expect(row[key] as number).toBeCloseTo(want, 9);
          }
        });
      }),
      { numRuns: 120 },
    );
  }, 120_000);
});
