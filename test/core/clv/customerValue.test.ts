/**
 * customerValues: P(alive) by the BG/NBD closed form computed here, predicted CLV as the core's
 * one-customer predictedClv (the function the Customer predictions sheet's values come from),
 * NaN for customer indices the summary does not hold, and P(alive) within [0, 1] for any history.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { customerValues, predictedClv, summarizeCustomers } from '../../../src/core/clv';

const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const OPTIONS = { unit: 'week' as const, horizonMonths: 12, monthlyDiscount: 0.01 };

describe('customerValues', () => {
  it('gives each summarised customer the closed-form P(alive) and predictedClv, NaN to others', () => {
    // Customer 0: days 0, 7, 21 (amounts 10, 20, 40), data end day 28 → x = 2, t_x = 3 weeks, T = 4 weeks, monetary 30.
    // Customer 2: one purchase on day 14 → x = 0: P(alive) = 1. Customer 1 never bought.
    const summary = summarizeCustomers({ customer: [0, 0, 0, 2], day: [0, 7, 21, 14], amount: [10, 20, 40, 5] }, { unit: 'week', observationEndDay: 28 });
    const out = customerValues(summary, 3, BG, GG, OPTIONS);
    // 1 / (1 + a/(b + x − 1) · ((α + T)/(α + t_x))^(r + x)) with x = 2, t_x = 3, T = 4
    const p0 = 1 / (1 + (0.793 / (2.426 + 1)) * Math.pow((4.414 + 4) / (4.414 + 3), 0.243 + 2));
    expect(out.pAlive[0]).toBeCloseTo(p0, 12);
    expect(out.pAlive[2]).toBe(1);
    expect(out.pAlive[1]).toBeNaN();
    expect(out.predictedClv[1]).toBeNaN();
    expect(out.predictedClv[0]).toBeCloseTo(predictedClv(BG, GG, { frequency: 2, recency: 3, T: 4, monetary: 30 }, OPTIONS), 9);
    expect(out.predictedClv[2]).toBeCloseTo(predictedClv(BG, GG, { frequency: 0, recency: 0, T: 2, monetary: 0 }, OPTIONS), 9);
  });

  it('keeps P(alive) within 0…1 and the CLV at 0 or more', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ c: fc.integer({ min: 0, max: 4 }), d: fc.integer({ min: 0, max: 300 }), a: fc.integer({ min: 0, max: 500 }) }), { minLength: 1, maxLength: 40 }), (orders) => {
        const summary = summarizeCustomers({ customer: orders.map((o) => o.c), day: orders.map((o) => o.d), amount: orders.map((o) => o.a) }, { unit: 'week', observationEndDay: 300 });
        const out = customerValues(summary, 5, BG, GG, OPTIONS);
        for (const c of summary.customers) {
          expect(out.pAlive[c.index]).toBeGreaterThanOrEqual(0);
          expect(out.pAlive[c.index]).toBeLessThanOrEqual(1);
          expect(out.predictedClv[c.index]).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 100 },
    );
  });
});
