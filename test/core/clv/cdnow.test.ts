import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/core/days';
import { bgnbdLogLikelihood, expectedPurchases, fitBgNbd, fitClvModels, fitGammaGamma, summarizeCustomers } from '../../../src/core/clv';
import { readCdnow } from './cdnowData';

// Acceptance against the published CDNOW results: Fader, Hardie & Lee (2005) for BG/NBD,
// Fader & Hardie (2013) for Gamma-Gamma. Weekly periods, calibration end 1997-09-30.
const summary = summarizeCustomers(readCdnow(), {
  unit: 'week',
  calibrationEndDay: dayFromCivil(1997, 9, 30),
  observationEndDay: dayFromCivil(1998, 6, 30),
});

function expectWithin(actual: number, published: number, relative: number): void {
  expect(Math.abs(actual - published) / Math.abs(published)).toBeLessThan(relative);
}

describe('CDNOW sample (published results)', () => {
  it('has 2,357 customers, 946 repeat customers and 2,457 calibration repeat purchases', () => {
    expect(summary.customers).toHaveLength(2357);
    expect(summary.customers.filter((c) => c.frequency > 0)).toHaveLength(946);
    expect(summary.customers.reduce((s, c) => s + c.frequency, 0)).toBe(2457);
  });

  it('gives customer 4 the published x = 2, t_x = 30.43, T = 38.86', () => {
    // Purchases 1997-01-01, 01-18, 08-02 (calibration) and 12-12 (holdout):
    // t_x = 213 days / 7, T = 272 days (Jan 1 to Sep 30) / 7.
    const c = summary.customers.find((k) => k.index === 4)!;
    expect(c.frequency).toBe(2);
    expect(c.recency).toBeCloseTo(213 / 7, 12);
    expect(c.T).toBeCloseTo(272 / 7, 12);
    expect(c.holdoutFrequency).toBe(1);
    // Repeat purchases 29.73 and 14.96.
    expect(c.monetary).toBeCloseTo((29.73 + 14.96) / 2, 12);
  });

  it('reproduces the published log-likelihood at the published parameters', () => {
    const ll = bgnbdLogLikelihood({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, summary.customers);
    expect(ll).toBeCloseTo(-9582.4, 0);
  });

  it('fits BG/NBD r = 0.243, α = 4.414, a = 0.793, b = 2.426, LL −9582.4 within 0.5%', () => {
    const fit = fitBgNbd(summary.customers);
    expectWithin(fit.r, 0.243, 0.005);
    expectWithin(fit.alpha, 4.414, 0.005);
    expectWithin(fit.a, 0.793, 0.005);
    expectWithin(fit.b, 2.426, 0.005);
    expectWithin(fit.ll, -9582.4, 0.005);
    expect(fit.ll).toBeCloseTo(-9582.43, 1);
    expect(fit.atBound).toEqual([]);
  });

  it('reaches the same BG/NBD optimum from near and far starting points', () => {
    const starts = [
      { r: 1, alpha: 1, a: 1, b: 1 },
      { r: 1e-3, alpha: 1e3, a: 1e3, b: 1e-3 },
      { r: 1e3, alpha: 1e-3, a: 1e-3, b: 1e3 },
      { r: 1e4, alpha: 1e4, a: 1e4, b: 1e4 },
      { r: 1e-4, alpha: 1e-4, a: 1e-4, b: 1e-4 },
      { r: 50, alpha: 0.01, a: 20, b: 0.05 },
    ];
    const reference = fitBgNbd(summary.customers);
    for (const start of starts) {
      const fit = fitBgNbd(summary.customers, { start });
      expect(fit.ll).toBeCloseTo(reference.ll, 6);
      for (const k of ['r', 'alpha', 'a', 'b'] as const) expectWithin(fit[k], reference[k], 1e-5);
    }
  });

  it('fits Gamma-Gamma p = 6.25, q = 3.74, γ = 15.44 within 0.5% on the 946 repeat customers', () => {
    const gg = fitGammaGamma(summary.customers);
    expect(gg.customers).toBe(946);
    expectWithin(gg.p, 6.25, 0.005);
    expectWithin(gg.q, 3.74, 0.005);
    expectWithin(gg.gamma, 15.44, 0.005);
    for (const start of [{ p: 1e-3, q: 1e3, gamma: 1e3 }, { p: 1e4, q: 1e4, gamma: 1e4 }, { p: 1e-4, q: 1e-4, gamma: 1e-4 }]) {
      const other = fitGammaGamma(summary.customers, { start });
      for (const k of ['p', 'q', 'gamma'] as const) expectWithin(other[k], gg[k], 1e-5);
    }
  });

  it('predicts the published 1.226 purchases in the next 39 weeks for x = 2, t_x = 30.43, T = 38.86', () => {
    // FHL 2005, section 5; also mpmath: 1.2260281747671405 at the published parameters.
    const result = fitClvModels(summary, { t: 39 });
    const c = result.customers.find((k) => k.index === 4)!;
    expect(c.expectedPurchases).toBeCloseTo(1.226, 2);
    expect(expectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, { frequency: 2, recency: 30.43, T: 38.86 }))
      .toBeCloseTo(1.2260281747671405, 12);
    expect(result.gammaGamma.customers).toBe(946);
    // The holdout is 1997-10-01 … 1998-06-30: 273 days = 39 weeks, so its prediction equals the t = 39 one.
    expect(summary.holdoutLength).toBeCloseTo(273 / 7, 12);
    expect(c.expectedHoldoutPurchases).toBeCloseTo(c.expectedPurchases, 12);
    // 1,882 distinct (customer, day) purchases after 1997-09-30 (awk on the fixture).
    expect(result.customers.reduce((s, k) => s + (k.holdoutFrequency ?? 0), 0)).toBe(1882);
  });
});
