import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOfIntegers, medianOfSorted, nearestRank } from '../../../src/core/customers';

describe('medians', () => {
  it('reads the median of integers off a histogram: odd, even, repeated, negative, wide range', () => {
    expect(medianOfIntegers(Int32Array.of(30, 7, 12))).toBe(12); // 7 12 30
    expect(medianOfIntegers(Int32Array.of(4, 2))).toBe(3); // (2 + 4) / 2
    expect(medianOfIntegers(Int32Array.of(5, 5, 5, 9))).toBe(5); // 5 5 | 5 9 → (5 + 5) / 2
    expect(medianOfIntegers(Int32Array.of(-3, 10, -1, 0))).toBe(-0.5); // -3 -1 | 0 10
    expect(medianOfIntegers(Int32Array.of(1, 2_000_000_000, 7))).toBe(7); // too wide for a histogram: sorted
    expect(medianOfIntegers(Int32Array.of(8))).toBe(8);
  });

  it('equals the middle of a sorted copy, and leaves its input unchanged (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -50, max: 400 }), fc.integer()), { minLength: 1, maxLength: 200 }), (xs) => {
        const values = Int32Array.from(xs);
        const sorted = [...xs].sort((a, b) => a - b);
        const n = sorted.length;
        const expected = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        expect(medianOfIntegers(values)).toBe(expected);
        expect(Array.from(values)).toEqual(xs);
      }),
    );
  });

  it('takes the nearest-rank percentile and the median of a sorted list', () => {
    expect(nearestRank([1, 2, 3, 4], 0.75)).toBe(3); // ⌈0.75 · 4⌉ = 3rd smallest
    expect(nearestRank([10, 20, 30], 0.95)).toBe(30); // ⌈2.85⌉ = 3rd
    expect(medianOfSorted([2, 4])).toBe(3);
  });
});
