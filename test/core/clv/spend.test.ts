/**
 * Spend that cannot be modelled (every repeat customer spends about the same) and parameters that
 * end on a bound of the fit (issue #6, robustness).
 */
import { describe, expect, it } from 'vitest';
import {
  ClvError,
  fitClvModels,
  fitGammaGamma,
  MIN_SPEND_VARIATION,
  predictedClv,
  spendSpread,
  summarizeCustomers,
  type SpendPoint,
} from '../../../src/core/clv';
import { minimizeBox, onBound } from '../../../src/core/clv/optimize';

function clvError(f: () => unknown): ClvError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ClvError);
    return e as ClvError;
  }
  throw new Error('no error');
}

/**
 * A small shop, customer k buying on the days listed, each purchase worth `amount(k, j)` (the
 * j-th purchase of customer k). Data end: day 200. Varied frequencies and recencies so that the
 * BG/NBD has something to fit.
 */
const VISITS = [
  [0, 30, 60, 90, 150],
  [0, 100],
  [5],
  [10, 20, 190],
  [12],
  [20, 40, 41, 120, 180, 199],
  [25, 26],
  [40],
  [50, 120, 160],
  [60],
  [70, 170],
  [80],
];
function shop(amount: (k: number, j: number) => number) {
  const customer: number[] = [];
  const day: number[] = [];
  const value: number[] = [];
  VISITS.forEach((days, k) =>
    days.forEach((d, j) => {
      customer.push(k);
      day.push(d);
      value.push(amount(k, j));
    }),
  );
  return summarizeCustomers({ customer, day, amount: value }, { unit: 'day', observationEndDay: 200 });
}

describe('spendSpread', () => {
  it('gives the average repeat purchase value and the spread of the customers means', () => {
    // x·m: 9.95 + 2·10.05 + 10.00 + 3·10.02 = 70.11 over 7 purchases → 10.015714…
    // means 9.95, 10.05, 10.00, 10.02: mean 10.005, deviations −0.055, 0.045, −0.005, 0.015,
    // squares sum 0.0053, /4 = 0.001325, sd 0.0364005, CV 0.0036382.
    const spread = spendSpread([
      { frequency: 1, monetary: 9.95 },
      { frequency: 2, monetary: 10.05 },
      { frequency: 0, monetary: 0 }, // no repeats: not part of the spend data
      { frequency: 1, monetary: 10.0 },
      { frequency: 3, monetary: 10.02 },
    ]);
    expect(spread.average).toBeCloseTo(70.11 / 7, 12);
    expect(spread.variation).toBeCloseTo(Math.sqrt(0.001325) / 10.005, 10);
  });
});

