import { describe, expect, it } from 'vitest';
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import {
  bgnbdLogLikelihood,
  ClvError,
  fitBgNbd,
  fitClvModels,
  expectedAverageValue,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  summarizeCustomers,
  type BgNbdParams,
  type RfmPoint,
} from '../../../src/core/clv';
import { minimizeBox } from '../../../src/core/clv/optimize';

function errorKey(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ClvError);
    return (e as ClvError).key;
  }
  return 'no error';
}

describe('special functions from @stdlib at the arguments the models use', () => {
  it('log-gamma and digamma match known values', () => {
    expect(gammaln(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14); // Γ(1/2) = √π
    expect(gammaln(10)).toBeCloseTo(Math.log(362880), 12); // Γ(10) = 9!
    expect(gammaln(0.243)).toBeCloseTo(1.318043584699669876, 13); // mpmath.loggamma(0.243)
    expect(gammaln(2457.243)).toBeCloseTo(16722.965601331332796, 8); // mpmath.loggamma(2457.243)
    expect(digamma(1)).toBeCloseTo(-0.5772156649015329, 14); // −Euler's γ
    expect(digamma(0.5)).toBeCloseTo(-0.5772156649015329 - 2 * Math.LN2, 14);
    expect(digamma(0.793)).toBeCloseTo(-0.98121430974438738, 13); // mpmath.digamma(0.793)
  });
});

describe('BG/NBD log-likelihood', () => {
  it('matches hand computations', () => {
    const ones = { r: 1, alpha: 1, a: 1, b: 1 };
    // x = 0, T = 1: A1 = A2 = 0, A3 = −ln 2 → ln(1/2).
    expect(bgnbdLogLikelihood(ones, [{ frequency: 0, recency: 0, T: 1 }])).toBeCloseTo(Math.log(0.5), 14);
    // x = 1, t_x = 1, T = 2: A1 = 0, A2 = lnΓ(2)+lnΓ(2)−lnΓ(1)−lnΓ(3) = −ln 2,
    // e^A3 = 3^−2, e^A4 = (1/1)·2^−2 → ln(1/2 · (1/9 + 1/4)) = ln(13/72).
    expect(bgnbdLogLikelihood(ones, [{ frequency: 1, recency: 1, T: 2 }])).toBeCloseTo(Math.log(13 / 72), 14);
  });

  it('is flat at the fitted optimum by central differences (a wrong analytic gradient would stop elsewhere)', () => {
    const customers: RfmPoint[] = [
      { frequency: 0, recency: 0, T: 30 },
      { frequency: 3, recency: 20, T: 35 },
      { frequency: 1, recency: 2, T: 10 },
      { frequency: 8, recency: 39, T: 39 },
    ];
    const p: BgNbdParams = { r: 0.7, alpha: 3.1, a: 1.3, b: 2.2 };
    const base = fitBgNbd(customers, { start: p });
    for (const k of ['r', 'alpha', 'a', 'b'] as const) {
      const h = 1e-5 * base[k];
      const up = bgnbdLogLikelihood({ ...base, [k]: base[k] + h }, customers);
      const down = bgnbdLogLikelihood({ ...base, [k]: base[k] - h }, customers);
      // At an interior optimum the likelihood is flat in every parameter that is not on a bound.
      if (!base.atBound.includes(k)) expect(Math.abs((up - down) / (2 * h)) * base[k]).toBeLessThan(1e-5);
    }
  });

  it('groups customers: the total is the sum of the single-customer values', () => {
    const p = { r: 0.5, alpha: 2, a: 0.9, b: 3 };
    const list: RfmPoint[] = [
      { frequency: 2, recency: 5, T: 9 },
      { frequency: 2, recency: 5, T: 9 },
      { frequency: 0, recency: 0, T: 4 },
    ];
    const sum = list.reduce((s, c) => s + bgnbdLogLikelihood(p, [c]), 0);
    expect(bgnbdLogLikelihood(p, list)).toBeCloseTo(sum, 12);
  });
});

describe('fitBgNbd', () => {
  it('can end on a bound: customers who never stop buying drive the dropout towards 0', () => {
    // Everyone buys every period up to T: no sign of dropout, so a/(a+b) → 0 (a on its lower
    // bound or b on its upper bound); the likelihood there beats an interior point.
    const customers: RfmPoint[] = [];
    for (let i = 0; i < 40; i++) customers.push({ frequency: 10 + (i % 5), recency: 20, T: 20 });
    const fit = fitBgNbd(customers);
    expect(fit.atBound.length).toBeGreaterThan(0);
    expect(fit.a / (fit.a + fit.b)).toBeLessThan(1e-3);
    expect(fit.ll).toBeGreaterThan(bgnbdLogLikelihood({ r: fit.r, alpha: fit.alpha, a: 1, b: 10 }, customers));
  });

  it('explains what is wrong with unusable data', () => {
    expect(errorKey(() => fitBgNbd([]))).toBe('clv.noCustomers');
    expect(errorKey(() => fitBgNbd([{ frequency: 2, recency: 3, T: 5 }]))).toBe('clv.singleCustomer');
    expect(
      errorKey(() =>
        fitBgNbd([
          { frequency: 0, recency: 0, T: 5 },
          { frequency: 0, recency: 0, T: 8 },
        ]),
      ),
    ).toBe('clv.noRepeatCustomers');
    expect(errorKey(() => fitBgNbd([{ frequency: 1, recency: 6, T: 5 }, { frequency: 0, recency: 0, T: 1 }]))).toBe('clv.badInput');
  });

  it('says why in English for the log', () => {
    expect(() => fitBgNbd([])).toThrow('there are no customers to fit');
    expect(() => fitBgNbd([{ frequency: 2, recency: 3, T: 5 }])).toThrow('one customer is not enough to fit the model');
    const none = [0, 0].map((frequency) => ({ frequency, recency: 0, T: 5 }));
    expect(() => fitBgNbd(none)).toThrow('no customer has bought more than once: the model cannot be fitted');
  });

  it('fits customers who all bought the same number of times, more than once', () => {
    const fit = fitBgNbd([
      { frequency: 2, recency: 3, T: 5 },
      { frequency: 2, recency: 4, T: 9 },
      { frequency: 2, recency: 8, T: 9 },
    ]);
    expect(Number.isFinite(fit.ll)).toBe(true);
  });

  it.each([
    ['a fractional frequency', { frequency: 1.5, recency: 1, T: 2 }],
    ['a negative frequency', { frequency: -1, recency: 0, T: 2 }],
    ['a negative recency', { frequency: 1, recency: -1, T: 2 }],
    ['a recency after T', { frequency: 1, recency: 3, T: 2 }],
    ['an infinite T', { frequency: 1, recency: 1, T: Infinity }],
    ['a recency without repeat purchases', { frequency: 0, recency: 1, T: 2 }],
  ])('refuses %s, naming the customer’s numbers', (_what, customer) => {
    const ok = { frequency: 1, recency: 1, T: 2 };
    expect(() => bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [ok, customer])).toThrow(
      expect.objectContaining({
        key: 'clv.badInput',
        params: { frequency: customer.frequency, recency: customer.recency, T: customer.T },
        message: 'each customer needs integer frequency ≥ 0 and 0 ≤ recency ≤ T',
      }),
    );
  });

  it('takes a last purchase on the last day (recency = T) and a customer of age 0', () => {
    // r = α = a = b = 1, x = 1, t_x = T = 1: ln[Γ(2)/Γ(1)] + ln[B(1, 2)/B(1, 1)] + ln[2^−2 + 1/1 · 2^−2]
    // = 0 + ln(1/2) + ln(1/2) = ln(1/4). x = 0, T = 0: ln[(1 + 0)^−1] = 0.
    const ones = { r: 1, alpha: 1, a: 1, b: 1 };
    expect(bgnbdLogLikelihood(ones, [{ frequency: 1, recency: 1, T: 1 }])).toBeCloseTo(Math.log(1 / 4), 14);
    expect(bgnbdLogLikelihood(ones, [{ frequency: 0, recency: 0, T: 0 }])).toBeCloseTo(0, 14);
  });
});

