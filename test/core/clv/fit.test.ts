/**
 * fitClvModels (src/core/clv/fit.ts): the Gamma-Gamma failures it passes on, and the Gamma-Gamma
 * log-likelihood it reports (shown on the CLV sheet and by `retention clv`).
 */
import { describe, expect, it } from 'vitest';
import gammaln from '@stdlib/math-base-special-gammaln';
import { ClvError, fitClvModels, summarizeCustomers, type GammaGammaParams } from '../../../src/core/clv';

function errorKey(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ClvError);
    return (e as ClvError).key;
  }
  return 'no error';
}

/**
 * The Gamma-Gamma log-likelihood written out customer by customer (the code groups customers by
 * frequency and sums logarithms ahead): ln f(m | x) = lnΓ(px + q) − lnΓ(px) − lnΓ(q) + q·ln γ
 * + (px − 1)·ln m + px·ln x − (px + q)·ln(γ + m·x), over the customers with x > 0.
 */
function logLikelihoodByCustomer({ p, q, gamma }: GammaGammaParams, customers: readonly { frequency: number; monetary: number }[]): number {
  let total = 0;
  for (const { frequency: x, monetary: m } of customers) {
    if (x <= 0) continue;
    total += gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * Math.log(gamma) + (p * x - 1) * Math.log(m) + p * x * Math.log(x) - (p * x + q) * Math.log(gamma + m * x);
  }
  return total;
}

/** Customer k buys on the days listed, the j-th purchase worth `amount(k, j)`; data end: day 200. */
function shop(visits: number[][], amount: (k: number, j: number) => number) {
  const customer: number[] = [];
  const day: number[] = [];
  const value: number[] = [];
  visits.forEach((days, k) =>
    days.forEach((d, j) => {
      customer.push(k);
      day.push(d);
      value.push(amount(k, j));
    }),
  );
  return summarizeCustomers({ customer, day, amount: value }, { unit: 'day', observationEndDay: 200 });
}

const VISITS = [[0, 30, 60, 90, 150], [0, 100], [5], [10, 20, 190], [12], [20, 40, 41, 120, 180, 199], [25, 26], [40], [50, 120, 160], [60], [70, 170], [80]];

describe('fitClvModels', () => {
  it('passes on a Gamma-Gamma failure other than uniform spend: one repeat customer is not enough', () => {
    // Customer 0 buys four times, the other five once: the BG/NBD fits on all six, the spend model
    // would have a single repeat customer.
    const summary = shop([[0, 40, 90, 150], [5], [30], [60], [100], [120]], (k, j) => 10 + k + j);
    expect(summary.customers.filter((c) => c.frequency > 0).length).toBe(1);
    expect(errorKey(() => fitClvModels(summary))).toBe('clv.singleCustomer');
  });

  it('reports the Gamma-Gamma log-likelihood of the fitted parameters, summed over the repeat customers', () => {
    const summary = shop(VISITS, (k, j) => 10 + 7 * k + 3 * j);
    const result = fitClvModels(summary);
    expect(result.spendModel).toBe('gammaGamma');
    const repeat = summary.customers.filter((c) => c.frequency > 0);
    // Customers 0, 1, 3, 5, 6, 8, 10 bought more than once.
    expect(result.gammaGamma.customers).toBe(7);
    expect(repeat.length).toBe(7);
    expect(result.gammaGamma.ll).toBeCloseTo(logLikelihoodByCustomer(result.gammaGamma, summary.customers), 9);
    // It is the maximum: moving any parameter by 1% either way (inside the bounds) lowers it.
    for (const name of ['p', 'q', 'gamma'] as const) {
      for (const factor of [0.99, 1.01]) {
        const moved = { ...result.gammaGamma, [name]: result.gammaGamma[name] * factor };
        expect(logLikelihoodByCustomer(moved, summary.customers), `${name} × ${factor}`).toBeLessThan(result.gammaGamma.ll);
      }
    }
  });
});

describe('fitClvModels: defaults and bound hits', () => {
  it('predicts a year ahead by default: 365 periods in days, 52 in weeks', () => {
    const days = shop(VISITS, (k, j) => 10 + 7 * k + 3 * j);
    expect(fitClvModels(days)).toMatchObject({ t: 365, horizonMonths: 12, monthlyDiscount: 0.01 });
    const weeks = summarizeCustomers(
      { customer: [0, 0, 0, 1, 1, 2, 3, 3, 3, 4], day: [0, 14, 70, 7, 63, 21, 0, 35, 140, 28], amount: [10, 20, 30, 5, 9, 8, 40, 44, 36, 12] },
      { unit: 'week', observationEndDay: 200 },
    );
    expect(fitClvModels(weeks).t).toBe(52);
  });

  it('reports a Gamma-Gamma parameter that ended on its upper bound', () => {
    // Repeat customers' means 90, 110, 90, 110 (x = 1, 2, 3, 1): spread between customers but none the
    // data can show within one, so p (within-customer spread 1/√p) runs to 1e4.
    const customers = [
      { index: 0, frequency: 1, recency: 10, T: 40, monetary: 90 },
      { index: 1, frequency: 2, recency: 30, T: 50, monetary: 110 },
      { index: 2, frequency: 3, recency: 35, T: 60, monetary: 90 },
      { index: 3, frequency: 1, recency: 5, T: 30, monetary: 110 },
      { index: 4, frequency: 0, recency: 0, T: 45, monetary: 0 },
      { index: 5, frequency: 0, recency: 0, T: 20, monetary: 0 },
    ];
    const result = fitClvModels({ unit: 'day', calibrationEndDay: 60, observationEndDay: 60, holdoutLength: 0, customers, refundRows: 0 });
    const hits = result.atBound.filter((h) => h.model === 'gammaGamma');
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ model: 'gammaGamma', parameter: 'p', bound: 'upper' });
    expect(hits[0].value).toBeCloseTo(1e4, 6);
    expect(hits[0].value).toBe(result.gammaGamma.p);
  });
});