describe('fitGammaGamma when every customer spends about the same', () => {
  it('says so when all purchases are 10.00 (the likelihood has no maximum: it keeps rising as p, q → ∞)', () => {
    const customers: SpendPoint[] = [1, 2, 3, 1, 5, 2, 1].map((x) => ({ frequency: x, monetary: 10 }));
    const e = clvError(() => fitGammaGamma(customers));
    expect(e.key).toBe('clv.uniformSpend');
    expect(e.params).toEqual({ average: 10, variation: 0 });
  });

  it('says so when the means vary by less than 1% (here 0.36%, computed above)', () => {
    const e = clvError(() =>
      fitGammaGamma([
        { frequency: 1, monetary: 9.95 },
        { frequency: 2, monetary: 10.05 },
        { frequency: 1, monetary: 10.0 },
        { frequency: 3, monetary: 10.02 },
      ]),
    );
    expect(e.key).toBe('clv.uniformSpend');
    expect(e.params.variation).toBeLessThan(MIN_SPEND_VARIATION);
  });

  it('says so when the spread is just over 1% but the fit sends both p and q to their upper bound', () => {
    // Means of x purchases with 0.3% spread around a customer mean that itself spreads 1% around
    // 10: a spread the bounded model cannot express (p and q would both need to exceed 1e4).
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return (seed + 0.5) / 2147483648;
    };
    const normal = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
    const customers: SpendPoint[] = [];
    for (let i = 0; i < 3000; i++) {
      const x = 1 + Math.floor(-Math.log(random()) * 2);
      const mean = 10 * (1 + 0.01 * normal());
      customers.push({ frequency: x, monetary: Math.round(100 * mean * (1 + (0.003 * normal()) / Math.sqrt(x))) / 100 });
    }
    expect(spendSpread(customers).variation).toBeGreaterThan(MIN_SPEND_VARIATION);
    expect(clvError(() => fitGammaGamma(customers)).key).toBe('clv.uniformSpend');
  });

  it('fits spend that varies by 2%, from near and far starting points (it zigzagged on the p bound for 1,000 iterations before)', () => {
    // 10·(1 + 0.03·sin(7.3 i)) rounded to cents: CV of the means 2.07%.
    const rows = [
      [1, 10], [2, 10.26], [3, 10.27], [1, 10.03], [1, 9.76], [2, 9.72], [5, 9.95], [1, 10.22], [4, 10.29], [2, 10.08],
      [1, 9.8], [1, 9.71], [3, 9.89], [2, 10.18], [1, 10.3], [6, 10.13], [1, 9.84], [2, 9.7], [1, 9.84], [1, 10.14],
    ];
    const customers = rows.map(([frequency, monetary]) => ({ frequency, monetary }));
    expect(spendSpread(customers).variation).toBeCloseTo(0.02066, 4);
    const fits = [undefined, { p: 0.01, q: 0.01, gamma: 0.01 }, { p: 100, q: 100, gamma: 100 }, { p: 1e4, q: 1e4, gamma: 1e4 }].map(
      (start) => fitGammaGamma(customers, { start }),
    );
    for (const fit of fits) {
      expect(fit.atBound).toEqual(['p']); // purchases of one customer do not vary: p ends on 1e4
      expect(fit.q).toBeCloseTo(fits[0].q, -1);
      expect(fit.ll).toBeCloseTo(fits[0].ll, 7);
      // The population mean pγ/(q − 1) is the data's scale: about 10.
      expect((fit.p * fit.gamma) / (fit.q - 1)).toBeCloseTo(10, 0);
    }
  });
});

describe('fitClvModels with uniform spend', () => {
  it('uses the average purchase value, 10.00, as every customer\'s expected spend', () => {
    const summary = shop(() => 10);
    const result = fitClvModels(summary);
    expect(result.spendModel).toBe('average');
    expect(result.spend).toEqual({ average: 10, variation: 0 });
    // The stand-in's log-likelihood is that of its limit: the mean of x exponential purchase values
    // with mean 10 is Gamma(shape x, rate x/10), density x^x m^(x−1) e^(−x·m/10) / (Γ(x)·10^x).
    const lnFactorial = (n: number): number => (n <= 1 ? 0 : Math.log(n) + lnFactorial(n - 1));
    const limit = summary.customers
      .filter((c) => c.frequency > 0)
      .reduce((s, { frequency: x, monetary: m }) => s + x * Math.log(x) - lnFactorial(x - 1) + (x - 1) * Math.log(m) - x * Math.log(10) - (x * m) / 10, 0);
    expect(result.gammaGamma.ll).toBeCloseTo(limit, 4);
    const options = { unit: 'day' as const, horizonMonths: 12, monthlyDiscount: 0.01 };
    for (const c of result.customers) {
      expect(c.expectedSpend).toBe(10);
      // Independent: Gamma-Gamma p = 1, q = 2, γ = 10 gives p(γ + x·10)/(px + q − 1) = 10 exactly for m = 10
      // (and for m = 0, x = 0): the CLV of a customer who spends 10 per purchase.
      expect(c.predictedClv).toBeCloseTo(predictedClv(result.bgnbd, { p: 1, q: 2, gamma: 10 }, c, options), 9);
      // The stored stand-in parameters reproduce it (what PREDICTED_CLV computes from them).
      expect(c.predictedClv).toBeCloseTo(predictedClv(result.bgnbd, result.gammaGamma, c, options), 9);
    }
  });

  it('uses the average when the amounts are nearly equal (9.99 to 10.01)', () => {
    // The j-th purchase of customer k costs 10 + 0.01·((k + j) mod 3 − 1).
    const summary = shop((k, j) => 10 + 0.01 * (((k + j) % 3) - 1));
    const repeat = summary.customers.filter((c) => c.frequency > 0);
    const average = repeat.reduce((s, c) => s + c.frequency * c.monetary, 0) / repeat.reduce((s, c) => s + c.frequency, 0);
    const result = fitClvModels(summary);
    expect(result.spendModel).toBe('average');
    expect(result.spend.average).toBeCloseTo(average, 12);
    expect(result.spend.average).toBeGreaterThan(9.99);
    expect(result.spend.average).toBeLessThan(10.01);
    for (const c of result.customers) expect(c.expectedSpend).toBe(result.spend.average);
  });

  it('keeps the Gamma-Gamma model when spend varies', () => {
    const result = fitClvModels(shop((k, j) => 10 + 7 * k + 3 * j));
    expect(result.spendModel).toBe('gammaGamma');
    expect(Number.isFinite(result.gammaGamma.ll)).toBe(true);
  });
});

