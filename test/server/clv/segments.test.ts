import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentOf, topThreshold } from '../../../src/server/clv/segments';

describe('segments', () => {
  it('puts the ⌈n/5⌉ largest values at or above the top threshold', () => {
    // 10 values: the top fifth is 2 customers, 10 and 9.
    expect(topThreshold([3, 1, 10, 4, 9, 2, 5, 8, 7, 6])).toBe(9);
    // 3 values: ⌈3/5⌉ = 1, the largest.
    expect(topThreshold([1, 5, 2])).toBe(5);
    expect(topThreshold([])).toBe(Infinity);
  });

  it('cuts P(alive) at 30% and 70%', () => {
    expect(segmentOf(0.2999, 1e6, 0)).toBe('gone');
    expect(segmentOf(0.3, 1e6, 0)).toBe('atRisk');
    expect(segmentOf(0.6999, 1e6, 0)).toBe('atRisk');
    expect(segmentOf(0.7, 100, 100)).toBe('best');
    expect(segmentOf(0.7, 99.99, 100)).toBe('growing');
  });

  it('has at least a fifth of the customers at or above the threshold, and fewer strictly above it', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
        const top = topThreshold(values);
        const k = Math.ceil(values.length / 5);
        expect(values.filter((v) => v >= top).length).toBeGreaterThanOrEqual(k);
        expect(values.filter((v) => v > top).length).toBeLessThan(k);
      }),
    );
  });
});
