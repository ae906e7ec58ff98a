import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DAYS_PER_MONTH,
  expectedAverageValue,
  expectedPurchases,
  expectedPurchasesNewCustomer,
  predictedClv,
  probabilityAlive,
  type BgNbdParams,
} from '../../../src/core/clv';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

/**
 * Independent method: E[Y(t) | alive] = ∫ (1 − (1 + p·t/(α+T))^−(r+x)) / p · Beta(p; a, b+x) dp,
 * by Simpson's rule (after p = u^(1/a) when a < 1, which removes the p^(a−1) singularity), divided
 * by the same quadrature of the Beta weight alone. Valid for b + x ≥ 1.
 */
function expectedIfAliveByQuadrature(params: BgNbdParams, x: number, T: number, t: number): number {
  const { r, alpha, a, b } = params;
  const c = t / (alpha + T);
  const n = 200_000;
  let num = 0;
  let den = 0;
  for (let i = 0; i <= n; i++) {
    const u = i / n;
    const p = a < 1 ? Math.pow(u, 1 / a) : u;
    const beta = Math.pow(1 - p, b + x - 1) * (a < 1 ? 1 : Math.pow(p, a - 1));
    const weight = (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * beta;
    const g = p === 0 ? (r + x) * c : -Math.expm1(-(r + x) * Math.log1p(p * c)) / p;
    num += weight * g;
    den += weight;
  }
  return num / den;
}

describe('probabilityAlive', () => {
  it('is 1 without repeat purchases and follows the closed form otherwise', () => {
    expect(probabilityAlive(CDNOW, { frequency: 0, recency: 0, T: 30 })).toBe(1);
    // r = α = a = b = 1, x = 1, t_x = 1, T = 2: 1 / (1 + (1/1)·(3/2)²) = 4/13.
    expect(probabilityAlive({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: 1, recency: 1, T: 2 })).toBeCloseTo(4 / 13, 15);
  });

  it('lies in (0, 1] and falls as the last purchase gets older', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 100, noNaN: true }),
        (x, share, T) => {
          const recent = probabilityAlive(CDNOW, { frequency: x, recency: T, T });
          const older = probabilityAlive(CDNOW, { frequency: x, recency: share * T, T });
          expect(recent).toBeLessThanOrEqual(1);
          expect(older).toBeGreaterThanOrEqual(0);
          expect(older).toBeLessThanOrEqual(recent + 1e-15);
        },
      ),
    );
  });
});

