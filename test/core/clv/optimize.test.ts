/**
 * minimizeBox, newtonDirection and onBound (src/core/clv/optimize.ts), with paths worked out by
 * hand on quadratics, where one BFGS update already gives the exact Hessian.
 */
import { describe, expect, it } from 'vitest';
import { minimizeBox, newtonDirection, onBound, type Objective } from '../../../src/core/clv/optimize';

/** The objective and the points it was evaluated at. */
function recorded(f: Objective): { f: Objective; points: number[][] } {
  const points: number[][] = [];
  return {
    points,
    f: (x, g) => {
      points.push([...x]);
      return f(x, g);
    },
  };
}

/** (x − 3)² + (y − 0.5)². */
const bowl: Objective = ([x, y], g) => {
  g[0] = 2 * (x - 3);
  g[1] = 2 * (y - 0.5);
  return (x - 3) ** 2 + (y - 0.5) ** 2;
};
const WIDE = { lower: [-10, -10], upper: [10, 10] };

describe('minimizeBox on (x − 3)² + (y − 0.5)² from (0, 0)', () => {
  it('cuts the first, steepest-descent step to the longest step, then takes the exact Newton step', () => {
    // g(0, 0) = (−6, −1), B = I: d = (6, 1), longest 6 > 2 → step 1/3 → (2, 1/3), accepted (f 9.25 → 1.11).
    // s = (2, 1/3), y = 2s: the BFGS update gives B = I + ssᵀ/|s|², B·s = 2s, and g(2, 1/3) = −s,
    // so d = s/2 = (1, 1/6) → (3, 0.5), the minimum; the next gradient is 0: 2 iterations.
    const { f, points } = recorded(bowl);
    const r = minimizeBox(f, [0, 0], WIDE);
    expect(points).toHaveLength(3);
    expect(points[0]).toEqual([0, 0]);
    expect(points[1][0]).toBeCloseTo(2, 14);
    expect(points[1][1]).toBeCloseTo(1 / 3, 14);
    expect(points[2][0]).toBeCloseTo(3, 14);
    expect(points[2][1]).toBeCloseTo(0.5, 14);
    expect(r).toMatchObject({ iterations: 2, converged: true });
    expect(r.f).toBeLessThan(1e-20);
  });

  it('takes a longer first step when allowed: maxStep 6 goes straight to (6, 1), which Armijo refuses once', () => {
    // Step 1 → (6, 1): f = 9.25, not below 9.25 − 1e-4·37 → halve → (3, 0.5), the minimum.
    const { f, points } = recorded(bowl);
    minimizeBox(f, [0, 0], { ...WIDE, maxStep: 6 });
    expect(points.slice(0, 3)).toEqual([
      [0, 0],
      [6, 1],
      [3, 0.5],
    ]);
  });

  it('stops after maxIterations, not converged, where the last iteration left it', () => {
    const one = minimizeBox(bowl, [0, 0], { ...WIDE, maxIterations: 1 });
    expect(one).toMatchObject({ iterations: 1, converged: false });
    expect(one.x[0]).toBeCloseTo(2, 14);
    expect(one.x[1]).toBeCloseTo(1 / 3, 14);
    const { f, points } = recorded(bowl);
    expect(minimizeBox(f, [0, 0], { ...WIDE, maxIterations: 0 })).toEqual({ x: [0, 0], f: 9.25, iterations: 0, converged: false });
    expect(points).toHaveLength(1);
  });

  it('stops as soon as the gradient is inside a given tolerance', () => {
    // |g(0, 0)| = 6 at most: a tolerance of 7 is met at the start.
    expect(minimizeBox(bowl, [0, 0], { ...WIDE, gradientTolerance: 7 })).toEqual({ x: [0, 0], f: 9.25, iterations: 0, converged: true });
  });

  it('at the minimum with a tolerance never met, stops when a step changes nothing: one iteration', () => {
    // g = 0: the direction is 0, the step leaves x where it is, f does not change → stop, converged.
    const { f, points } = recorded(bowl);
    expect(minimizeBox(f, [3, 0.5], { ...WIDE, gradientTolerance: -1 })).toEqual({ x: [3, 0.5], f: 0, iterations: 1, converged: true });
    expect(points).toEqual([
      [3, 0.5],
      [3, 0.5],
    ]);
  });

  it('refuses a start where the objective is not finite', () => {
    expect(() => minimizeBox(() => Number.NaN, [0], { lower: [-1], upper: [1] })).toThrow('objective is not finite at the starting point');
  });
});