describe('parameters on a bound', () => {
  it('onBound allows 0.1% on log parameters', () => {
    const hi = Math.log(1e4);
    const lo = Math.log(1e-4);
    expect(onBound([hi, Math.log(9995), Math.log(9980), lo + 5e-4, 0], [lo, lo, lo, lo, lo], [hi, hi, hi, hi, hi])).toEqual([
      true,
      true, // 9,995 is 0.05% under the bound
      false, // 9,980 is 0.2% under
      true,
      false,
    ]);
  });

  it('are listed by fitClvModels with their side: customers who never stop buying have no dropout', () => {
    // Each customer buys every 2 days from day 0 to day 40, the data end: everyone is still buying
    // at the end and nobody has a gap, so nothing in the data suggests a dropout. The likelihood
    // then grows as the dropout probability a/(a+b) → 0: a runs to its lower bound 1e-4 or b to
    // its upper bound 1e4 (see models.test.ts for the same on summaries).
    const customer: number[] = [];
    const day: number[] = [];
    const amount: number[] = [];
    for (let k = 0; k < 30; k++) {
      for (let d = k % 4; d <= 40; d += 2 + (k % 3)) {
        customer.push(k);
        day.push(d);
        amount.push(10 + k);
      }
    }
    const result = fitClvModels(summarizeCustomers({ customer, day, amount }, { unit: 'day', observationEndDay: 40 }));
    const dropout = result.atBound.filter((h) => h.model === 'bgnbd' && (h.parameter === 'a' || h.parameter === 'b'));
    expect(dropout.length).toBeGreaterThan(0);
    for (const h of dropout) expect(h.bound).toBe(h.parameter === 'a' ? 'lower' : 'upper');
    expect(result.bgnbd.a / (result.bgnbd.a + result.bgnbd.b)).toBeLessThan(1e-3);
    for (const c of result.customers) expect(c.pAlive).toBeGreaterThan(0.99);
  });

  it('minimizeBox solves on the free face of the box: a coupled quadratic with one variable held on its bound', () => {
    // f = 50(x + y − 2)² + (x − y)²/50, x ≤ 0.5. Unconstrained minimum (1, 1); with x = 0.5,
    // ∂f/∂y = 100(y − 1.5) − (0.5 − y)/25 = 0 → y = (150 + 0.02)/(100 + 0.04) = 1.49960…
    const f = (v: number[], g: number[]) => {
      const [x, y] = v;
      g[0] = 100 * (x + y - 2) + (x - y) / 25;
      g[1] = 100 * (x + y - 2) - (x - y) / 25;
      return 50 * (x + y - 2) ** 2 + (x - y) ** 2 / 50;
    };
    const r = minimizeBox(f, [-3, 4], { lower: [-10, -10], upper: [0.5, 10] });
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBe(0.5);
    expect(r.x[1]).toBeCloseTo(150.02 / 100.04, 9);
    expect(r.iterations).toBeLessThan(50);
  });
});
