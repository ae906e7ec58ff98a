import { describe, expect, it } from 'vitest';
import { ClvError } from '../../../src/core/clv/errors';
import { fitByMaximumLikelihood, PARAMETER_BOUNDS } from '../../../src/core/clv/maximumLikelihood';

describe('fitByMaximumLikelihood', () => {
  it('finds a closed-form maximum: Poisson counts, λ̂ = Σk / n', () => {
    // 5 periods with counts 2, 0, 3, 1, 4: ll(λ) = 10·ln λ − 5λ (constants dropped), maximum at λ = 10/5 = 2,
    // where ll = 10·ln 2 − 10 ≈ −3.0685.
    const fit = fitByMaximumLikelihood(['lambda'], { lambda: 1 }, (p, grad) => {
      grad[0] = 10 / p.lambda - 5;
      return 10 * Math.log(p.lambda) - 5 * p.lambda;
    }, 5, 'Poisson');
    expect(fit.params.lambda).toBeCloseTo(2, 6);
    expect(fit.ll).toBeCloseTo(10 * Math.log(2) - 10, 9);
    expect(fit.atBound).toEqual([]);
  });

  it('says which parameters ended on a bound', () => {
    // ll = a·1 − b: increasing in a, decreasing in b, so a goes to the upper bound and b to the lower one;
    // c is Poisson-like with its maximum at 3 (ll = 3·ln c − c).
    const fit = fitByMaximumLikelihood(['a', 'b', 'c'], { a: 1, b: 1, c: 1 }, (p, grad) => {
      grad[0] = 1;
      grad[1] = -1;
      grad[2] = 3 / p.c - 1;
      return p.a - p.b + 3 * Math.log(p.c) - p.c;
    }, 1, 'test');
    expect(fit.params.a).toBeCloseTo(PARAMETER_BOUNDS.upper, 6);
    expect(fit.params.b).toBeCloseTo(PARAMETER_BOUNDS.lower, 10);
    expect(fit.params.c).toBeCloseTo(3, 5);
    expect(fit.atBound).toEqual(['a', 'b']);
  });

  it('names the model when the optimiser does not converge', () => {
    // Finite only at the start (x = 1) with a gradient that asks to move: every step of the line
    // search lands where the likelihood is not a number, so no step is accepted.
    const run = () => fitByMaximumLikelihood(['x'], { x: 1 }, (p, grad) => {
      grad[0] = 1;
      return p.x === 1 ? 0 : NaN;
    }, 1, 'Broken');
    expect(run).toThrow(ClvError);
    expect(run).toThrow('the Broken fit did not converge');
  });
});