describe('minimizeBox on the bounds', () => {
  it('starts converged on a bound the gradient pushes against: lower and upper', () => {
    // (x + 3)² on [−1, 1] from −1: g = 4 > 0 points out of the box below, so nothing can move.
    const below: Objective = ([x], g) => ((g[0] = 2 * (x + 3)), (x + 3) ** 2);
    expect(minimizeBox(below, [-1], { lower: [-1], upper: [1] })).toEqual({ x: [-1], f: 4, iterations: 0, converged: true });
    const above: Objective = ([x], g) => ((g[0] = 2 * (x - 3)), (x - 3) ** 2);
    expect(minimizeBox(above, [1], { lower: [-1], upper: [1] })).toEqual({ x: [1], f: 4, iterations: 0, converged: true });
  });

  it('projects a start outside the box onto it', () => {
    const { f, points } = recorded(bowl);
    minimizeBox(f, [-20, 20], WIDE);
    expect(points[0]).toEqual([-10, 10]);
  });
});

describe('minimizeBox when no step is accepted', () => {
  /** Finite only at the start (0, 0), with the given gradient there. */
  const cliff =
    (gradient: number[]): Objective =>
    (x, g) => {
      gradient.forEach((v, i) => (g[i] = v));
      return x.every((v) => v === 0) ? 1 : Number.NaN;
    };

  it('halves the step 60 times, then gives up where it started', () => {
    const { f, points } = recorded(cliff([1, 1]));
    expect(minimizeBox(f, [0, 0], WIDE)).toEqual({ x: [0, 0], f: 1, iterations: 0, converged: false });
    expect(points).toHaveLength(61);
  });

  it('calls it converged when every gradient component is within 1,000 × the tolerance', () => {
    expect(minimizeBox(cliff([1e-7, -1e-7]), [0, 0], WIDE).converged).toBe(true);
    expect(minimizeBox(cliff([1e-7, 1]), [0, 0], WIDE).converged).toBe(false);
  });
});

describe('newtonDirection', () => {
  it('solves B·d = −g on the free variables and leaves the others at 0', () => {
    // [[2, 1], [1, 2]]·d = (−1, −1) → d = (−1/3, −1/3); with y fixed: 2·d₀ = −1 → d₀ = −0.5.
    const both = newtonDirection([[2, 1], [1, 2]], [1, 1], [true, true]);
    expect(both[0]).toBeCloseTo(-1 / 3, 15);
    expect(both[1]).toBeCloseTo(-1 / 3, 15);
    expect(newtonDirection([[2, 1], [1, 2]], [1, 1], [true, false])).toEqual([-0.5, 0]);
    expect(newtonDirection([[2, 1], [1, 2]], [1, 1], [false, true])).toEqual([0, -0.5]);
  });

  it('pivots: a tiny first diagonal entry does not wreck the solution', () => {
    // [[1e-17, 1], [1, 1]]·d = (1, 2) → d ≈ (1, 1). Without pivoting, 1 − 1e17 rounds and d₀ comes out 0.
    const d = newtonDirection([[1e-17, 1], [1, 1]], [-1, -2], [true, true]);
    expect(d[0]).toBeCloseTo(1, 12);
    expect(d[1]).toBeCloseTo(1, 12);
  });
});

describe('onBound', () => {
  it('counts a distance of exactly the tolerance as on the bound', () => {
    expect(onBound([0.25, 0.75, 0.5], [0, 0, 0], [1, 1, 1], 0.25)).toEqual([true, true, false]);
  });
});
