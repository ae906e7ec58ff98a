import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClvError, summarizeCustomers } from '../../../src/core/clv';

describe('summarizeCustomers', () => {
  it('counts repeat purchase days, merging same-day purchases', () => {
    // Customer 7: days 0, 0, 3, 10 (amounts 5, 5, 20, 40) → purchase days 0, 3, 10:
    // frequency 2, recency 10, T = 14 − 0, monetary = (20 + 40)/2 = 30.
    // Customer 2: one purchase on day 4 → frequency 0, recency 0, T 10, monetary 0.
    const s = summarizeCustomers(
      { customer: [7, 2, 7, 7, 7], day: [10, 4, 0, 3, 0], amount: [40, 9, 5, 20, 5] },
      { unit: 'day', observationEndDay: 14 },
    );
    expect(s.customers).toEqual([
      { index: 2, frequency: 0, recency: 0, T: 10, monetary: 0 },
      { index: 7, frequency: 2, recency: 10, T: 14, monetary: 30 },
    ]);
    expect(s.holdoutLength).toBe(0);
  });

  it('sums same-day repeat purchases into one value and measures weeks as days / 7', () => {
    // Days 0, 7, 7, 21 (10, 20, 5, 40): repeat days 7 (25) and 21 (40): monetary 32.5;
    // recency 21/7 = 3 weeks, T = 27/7 weeks.
    const s = summarizeCustomers(
      { customer: [1, 1, 1, 1], day: [0, 7, 7, 21], amount: [10, 20, 5, 40] },
      { unit: 'week', observationEndDay: 27 },
    );
    expect(s.customers[0]).toEqual({ index: 1, frequency: 2, recency: 3, T: 27 / 7, monetary: 32.5 });
  });

  it('splits calibration and holdout at an inclusive calibration end', () => {
    // Calibration end day 10: purchases on 2, 10 are calibration, 11 and 20 holdout, 31 is after
    // the observation end (30). Customer 5 starts in the holdout: not in the calibration sample.
    const s = summarizeCustomers(
      { customer: [1, 1, 1, 1, 1, 5], day: [2, 10, 11, 20, 31, 12], amount: [1, 2, 3, 4, 5, 6] },
      { unit: 'day', observationEndDay: 30, calibrationEndDay: 10 },
    );
    expect(s.customers).toEqual([{ index: 1, frequency: 1, recency: 8, T: 8, monetary: 2, holdoutFrequency: 2 }]);
    expect(s.holdoutLength).toBe(20);
  });

  it('ignores negative amounts (refunds) but keeps zero-value purchases, as CDNOW needs', () => {
    const s = summarizeCustomers(
      { customer: [1, 1, 1, 2], day: [0, 5, 6, 1], amount: [10, -10, 0, 0] },
      { unit: 'day', observationEndDay: 9 },
    );
    expect(s.refundRows).toBe(1);
    expect(s.customers).toEqual([
      { index: 1, frequency: 1, recency: 6, T: 9, monetary: 0 },
      { index: 2, frequency: 0, recency: 0, T: 8, monetary: 0 },
    ]);
  });

  it('rejects unequal columns, missing values and a calibration end after the observation end', () => {
    const bad = (f: () => unknown, key: string) => {
      try {
        f();
      } catch (e) {
        expect(e).toBeInstanceOf(ClvError);
        expect((e as ClvError).key).toBe(key);
        return;
      }
      throw new Error('no error');
    };
    bad(() => summarizeCustomers({ customer: [1], day: [1, 2], amount: [1] }, { unit: 'day', observationEndDay: 3 }), 'clv.badInput');
    bad(() => summarizeCustomers({ customer: [1], day: [1], amount: [NaN] }, { unit: 'day', observationEndDay: 3 }), 'clv.badInput');
    bad(
      () => summarizeCustomers({ customer: [1], day: [1], amount: [1] }, { unit: 'day', observationEndDay: 3, calibrationEndDay: 4 }),
      'clv.badEndDates',
    );
  });

  it('keeps 0 ≤ recency ≤ T and frequency below the number of purchase rows (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ c: fc.integer({ min: 0, max: 5 }), d: fc.integer({ min: 0, max: 60 }), a: fc.double({ min: 0, max: 100, noNaN: true }) }), {
          minLength: 1,
          maxLength: 40,
        }),
        fc.constantFrom<'day' | 'week'>('day', 'week'),
        (rows, unit) => {
          const s = summarizeCustomers(
            { customer: rows.map((r) => r.c), day: rows.map((r) => r.d), amount: rows.map((r) => r.a) },
            { unit, observationEndDay: 60, calibrationEndDay: 40 },
          );
          for (const c of s.customers) {
            const own = rows.filter((r) => r.c === c.index && r.d <= 40);
            expect(c.frequency).toBe(new Set(own.map((r) => r.d)).size - 1);
            expect(c.recency).toBeGreaterThanOrEqual(0);
            expect(c.recency).toBeLessThanOrEqual(c.T);
            if (c.frequency === 0) expect(c.recency).toBe(0);
            expect(c.holdoutFrequency).toBe(new Set(rows.filter((r) => r.c === c.index && r.d > 40).map((r) => r.d)).size);
          }
        },
      ),
    );
  });
});
