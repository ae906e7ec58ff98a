import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortTable } from '../../../src/core/cohort';
import { cellLayout, firstPass, NONE, onCounts } from '../../../src/core/cohort/passes';
import type { Period } from '../../../src/core/types';
import { isoFromOffset, tableOf } from '../metrics/orderTable';

describe('cohort passes', () => {
  it('dedupe (customer, period) alike with the bitset and with the counting sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 300 }), fc.integer({ min: -10, max: 30 })), {
          minLength: 1,
          maxLength: 60,
        }),
        fc.constantFrom<Period>('day', 'week', 'month'),
        fc.boolean(),
        (raw, period, includeRefunds) => {
          const table = tableOf(raw.map(([c, o, a]) => [c, isoFromOffset(o), a]));
          const { span, lastOrderDay } = firstPass(table, NONE, includeRefunds);
          const layout = cellLayout(span, -NONE, lastOrderDay, period, 'monday');
          fc.pre(layout !== null);
          // maxBitsetWords = 0 forces the counting-sort path.
          expect(Array.from(onCounts(table, layout!, includeRefunds, 0))).toEqual(Array.from(onCounts(table, layout!, includeRefunds)));
        },
      ),
    );
  });

  it('find first and last purchase days, skipping refunds (hand computation)', () => {
    // A: 2023-01-03 (refund), 2023-01-05, 2023-01-02 → first 01-02 (day 19359), last 01-05 (19362).
    const table = tableOf([
      ['A', '2023-01-03', -5],
      ['A', '2023-01-05', 5],
      ['A', '2023-01-02', 5],
      ['B', '2023-01-09', -1],
    ]);
    const { span, lastOrderDay } = firstPass(table, NONE, false);
    expect(Array.from(span)).toEqual([19359, 19362, NONE, -NONE]);
    expect(lastOrderDay).toBe(19366); // B's refund, 2023-01-09
    // Orders after `to` (2023-01-04) are ignored.
    expect(Array.from(firstPass(table, 19361, false).span)).toEqual([19359, 19359, NONE, -NONE]);
  });

  it('lay out only the customers whose first purchase lies in [from, endDay], one row per non-empty cohort (hand computation)', () => {
    // By day, from 2023-01-02 (19359) to 2023-01-06 (19363):
    //   A first buys 01-01 (before from: no cohort), B 01-02, C 01-04, D 01-09 (after endDay: no cohort).
    const table = tableOf([
      ['A', '2023-01-01', 5],
      ['B', '2023-01-02', 5],
      ['C', '2023-01-04', 5],
      ['D', '2023-01-09', 5],
    ]);
    const { span } = firstPass(table, NONE, false);
    const layout = cellLayout(span, 19359, 19363, 'day', 'monday')!;
    // One cohort per customer shown, none for A and D: the array has one entry per customer.
    expect(Array.from(layout.cohortOf)).toEqual([-1, 0, 2, -1]);
    expect(layout.lo).toBe(19359);
    // Days 01-02 … 01-06: 5 periods. Cohort sizes by period: 01-02 B, 01-04 C.
    expect(layout.periods).toBe(5);
    expect(Array.from(layout.size)).toEqual([1, 0, 1, 0, 0]);
    // Rows only for non-empty cohorts: B's row has 5 cells (01-02…01-06), C's 3 (01-04…01-06).
    expect(Array.from(layout.rowStart)).toEqual([0, 5, 5, 8, 8]);
    expect(layout.cells).toBe(8);
  });

  it('count "on" cells by the bitset and by the counting sort alike when some orders lie outside the window or before the cohorts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 120 }), fc.integer({ min: -10, max: 30 })), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 0, max: 120 }),
        fc.constantFrom<Period>('day', 'week', 'month'),
        fc.boolean(),
        (raw, a, b, period, includeRefunds) => {
          const table = tableOf(raw.map(([c, o, amount]) => [c, isoFromOffset(o), amount]));
          const from = 19358 + Math.min(a, b);
          const endDay = 19358 + Math.max(a, b);
          const { span } = firstPass(table, NONE, includeRefunds);
          const layout = cellLayout(span, from, endDay, period, 'monday');
          fc.pre(layout !== null);
          // The naive count: per (cohort customer, period of an order in [lo, endDay]) once.
          const expected = new Array<number>(layout!.cells).fill(0);
          const seen = new Set<string>();
          for (let i = 0; i < table.count; i++) {
            const d = table.day[i];
            const co = layout!.cohortOf[table.customer[i]];
            if (co < 0 || d < layout!.lo || d > endDay || (!includeRefunds && !(table.amount[i] > 0))) continue;
            const k = layout!.periodOf[d - layout!.lo] - co;
            if (seen.has(`${table.customer[i]}:${k}`)) continue;
            seen.add(`${table.customer[i]}:${k}`);
            expected[layout!.rowStart[co] + k]++;
          }
          expect(Array.from(onCounts(table, layout!, includeRefunds))).toEqual(expected);
          expect(Array.from(onCounts(table, layout!, includeRefunds, 0))).toEqual(expected);
        },
      ),
    );
  });

  it('lay out nothing when every first purchase lies after the end day', () => {
    const table = tableOf([
      ['A', '2023-01-09', 5],
      ['B', '2023-01-12', 5],
    ]);
    expect(cellLayout(firstPass(table, NONE, false).span, -NONE, 19363, 'day', 'monday')).toBeNull();
  });
});

describe('cohort table "on" counts with a customer outside the cohorts', () => {
  it("leave a cohort customer's row alone when the customer before them bought on the last of 32 periods", () => {
    // By day from 2023-01-10: X first bought 2023-01-01 (before `from`: no cohort) and again on
    // 02-10, the 32nd day shown; Y first bought 01-10 and again 01-15. Y's row: active on days 0 and 5.
    const table = tableOf([
      ['X', '2023-01-01', 5],
      ['X', '2023-02-10', 5],
      ['Y', '2023-01-10', 5],
      ['Y', '2023-01-15', 5],
    ]);
    const expected = new Array<number>(32).fill(0);
    expected[0] = 1;
    expected[5] = 1;
    const { cohorts } = cohortTable(table, { period: 'day', from: 19367 });
    expect(cohorts.map((c) => [c.label, c.customers])).toEqual([['2023-01-10', 1]]);
    expect(cohorts[0].active).toEqual(expected);
  });
});
