import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromCivil } from '../../../src/core/days';
import {
  fitParetoNbd,
  paretoNbdExpectedPurchases,
  paretoNbdLogLikelihood,
  paretoNbdProbabilityAlive,
  summarizeCustomers,
  type ParetoNbdParams,
} from '../../../src/core/clv';
import { readCdnow } from './cdnowData';

const PUBLISHED: ParetoNbdParams = { r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 };

describe('Pareto/NBD likelihood and P(alive)', () => {
  it('matches Fader-Hardie’s ₂F₁ closed form evaluated by mpmath (40 digits)', () => {
    // mpmath: lgamma(r+x) − lgamma(r) + r ln α + s ln β + ln[(α+T)^−(r+x)(β+T)^−s + s/(r+s+x)·A₀],
    // A₀ from hyp2f1 on the α ≥ β or α < β branch; P(alive) = first term / bracket.
    const cases: Array<[number, number, number, number, number, number, number, number, number]> = [
      [0.55, 10.58, 0.61, 11.67, 2, 30.43, 38.86, -9.5619812608429639, 0.86841091713209172],
      [0.55, 10.58, 0.61, 11.67, 0, 0, 38.86, -0.51702515088753849, 0.29377395046742047],
      [0.55, 10.58, 0.61, 11.67, 40, 37.0, 38.86, -49.540602146325668, 0.94720523228547734],
      [2.0, 0.5, 0.3, 50.0, 5, 10.0, 40.0, -16.0944419528062, 0.0082458023468682571],
      // ₂F₁ arguments 1 − 1e-6 (α ≫ β) and 0.99999 (β ≫ α): the series would need millions of terms.
      [0.2, 1e3, 0.5, 1e-3, 0, 0, 30.0, -6.8070254273983683e-5, 0.0057397668559546468],
      [0.2, 1e-3, 3.0, 1e3, 1, 2.0, 30.0, -6.8678892161756221, 0.74583340895618523],
      [0.8, 7.0, 1.5, 0.01, 300, 29.9, 30.0, 317.00305959793823, 0.9923060747429445],
    ];
    for (const [r, alpha, s, beta, frequency, recency, T, ll, pAlive] of cases) {
      const customer = { frequency, recency, T };
      expect(paretoNbdLogLikelihood({ r, alpha, s, beta }, [customer])).toBeCloseTo(ll, Math.abs(ll) < 1 ? 12 : 10);
      expect(paretoNbdProbabilityAlive({ r, alpha, s, beta }, customer)).toBeCloseTo(pAlive, 11);
    }
  });

  it('follows the elementary form when α = β', () => {
    // α = β: I = ∫ (α+τ)^−(r+s+x+1) dτ = [(α+t_x)^−k − (α+T)^−k]/k, k = r+s+x.
    // r = s = α = β = 1, x = 0, T = 1: first term 2^−1·2^−1 = 1/4, s·I = (1 − 2^−2)/2 = 3/8,
    // L = Γ(1)/Γ(1)·1·1·(1/4 + 3/8) = 5/8, P(alive) = (1/4)/(5/8) = 2/5.
    const one = { r: 1, alpha: 1, s: 1, beta: 1 };
    expect(paretoNbdLogLikelihood(one, [{ frequency: 0, recency: 0, T: 1 }])).toBeCloseTo(Math.log(5 / 8), 13);
    expect(paretoNbdProbabilityAlive(one, { frequency: 0, recency: 0, T: 1 })).toBeCloseTo(2 / 5, 13);
    // r = 2, s = 0.5, α = β = 3, x = 3, t_x = 2, T = 6: k = 5.5,
    // L = Γ(5)/Γ(2)·3²·3^0.5·[9^−5·9^−0.5 + 0.5·(5^−5.5 − 9^−5.5)/5.5].
    const p = { r: 2, alpha: 3, s: 0.5, beta: 3 };
    const first = Math.pow(9, -5.5);
    const second = (0.5 * (Math.pow(5, -5.5) - Math.pow(9, -5.5))) / 5.5;
    expect(paretoNbdLogLikelihood(p, [{ frequency: 3, recency: 2, T: 6 }])).toBeCloseTo(Math.log(24 * 9 * Math.sqrt(3) * (first + second)), 12);
    expect(paretoNbdProbabilityAlive(p, { frequency: 3, recency: 2, T: 6 })).toBeCloseTo(first / (first + second), 12);
  });

  it('gives P(alive) = 1 right after a purchase and less the longer the silence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.double({ min: 0.5, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (x, T, share) => {
        const recency = x === 0 ? 0 : share * T;
        const now = x === 0 ? 0 : T; // a purchase just now (for x = 0: the first purchase, T = 0)
        expect(paretoNbdProbabilityAlive(PUBLISHED, { frequency: x, recency: now, T: now })).toBe(1);
        const p = paretoNbdProbabilityAlive(PUBLISHED, { frequency: x, recency, T });
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(paretoNbdProbabilityAlive(PUBLISHED, { frequency: x, recency, T: T + 5 })).toBeLessThan(p);
      }),
    );
  });
});

