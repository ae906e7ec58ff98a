import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, fitBgNbd, type BgNbdParams, type RfmPoint } from '../../../src/core/clv';
import { randomGamma, seededRandom } from '../../../src/local/random';
import { simulateCustomer, simulateRfm } from '../../../src/local/simulate';

const NAMES = ['r', 'alpha', 'a', 'b'] as const;

/** Inverse of a small symmetric positive-definite matrix by Gauss-Jordan elimination. */
function inverse(m: number[][]): number[][] {
  const n = m.length;
  const A = m.map((row, i) => [...row, ...row.map((_, j) => (i === j ? 1 : 0))]);
  for (let i = 0; i < n; i++) {
    const pivot = A[i][i];
    for (let j = 0; j < 2 * n; j++) A[i][j] /= pivot;
    for (let k = 0; k < n; k++) {
      if (k === i) continue;
      const f = A[k][i];
      for (let j = 0; j < 2 * n; j++) A[k][j] -= f * A[i][j];
    }
  }
  return A.map((row) => row.slice(n));
}

/**
 * Asymptotic standard errors: square roots of the diagonal of the inverse observed information,
 * −∂²LL/∂θ², by central finite differences of the total log-likelihood (steps 1e-3 of each value).
 */
function standardErrors(fit: BgNbdParams, customers: readonly RfmPoint[]): number[] {
  const ll = (shift: number[]) =>
    bgnbdLogLikelihood({ r: fit.r + shift[0], alpha: fit.alpha + shift[1], a: fit.a + shift[2], b: fit.b + shift[3] }, customers);
  const h = NAMES.map((k) => 1e-3 * fit[k]);
  const e = (i: number, s: number) => NAMES.map((_, k) => (k === i ? s * h[i] : 0));
  const add = (u: number[], v: number[]) => u.map((x, k) => x + v[k]);
  const info = NAMES.map((_, i) =>
    NAMES.map((_, j) => -(ll(add(e(i, 1), e(j, 1))) - ll(add(e(i, 1), e(j, -1))) - ll(add(e(i, -1), e(j, 1))) + ll(add(e(i, -1), e(j, -1)))) / (4 * h[i] * h[j])),
  );
  return inverse(info).map((row, i) => Math.sqrt(row[i]));
}

// The benchmark's parameters (days), customers first seen over 180 days and observed to day 730.
const TRUTH: BgNbdParams = { r: 0.5, alpha: 30, a: 0.8, b: 2.5 };
const N = 20_000;
const ageRandom = seededRandom(11);
const AGES = Array.from({ length: N }, () => 550 + 180 * ageRandom());

describe('BG/NBD parameter recovery on simulated customers', () => {
  it('recovers r, α, a, b within 4 asymptotic standard errors (20,000 customers)', () => {
    const customers = simulateRfm(TRUTH, AGES, 2024);
    const fit = fitBgNbd(customers);
    const se = standardErrors(fit, customers);
    NAMES.forEach((k, i) => {
      // The tolerance must mean something: each standard error is below 15% of the true value.
      expect(se[i]).toBeLessThan(0.15 * TRUTH[k]);
      expect(Math.abs(fit[k] - TRUTH[k])).toBeLessThan(4 * se[i]);
    });
  });

  it('would catch a simulator that lets customers drop out at their first purchase', () => {
    // The bench's old generator did this: x = 0 then mixes "alive, no purchase yet" with "gone",
    // which the model can only explain with fewer, slower buyers (r = 0.27, α = 22, b = 4.0 at 100k).
    const rand = seededRandom(2024);
    const customers = AGES.map((T) => {
      const times = simulateCustomer(TRUTH, T, rand, true);
      return { frequency: times.length - 1, recency: times[times.length - 1], T };
    });
    const fit = fitBgNbd(customers);
    const se = standardErrors(fit, customers);
    expect(Math.abs(fit.r - TRUTH.r)).toBeGreaterThan(4 * se[0]);
  });
});

describe('the simulator', () => {
  it('draws Gamma variates with the right mean and variance', () => {
    // Gamma(k, 1): mean k, variance k. 200,000 draws: standard error of the mean √(k/200000).
    const rand = seededRandom(5);
    for (const k of [0.3, 2.5]) {
      const draws = Array.from({ length: 200_000 }, () => randomGamma(rand, k));
      const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
      const variance = draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length;
      expect(Math.abs(mean - k)).toBeLessThan(5 * Math.sqrt(k / draws.length));
      expect(Math.abs(variance / k - 1)).toBeLessThan(0.05);
    }
  });

  it('gives the model’s mean repeat count E[X(T)] for a fixed T', () => {
    // FHL 2005 eq. 9 with r = α = a = b = 1: E[X(t)] = ln(1 + t) (∫₀¹ t/(1 + p·t) dp).
    // T = 3: ln 4 = 1.386; 200,000 customers, sample mean within 5 standard errors.
    const customers = simulateRfm({ r: 1, alpha: 1, a: 1, b: 1 }, new Array(200_000).fill(3), 9);
    const xs = customers.map((c) => c.frequency);
    const mean = xs.reduce((s, v) => s + v, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, v) => s + (v - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean - Math.log(4))).toBeLessThan((5 * sd) / Math.sqrt(xs.length));
    expect(customers.every((c) => c.recency <= c.T && (c.frequency > 0 || c.recency === 0))).toBe(true);
  });
});
