/**
 * E[Y(t) | alive, x, T] in bounded work for every parameter (issue #11): the series where it is
 * short, the quadrature over the dropout probability everywhere else, both against mpmath.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  byQuadrature,
  bySeries,
  evaluateExpectedIfAlive,
  MAX_QUADRATURE_PIECES,
  MAX_SERIES_TERMS,
} from '../../../src/core/clv/expectedIfAlive';

/**
 * [r, α, a, b, x, T, t, value]. Values from mpmath (mp.dps = 40) by two independent methods that
 * agree to all 17 digits: the closed form c/(a−1)·[1 − ((α+T)/(α+T+t))^(r+x) hyp2f1(r+x, b+x; c; z)],
 * c = a+b+x−1, and mp.quad of ∫ (1 − (1+p·t/(α+T))^−(r+x))/p dBeta(p; a, b+x) after p = u^(1/a) on
 * [0, ½] and 1 − p = v^(1/(b+x)) on [½, 1]. Where c = 0 hyp2f1 is undefined: quadrature only.
 */
const MPMATH: Array<[string, number[]]> = [
  ['the masked Etsy shop, x = 0 (c = a + b − 1 < 0), one month', [0.3855, 13.618, 1e-4, 4.947e-4, 0, 10, 4.348125, 0.06964218155246778]],
  ['the masked Etsy shop, x = 0, T = 0, a year', [0.3855, 13.618, 1e-4, 4.947e-4, 0, 0, 52, 1.3008252110581593]],
  ['the masked Etsy shop, x = 1', [0.3855, 13.618, 1e-4, 4.947e-4, 1, 30, 52, 1.6516012494347047]],
  ['the masked Etsy shop in days, x = 0, T = 0', [0.404, 94.58, 1e-4, 6.5e-4, 0, 0, 365, 1.4140324729361792]],
  ['CDNOW, a new customer over 10 years (z = 0.9988)', [0.243, 4.414, 0.793, 2.426, 0, 0, 3650, 10.748893981418432]],
  ['α on its lower bound (z = 1 − 2e-7)', [0.5, 1e-4, 0.8, 2, 1, 0, 520, 251.18333788980747]],
  ['a on its upper bound (series terms grow like a^n)', [0.5, 2, 1e4, 1, 3, 10, 52, 0.99754131628528709]],
  ['r on its upper bound, b on its upper bound', [1e4, 1, 1e-4, 1e4, 0, 5, 52, 86653.40324735415]],
  ['a + b < 1 with moderate a', [0.3, 10, 0.9, 0.05, 0, 20, 100, 0.37470320653024551]],
  ['a + b = 1 and x = 0: c = 0', [2, 3, 0.5, 0.5, 0, 0, 30, 4.6597207798381651]],
  ['a, b, α all on their lower bound, 10 years', [0.7, 1e-4, 1e-4, 1e-4, 0, 0, 521.775, 1823429.6013247031]],
];

const relative = (got: number, want: number) => Math.abs(got - want) / want;

describe('E[Y(t) | alive] against mpmath, in every region', () => {
  for (const [name, [r, alpha, a, b, x, T, t, value]] of MPMATH) {
    it(name, () => {
      const params = { r, alpha, a, b };
      const chosen = evaluateExpectedIfAlive(params, x, T, t);
      expect(relative(chosen.value, value)).toBeLessThan(1e-12);
      // The quadrature alone, whatever the region.
      const quadrature = byQuadrature(params, x, T, t);
      expect(relative(quadrature.value, value)).toBeLessThan(1e-12);
      expect(quadrature.steps).toBeGreaterThan(0);
      expect(quadrature.steps).toBeLessThanOrEqual(60);
      // The series, when it accepts the case.
      const series = bySeries(params, x, T, t);
      if (series) expect(relative(series.value, value)).toBeLessThan(1e-12);
    });
  }

  it('the series declines the long and the cancelling cases, which then go to the quadrature', () => {
    // z = 1 − 2e-7 would need ~1.9e8 terms; a = 1e4 makes terms grow before they fall.
    expect(bySeries({ r: 0.5, alpha: 1e-4, a: 0.8, b: 2 }, 1, 0, 520)).toBeNull();
    expect(bySeries({ r: 0.5, alpha: 2, a: 1e4, b: 1 }, 3, 10, 52)).toBeNull();
    expect(evaluateExpectedIfAlive({ r: 0.5, alpha: 2, a: 1e4, b: 1 }, 3, 10, 52).method).toBe('quadrature');
    // r = 0.01, α = 1, a = 0.1, b = 30, T = 20, t = 1: 11 terms whose magnitudes sum to 2.76, about
    // 5,800 times the value 4.7615247501e-4 (the series' own sum, kept here as the independent check
    // of the quadrature): the series declines it.
    const cancelling = [{ r: 0.01, alpha: 1, a: 0.1, b: 30 }, 0, 20, 1] as const;
    expect(bySeries(...cancelling)).toBeNull();
    const chosen = evaluateExpectedIfAlive(...cancelling);
    expect(chosen.method).toBe('quadrature');
    expect(relative(chosen.value, 4.7615247501e-4)).toBeLessThan(1e-8);
    // The masked shop's one-month case is short: 16 terms.
    const short = evaluateExpectedIfAlive({ r: 0.3855, alpha: 13.618, a: 1e-4, b: 4.947e-4 }, 0, 10, 4.348125);
    expect(short).toMatchObject({ method: 'series', steps: 16 });
  });

  it('is 0 at t = 0 and ln 2 for r = α = a = b = 1, x = T = 0, t = 1 (E[X(t)] = ln(1 + t) there)', () => {
    expect(evaluateExpectedIfAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 0)).toEqual({ value: 0, method: 'series', steps: 0 });
    expect(evaluateExpectedIfAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1).value).toBeCloseTo(Math.LN2, 14);
    expect(byQuadrature({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1).value).toBeCloseTo(Math.LN2, 14);
  });
});