describe('Pareto/NBD expected purchases', () => {
  it('follows the closed form by hand', () => {
    // x = 0, T = 0 (alive): (r/α)·(β/(s−1))·[1 − (β/(β+t))^(s−1)]; r = α = β = 1, s = 2, t = 1: 1·1·(1 − 1/2) = 1/2.
    expect(paretoNbdExpectedPurchases({ r: 1, alpha: 1, s: 2, beta: 1 }, 1, { frequency: 0, recency: 0, T: 0 })).toBeCloseTo(0.5, 14);
    // s = 1: (r/α)·β·ln((β+t)/β); r = 2, α = 4, β = 3, t = 6: 0.5·3·ln 3.
    expect(paretoNbdExpectedPurchases({ r: 2, alpha: 4, s: 1, beta: 3 }, 6, { frequency: 0, recency: 0, T: 0 })).toBeCloseTo(1.5 * Math.log(3), 14);
    // CDNOW customer x = 2, t_x = 30.43, T = 38.86, t = 39 at the published parameters:
    // P(alive) (mpmath, above) · (r+x)/(α+T) · (β+T)·[1 − ((β+T)/(β+T+t))^(s−1)]/(s−1)
    // = 0.868411 · 2.55/49.44 · 50.53·[1 − (50.53/89.53)^−0.39]/(−0.39).
    const lifetime = (50.53 * (1 - Math.pow(50.53 / 89.53, -0.39))) / -0.39;
    const expected = 0.86841091713209172 * (2.55 / 49.44) * lifetime;
    expect(paretoNbdExpectedPurchases(PUBLISHED, 39, { frequency: 2, recency: 30.43, T: 38.86 })).toBeCloseTo(expected, 10);
    expect(paretoNbdExpectedPurchases(PUBLISHED, 0, { frequency: 2, recency: 30.43, T: 38.86 })).toBe(0);
  });
});

describe('Pareto/NBD on CDNOW (Fader, Hardie & Lee 2005: r = 0.55, α = 10.58, s = 0.61, β = 11.67, LL = −9595.0)', () => {
  let summary: ReturnType<typeof summarizeCustomers>;
  beforeAll(() => {
    summary = summarizeCustomers(readCdnow(), {
      unit: 'week',
      calibrationEndDay: dayFromCivil(1997, 9, 30),
      observationEndDay: dayFromCivil(1998, 6, 30),
    });
  });
  const within = (actual: number, published: number, relative: number) =>
    expect(Math.abs(actual - published) / Math.abs(published)).toBeLessThan(relative);

  it('reproduces the published log-likelihood at the published parameters', () => {
    expect(paretoNbdLogLikelihood(PUBLISHED, summary.customers)).toBeCloseTo(-9595.0, 0);
  });

  it('fits the published parameters within 1% from near and far starting points', () => {
    const reference = fitParetoNbd(summary.customers);
    within(reference.r, 0.55, 0.01);
    within(reference.alpha, 10.58, 0.01);
    within(reference.s, 0.61, 0.01);
    within(reference.beta, 11.67, 0.01);
    expect(reference.ll).toBeCloseTo(-9595.0, 0);
    expect(reference.atBound).toEqual([]);
    for (const start of [
      { r: 1e-3, alpha: 1e3, s: 1e3, beta: 1e-3 },
      { r: 1e3, alpha: 1e-3, s: 1e-3, beta: 1e3 },
      { r: 1e4, alpha: 1e4, s: 1e4, beta: 1e4 },
      { r: 1e-4, alpha: 1e-4, s: 1e-4, beta: 1e-4 },
    ]) {
      const fit = fitParetoNbd(summary.customers, { start });
      expect(fit.ll).toBeCloseTo(reference.ll, 6);
      for (const k of ['r', 'alpha', 's', 'beta'] as const) within(fit[k], reference[k], 1e-5);
    }
  });

  it('rejects data it cannot fit', () => {
    expect(() => fitParetoNbd([])).toThrow(expect.objectContaining({ key: 'clv.noCustomers' }));
    expect(() => fitParetoNbd([{ frequency: 1, recency: 1, T: 2 }])).toThrow(expect.objectContaining({ key: 'clv.singleCustomer' }));
    expect(() => fitParetoNbd([{ frequency: 0, recency: 0, T: 2 }, { frequency: 0, recency: 0, T: 3 }])).toThrow(
      expect.objectContaining({ key: 'clv.noRepeatCustomers' }),
    );
    expect(() => paretoNbdLogLikelihood(PUBLISHED, [{ frequency: 1, recency: 3, T: 2 }])).toThrow(expect.objectContaining({ key: 'clv.badInput' }));
  });
});
