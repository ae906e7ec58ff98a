/**
 * The guard between the core's predictions and the sheet (issue #11): a number that is not finite
 * never reaches a cell, such a customer is listed last, and the count is there for the warning.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClvResult, CustomerPrediction } from '../../../src/core/clv';
import { byValueDescending, predictionRows } from '../../../src/server/clv/rows';

/** A customer with the given predicted CLV and P(alive); the other numbers plain. */
function customer(index: number, predictedClv: number, pAlive = 0.9): CustomerPrediction {
  return { index, frequency: 1, recency: 2, T: 5, monetary: 10, pAlive, expectedPurchases: 1.5, expectedSpend: 12, predictedClv };
}

const resultOf = (customers: CustomerPrediction[]) => ({ customers }) as unknown as ClvResult;

describe('predictionRows', () => {
  it('writes empty cells and no segment for a customer whose prediction is not finite, and lists them last', () => {
    const customers = [customer(0, 5), customer(1, Number.NaN), customer(2, 50), { ...customer(3, 20), pAlive: Number.NaN }, customer(4, Infinity), customer(5, 1)];
    const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5'];
    const { rows, unpredicted } = predictionRows(resultOf(customers), ids, 'en');
    expect(unpredicted).toBe(3);
    expect(rows.map((r) => r.row.id)).toEqual(['c2', 'c0', 'c5', 'c1', 'c3', 'c4']);
    for (const { row, segment } of rows.slice(3)) {
      expect(segment).toBeNull();
      expect([row.pAlive, row.expectedPurchases, row.expectedSpend, row.predictedClv, row.segment]).toEqual(['', '', '', '', '']);
      // The summary stays: it came from the orders, not from the model.
      expect([row.frequency, row.recency, row.T, row.monetary]).toEqual([1, 2, 5, 10]);
    }
    // The top fifth of the 3 predicted customers (⌈3/5⌉ = 1) is c2 alone: the others do not shift it.
    expect(rows.map((r) => r.row.segment)).toEqual(['Best', 'Growing', 'Growing', '', '', '']);
    for (const { row } of rows) for (const v of Object.values(row)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  });

  it('sorts finite values highest first and keeps ties in the customers’ order', () => {
    const { rows, unpredicted } = predictionRows(resultOf([customer(0, 3), customer(1, 7), customer(2, 3), customer(3, 0)]), ['a', 'b', 'c', 'd'], 'pl');
    expect(unpredicted).toBe(0);
    expect(rows.map((r) => r.row.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(rows[0].row.segment).toBe('Najlepsi');
  });
});

describe('byValueDescending', () => {
  it('puts every finite value first, descending, then every NaN and infinity in their original order', () => {
    const value = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constantFrom(Number.NaN, Infinity, -Infinity));
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), (values) => {
        const tagged = values.map((v, i) => ({ v, i }));
        const sorted = [...tagged].sort((x, y) => byValueDescending(x.v, y.v));
        const finite = tagged.filter((t) => Number.isFinite(t.v));
        expect(sorted.slice(0, finite.length).map((t) => t.v)).toEqual(finite.map((t) => t.v).sort((x, y) => y - x));
        expect(sorted.slice(finite.length).map((t) => t.i)).toEqual(tagged.filter((t) => !Number.isFinite(t.v)).map((t) => t.i));
      }),
    );
  });
});