describe('expectedPurchases', () => {
  it('matches mpmath (40 digits, hyp2f1 closed form of FHL 2005 eq. 10) across parameter regions', () => {
    // [r, α, a, b, x, t_x, T, t, value] — values from mpmath.hyp2f1 with mp.dps = 40.
    const cases: number[][] = [
      [0.243, 4.414, 0.793, 2.426, 2, 30.43, 38.86, 39, 1.2260281747671405],
      [0.243, 4.414, 0.793, 2.426, 0, 0, 38.86, 39, 0.1950980520112629],
      [0.243, 4.414, 0.793, 2.426, 0, 0, 0, 52, 1.4460505953964024],
      [0.243, 4.414, 0.793, 2.426, 10, 35, 38, 520, 33.419052303552706],
      [0.243, 4.414, 0.793, 2.426, 50, 37, 38, 52, 41.998292159204622],
      [1.5, 2, 3, 0.5, 4, 10, 20, 100, 0.12392287371730792],
      [1.5, 2, 1.0001, 1, 4, 10, 20, 100, 1.1221465517636379],
      [30, 2, 0.5, 1, 4, 10, 20, 100, 4.1030480551380664e-7],
      [50, 3, 0.01, 0.02, 3, 2, 5, 30, 5.8942363597821705e-7],
      [1, 1, 50, 5, 3, 2, 5, 30, 0.01007722258406318],
      [2.5, 2, 1.5, 3, 1, 0.5, 1, 5, 1.55050054081417],
      [5.5, 2, 1.5, 3, 2, 3, 6, 40, 0.5187688163325725], // a + b − 1 − r = −2: the series ends
      [0.5, 0.01, 0.8, 2, 1, 0, 0, 100, 44.230328541169146], // z = 0.9999: a long series
      [200, 20, 3, 8, 120, 300, 365, 365, 5.0060457975055008e-23],
    ];
    for (const [r, alpha, a, b, x, recency, T, t, value] of cases) {
      const got = expectedPurchases({ r, alpha, a, b }, t, { frequency: x, recency, T });
      expect(Math.abs(got - value) / value).toBeLessThan(1e-9);
    }
  });

  it('has no breakdown at a = 1 (mpmath quadrature over p gives 8.9907997125968685 if alive)', () => {
    const params = { r: 1.5, alpha: 2, a: 1, b: 1 };
    const customer = { frequency: 4, recency: 10, T: 20 };
    const alive = probabilityAlive(params, customer);
    expect(expectedPurchases(params, 100, customer) / alive).toBeCloseTo(8.9907997125968685, 10);
  });

  it('agrees with a numerical integral over the dropout probability (independent method)', () => {
    for (const [params, x, T, t] of [
      [CDNOW, 2, 38.86, 39],
      [CDNOW, 0, 10, 300],
      [{ r: 2, alpha: 10, a: 0.3, b: 5 }, 7, 50, 60],
      [{ r: 0.8, alpha: 1, a: 4, b: 1.5 }, 1, 3, 20],
    ] as Array<[BgNbdParams, number, number, number]>) {
      const customer = { frequency: x, recency: T / 2, T };
      const alive = probabilityAlive(params, customer);
      const got = expectedPurchases(params, t, customer) / alive;
      expect(Math.abs(got - expectedIfAliveByQuadrature(params, x, T, t)) / got).toBeLessThan(1e-6);
    }
  });

  it('of a new customer is the conditional one at x = 0, T = 0, and 0 at t = 0', () => {
    expect(expectedPurchasesNewCustomer(CDNOW, 52)).toBeCloseTo(1.4460505953964024, 12);
    expect(expectedPurchasesNewCustomer(CDNOW, 0)).toBe(0);
  });

  it('grows with t, by at most the customer rate bound (r+x)/(α+T) per period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.double({ min: 1, max: 80, noNaN: true }),
        fc.double({ min: 0.1, max: 200, noNaN: true }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (x, T, t, dt) => {
          const c = { frequency: x, recency: x > 0 ? T / 2 : 0, T };
          const e1 = expectedPurchases(CDNOW, t, c);
          const e2 = expectedPurchases(CDNOW, t + dt, c);
          expect(e2).toBeGreaterThanOrEqual(e1 - 1e-12);
          // E[λ | alive] = (r+x)/(α+T) and purchases while alive are at most Poisson(λ).
          expect(e2 - e1).toBeLessThanOrEqual((dt * (CDNOW.r + x)) / (CDNOW.alpha + T) + 1e-9);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('expectedAverageValue (Gamma-Gamma)', () => {
  it('weights the population mean and the customer mean', () => {
    // p = 2, q = 3, γ = 4, x = 2, m = 3: p(γ + x·m)/(p·x + q − 1) = 2·10/6.
    expect(expectedAverageValue({ p: 2, q: 3, gamma: 4 }, 2, 3)).toBeCloseTo(20 / 6, 14);
    // x = 0: the population mean p·γ/(q − 1) = 6.25·15.44/2.74.
    expect(expectedAverageValue({ p: 6.25, q: 3.74, gamma: 15.44 }, 0, 0)).toBeCloseTo((6.25 * 15.44) / 2.74, 12);
  });
});

describe('predictedClv', () => {
  const gg = { p: 6.25, q: 3.74, gamma: 15.44 };
  const customer = { frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 };

  it('without discount is expected purchases over the horizon times expected spend', () => {
    // Σ (E[Y(m·M)] − E[Y((m−1)·M)]) telescopes to E[Y(12·M)], M = 30.436875/7 weeks.
    const spend = expectedAverageValue(gg, 2, 22.35);
    const clv = predictedClv(CDNOW, gg, customer, { unit: 'week', horizonMonths: 12, monthlyDiscount: 0 });
    expect(clv).toBeCloseTo(spend * expectedPurchases(CDNOW, (12 * DAYS_PER_MONTH) / 7, customer), 10);
  });

  it('discounts month m by (1 + d)^m', () => {
    // Two months, d = 0.05: e1/1.05 + (e2 − e1)/1.05².
    const e1 = expectedPurchases(CDNOW, DAYS_PER_MONTH / 7, customer);
    const e2 = expectedPurchases(CDNOW, (2 * DAYS_PER_MONTH) / 7, customer);
    const spend = expectedAverageValue(gg, 2, 22.35);
    const clv = predictedClv(CDNOW, gg, customer, { unit: 'week', horizonMonths: 2, monthlyDiscount: 0.05 });
    expect(clv).toBeCloseTo(spend * (e1 / 1.05 + (e2 - e1) / 1.05 ** 2), 12);
  });

  it('measures months in days for daily parameters (α in days = 7 × α in weeks gives the same value)', () => {
    const daily = { ...CDNOW, alpha: CDNOW.alpha * 7 };
    const inDays = { ...customer, recency: customer.recency * 7, T: customer.T * 7 };
    const options = { horizonMonths: 6, monthlyDiscount: 0.01 };
    expect(predictedClv(daily, gg, inDays, { unit: 'day', ...options })).toBeCloseTo(
      predictedClv(CDNOW, gg, customer, { unit: 'week', ...options }),
      10,
    );
  });
});