describe('which method, by z = t/(α + T + t)', () => {
  // With r = a = b = 1 the series has no terms (e = a + b − 1 − r = 0), so it accepts every z and
  // E = (1 + x)·ln(1 + t/(α + T)); the choice between the methods is then z's alone.
  const ones = (alpha: number) => ({ r: 1, alpha, a: 1, b: 1 });

  it.each([
    ['z = 0.5 (t = α + T)', 4, 3, 7],
    ['z = 4/11.9 with T close to α', 4, 3.9, 4],
    ['z = 0.96 exactly, the last z of the series', 4, 0, 96],
  ])('%s: the series, with no terms', (_z, alpha, T, t) => {
    const e = evaluateExpectedIfAlive(ones(alpha), 0, T, t);
    expect(e).toMatchObject({ method: 'series', steps: 0 });
    expect(e.value).toBeCloseTo(Math.log1p(t / (alpha + T)), 14);
  });

  it('z = 100/104 > 0.96: the quadrature, with the same value', () => {
    const e = evaluateExpectedIfAlive(ones(4), 0, 0, 100);
    expect(e.method).toBe('quadrature');
    expect(e.steps).toBeGreaterThan(0);
    expect(relative(e.value, Math.log(26))).toBeLessThan(1e-12);
  });
});

describe('bounded work and finite values over the whole parameter box', () => {
  const logUniform = (lo: number, hi: number) => fc.double({ min: Math.log(lo), max: Math.log(hi), noNaN: true }).map(Math.exp);

  it('finite, positive, below the rate bound (r+x)·t/(α+T), in ≤ 1,500 terms or ≤ 200 pieces; series and quadrature agree', () => {
    fc.assert(
      fc.property(
        logUniform(1e-4, 1e4),
        logUniform(1e-4, 1e4),
        logUniform(1e-4, 1e4),
        logUniform(1e-4, 1e4),
        fc.integer({ min: 0, max: 500 }),
        fc.oneof(fc.constant(0), logUniform(1e-3, 1000)),
        logUniform(1e-3, 5218),
        (r, alpha, a, b, x, T, t) => {
          const params = { r, alpha, a, b };
          const e = evaluateExpectedIfAlive(params, x, T, t);
          expect(Number.isFinite(e.value)).toBe(true);
          expect(e.value).toBeGreaterThan(0);
          // While alive, purchases are Poisson(λ) with E[λ | x, T] = (r+x)/(α+T) and dropout only lowers them.
          expect(e.value).toBeLessThanOrEqual(((r + x) * t) / (alpha + T) * (1 + 1e-12));
          expect(e.steps).toBeLessThanOrEqual(e.method === 'series' ? MAX_SERIES_TERMS : 200);
          const q = byQuadrature(params, x, T, t);
          expect(q.steps).toBeLessThan(MAX_QUADRATURE_PIECES);
          expect(relative(q.value, e.value)).toBeLessThan(1e-10);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('grows with t (more time, more purchases)', () => {
    fc.assert(
      fc.property(
        logUniform(1e-4, 1e4),
        logUniform(1e-4, 1e4),
        logUniform(1e-4, 1e4),
        logUniform(1e-4, 1e4),
        fc.integer({ min: 0, max: 50 }),
        logUniform(1e-2, 500),
        logUniform(1e-2, 500),
        (r, alpha, a, b, x, T, t) => {
          const params = { r, alpha, a, b };
          const e1 = evaluateExpectedIfAlive(params, x, T, t).value;
          const e2 = evaluateExpectedIfAlive(params, x, T, 1.5 * t).value;
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-10));
        },
      ),
      { numRuns: 300 },
    );
  });
});