describe('Gamma-Gamma', () => {
  it('log-likelihood matches hand computations', () => {
    // x = 1, m = 1, p = q = γ = 1: Γ(2)/(Γ(1)Γ(1)) · 1 · 1 · 1 / 2² = 1/4.
    expect(gammaGammaLogLikelihood({ p: 1, q: 1, gamma: 1 }, [{ frequency: 1, monetary: 1 }])).toBeCloseTo(Math.log(0.25), 14);
    // x = 2, m = 3, p = 2, q = 3, γ = 4: Γ(7)/(Γ(4)Γ(3)) · 4³ · 3³ · 2⁴ / 10⁷ = 60·64·27·16/10⁷ = 0.165888.
    // Customers without repeats are ignored.
    const ll = gammaGammaLogLikelihood({ p: 2, q: 3, gamma: 4 }, [
      { frequency: 2, monetary: 3 },
      { frequency: 0, monetary: 0 },
    ]);
    expect(ll).toBeCloseTo(Math.log(0.165888), 13);
  });

  it('explains what is wrong with unusable data', () => {
    expect(errorKey(() => fitGammaGamma([{ frequency: 0, monetary: 0 }]))).toBe('clv.noRepeatCustomers');
    expect(errorKey(() => fitGammaGamma([{ frequency: 2, monetary: 10 }]))).toBe('clv.singleCustomer');
    expect(
      errorKey(() =>
        fitGammaGamma([
          { frequency: 2, monetary: 10 },
          { frequency: 1, monetary: -4 },
        ]),
      ),
    ).toBe('clv.nonPositiveSpend');
  });

  it('names the customer’s numbers it refuses, and says why in English for the log', () => {
    const two = (c: { frequency: number; monetary: number }) => () => fitGammaGamma([{ frequency: 2, monetary: 10 }, c]);
    expect(two({ frequency: 1.5, monetary: 10 })).toThrow(
      expect.objectContaining({ key: 'clv.badInput', params: { frequency: 1.5 }, message: 'frequency must be a whole number' }),
    );
    for (const monetary of [0, Infinity]) {
      expect(two({ frequency: 1, monetary })).toThrow(
        expect.objectContaining({
          key: 'clv.nonPositiveSpend',
          params: { monetary },
          message: 'the spend model needs a positive average repeat purchase value',
        }),
      );
    }
    expect(() => fitGammaGamma([{ frequency: 0, monetary: 0 }])).toThrow('no customer has bought more than once: the spend model cannot be fitted');
    expect(() => fitGammaGamma([{ frequency: 2, monetary: 10 }])).toThrow('one repeat customer is not enough to fit the spend model');
    expect(() => fitGammaGamma([{ frequency: 2, monetary: 10 }, { frequency: 3, monetary: 10 }])).toThrow(
      'every repeat customer spends about the same: spend cannot be modelled',
    );
  });

  it('leaves out customers without repeat purchases, whatever their numbers', () => {
    // A fractional or negative frequency ≤ 0 and a missing mean do not matter when there is no repeat purchase.
    const repeat = [
      { frequency: 1, monetary: 90 },
      { frequency: 2, monetary: 110 },
      { frequency: 3, monetary: 90 },
      { frequency: 1, monetary: 110 },
    ];
    const withOthers = [...repeat, { frequency: 0, monetary: Number.NaN }, { frequency: -0.5, monetary: -3 }];
    expect(fitGammaGamma(withOthers)).toEqual(fitGammaGamma(repeat));
  });
});

