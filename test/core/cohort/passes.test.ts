import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
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
});
