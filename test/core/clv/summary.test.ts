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

describe('summarizeCustomers: what it refuses, and where the calibration ends', () => {
  const one = { customer: [1], day: [1], amount: [1] };
  /** The ClvError with these fields. */
  const clvError = (fields: Partial<ClvError>) => expect.objectContaining({ name: 'ClvError', ...fields });

  it('names the first bad row (1-based) in the error it throws', () => {
    // Row 3 has a customer code of −1; rows 1–2 are fine.
    expect(() => summarizeCustomers({ customer: [0, 2, -1], day: [1, 1, 1], amount: [1, 1, 1] }, { unit: 'day', observationEndDay: 3 })).toThrow(
      clvError({ key: 'clv.badInput', params: { row: 3 }, message: 'row 3 has no valid customer, day or amount' }),
    );
  });

  it.each([
    ['a fractional customer code', { customer: [0.5], day: [1], amount: [1] }],
    ['a negative customer code', { customer: [-1], day: [1], amount: [1] }],
    ['a fractional day', { customer: [0], day: [1.5], amount: [1] }],
    ['an infinite amount', { customer: [0], day: [1], amount: [Infinity] }],
    ['an amount column of another length', { customer: [0], day: [1], amount: [1, 2] }],
  ])('refuses %s', (_what, purchases) => {
    expect(() => summarizeCustomers(purchases, { unit: 'day', observationEndDay: 3 })).toThrow(clvError({ key: 'clv.badInput' }));
  });

  it('keeps customer code 0', () => {
    expect(summarizeCustomers({ customer: [0], day: [1], amount: [1] }, { unit: 'day', observationEndDay: 3 }).customers).toHaveLength(1);
  });

  it.each<[string, { observationEndDay: number; calibrationEndDay?: number }]>([
    ['a fractional observation end', { observationEndDay: 3.5 }],
    ['a fractional calibration end', { observationEndDay: 3, calibrationEndDay: 2.5 }],
    ['a calibration end after the observation end', { observationEndDay: 3, calibrationEndDay: 4 }],
  ])('refuses %s, naming both days', (_what, ends) => {
    expect(() => summarizeCustomers(one, { unit: 'day', ...ends })).toThrow(
      clvError({
        key: 'clv.badEndDates',
        params: { calibrationEndDay: ends.calibrationEndDay ?? ends.observationEndDay, observationEndDay: ends.observationEndDay },
        message: 'the calibration end must be a day on or before the observation end',
      }),
    );
  });

  it('takes a calibration end on the observation end: an empty holdout of length 0, counted as 0', () => {
    const s = summarizeCustomers({ customer: [1, 1], day: [0, 3], amount: [4, 6] }, { unit: 'week', observationEndDay: 14, calibrationEndDay: 14 });
    expect(s.holdoutLength).toBe(0);
    expect(s.customers).toEqual([{ index: 1, frequency: 1, recency: 3 / 7, T: 2, monetary: 6, holdoutFrequency: 0 }]);
    expect([s.unit, s.calibrationEndDay, s.observationEndDay]).toEqual(['week', 14, 14]);
  });

  it('counts a purchase on the calibration end day in the calibration, the next day in the holdout, in weeks too', () => {
    // Calibration end day 7 (inclusive): days 0 and 7 calibrate; days 8 and 8 are one holdout day.
    const s = summarizeCustomers({ customer: [4, 4, 4, 4], day: [8, 0, 7, 8], amount: [1, 2, 3, 4] }, { unit: 'week', observationEndDay: 21, calibrationEndDay: 7 });
    expect(s.customers).toEqual([{ index: 4, frequency: 1, recency: 1, T: 1, monetary: 3, holdoutFrequency: 1 }]);
    expect(s.holdoutLength).toBe(2);
  });

  it('keeps a customer first seen on the calibration end day (T = 0), not one first seen the day after', () => {
    const s = summarizeCustomers({ customer: [1, 2, 2], day: [5, 6, 8], amount: [1, 1, 1] }, { unit: 'day', observationEndDay: 9, calibrationEndDay: 5 });
    expect(s.customers).toEqual([{ index: 1, frequency: 0, recency: 0, T: 0, monetary: 0, holdoutFrequency: 0 }]);
  });

  it('sorts customers by code and each customer’s rows by day, whatever the row order', () => {
    // Customer 3's first row in the input is its last day; customer 10 sorts after 9 as a number.
    const s = summarizeCustomers(
      { customer: [10, 3, 9, 3, 3], day: [2, 9, 1, 1, 4], amount: [1, 30, 1, 10, 20] },
      { unit: 'day', observationEndDay: 9 },
    );
    expect(s.customers.map((c) => c.index)).toEqual([3, 9, 10]);
    expect(s.customers[0]).toEqual({ index: 3, frequency: 2, recency: 8, T: 8, monetary: 25 });
  });
});