describe('expectedAverageValue without repeat purchases', () => {
  it('is the population mean pγ/(q − 1), whatever the mean passed', () => {
    // p = 2, q = 3, γ = 4: 2·4/2 = 4. A frequency of 0 or below has no mean of its own (NaN, ∞ or a stray value).
    const params = { p: 2, q: 3, gamma: 4 };
    for (const [frequency, monetary] of [
      [0, Number.NaN],
      [0, Infinity],
      [-1, 50],
    ]) {
      expect(expectedAverageValue(params, frequency, monetary)).toBe(4);
    }
  });
});

describe('fitClvModels', () => {
  it('returns both models and a prediction per customer', () => {
    const s = summarizeCustomers(
      {
        customer: [1, 1, 1, 2, 2, 3, 4, 4, 4, 4, 5],
        day: [0, 20, 50, 5, 70, 10, 1, 30, 60, 90, 40],
        amount: [10, 12, 14, 30, 34, 5, 8, 9, 7, 10, 22],
      },
      { unit: 'day', observationEndDay: 100 },
    );
    const result = fitClvModels(s, { horizonMonths: 6 });
    expect(result.t).toBe(365);
    expect(result.customers.map((c) => c.index)).toEqual([1, 2, 3, 4, 5]);
    expect(Number.isFinite(result.bgnbd.ll) && Number.isFinite(result.gammaGamma.ll)).toBe(true);
    for (const c of result.customers) {
      expect(c.pAlive).toBeGreaterThan(0);
      expect(c.pAlive).toBeLessThanOrEqual(1);
      expect(c.predictedClv).toBeGreaterThanOrEqual(0);
      expect(c.expectedHoldoutPurchases).toBeUndefined();
    }
  });

  it('fails with a key when nobody bought twice', () => {
    const s = summarizeCustomers({ customer: [1, 2], day: [0, 3], amount: [5, 6] }, { unit: 'day', observationEndDay: 9 });
    expect(errorKey(() => fitClvModels(s))).toBe('clv.noRepeatCustomers');
  });
});

describe('minimizeBox', () => {
  it('finds an interior minimum (Rosenbrock) and a minimum on a bound', () => {
    const rosen = minimizeBox(
      (x, g) => {
        g[0] = -2 * (1 - x[0]) - 400 * x[0] * (x[1] - x[0] ** 2);
        g[1] = 200 * (x[1] - x[0] ** 2);
        return (1 - x[0]) ** 2 + 100 * (x[1] - x[0] ** 2) ** 2;
      },
      [-1.2, 1],
      { lower: [-5, -5], upper: [5, 5] },
    );
    expect(rosen.x[0]).toBeCloseTo(1, 6);
    expect(rosen.x[1]).toBeCloseTo(1, 6);
    // (x − 3)² + (y + 1)² on [−1, 1]²: the nearest point of the box is (1, −1).
    const boxed = minimizeBox(
      (x, g) => {
        g[0] = 2 * (x[0] - 3);
        g[1] = 2 * (x[1] + 1);
        return (x[0] - 3) ** 2 + (x[1] + 1) ** 2;
      },
      [0, 0.5],
      { lower: [-1, -1], upper: [1, 1] },
    );
    expect(boxed.x[0]).toBe(1);
    expect(boxed.x[1]).toBeCloseTo(-1, 9);
    expect(boxed.converged).toBe(true);
  });
});
