/**
 * Box-constrained minimisation by a projected quasi-Newton method (BFGS on the free variables,
 * projected Armijo backtracking), in the spirit of L-BFGS-B for a handful of variables.
 * The BFGS approximation is of the Hessian B, not of its inverse: the Newton step on the free
 * variables solves B_FF·d = −g_F, and the sub-block of B is the curvature of that face of the box.
 * (A sub-block of the inverse is not: with it, a variable that hovers at a bound, e.g. the
 * Gamma-Gamma p when every customer spends alike, made the fit zigzag for 1,000 iterations.)
 */

/** Objective: returns f(x) and writes ∂f/∂x into `grad`. */
export type Objective = (x: number[], grad: number[]) => number;

export interface MinimizeOptions {
  lower: number[];
  upper: number[];
  /** Stop when the largest projected gradient component is below this (default 1e-9). */
  gradientTolerance?: number;
  /** Longest step in any coordinate per iteration (default 2). */
  maxStep?: number;
  maxIterations?: number;
}

export interface MinimizeResult {
  x: number[];
  f: number;
  iterations: number;
  converged: boolean;
}

function project(x: number[], lower: number[], upper: number[]): number[] {
  return x.map((v, i) => Math.min(upper[i], Math.max(lower[i], v)));
}

/** Gradient components that may still move: zero where a bound blocks the descent direction. */
function projectedGradient(x: number[], g: number[], lower: number[], upper: number[]): number[] {
  return g.map((gi, i) => ((x[i] <= lower[i] && gi > 0) || (x[i] >= upper[i] && gi < 0) ? 0 : gi));
}

/**
 * Minimises `f` inside the box [lower, upper]. Deterministic; the optimum may lie on a bound.
 * @example
 * const r = minimizeBox((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, [0], { lower: [-1], upper: [1] });
 * // r.x[0] === 1 (the bound nearest the unconstrained minimum at 3)
 */
export function minimizeBox(f: Objective, start: number[], options: MinimizeOptions): MinimizeResult {
  const { lower, upper } = options;
  const n = start.length;
  const gtol = options.gradientTolerance ?? 1e-9;
  const maxStep = options.maxStep ?? 2;
  const maxIterations = options.maxIterations ?? 1000;
  let x = project(start, lower, upper);
  // Stryker disable next-line ArrayDeclaration: equivalent, the objective writes every component
  let g = new Array<number>(n).fill(0);
  let fx = f(x, g);
  if (!Number.isFinite(fx)) throw new Error('objective is not finite at the starting point');
  let B = identity(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const pg = projectedGradient(x, g, lower, upper);
    // Stryker disable next-line EqualityOperator: equivalent, a gradient of exactly the tolerance
    if (Math.max(...pg.map(Math.abs)) < gtol) return { x, f: fx, iterations: iteration, converged: true };
    const free = pg.map((v, i) => v !== 0 || (x[i] > lower[i] && x[i] < upper[i]));
    let d = newtonDirection(B, pg, free);
    let slope = dot(d, pg);
    // Stryker disable next-line EqualityOperator: equivalent, slope 0 needs g_F = 0 (B stays positive definite), i.e. convergence
    if (!(slope < 0)) {
      B = identity(n);
      d = pg.map((v) => -v);
      slope = dot(d, pg);
    }
    const longest = Math.max(...d.map(Math.abs));
    // Stryker disable next-line EqualityOperator: equivalent, at longest = maxStep both give step 1
    let step = longest > maxStep ? maxStep / longest : 1;
    let accepted = false;
    let xNew = x;
    let gNew = g;
    let fNew = fx;
    for (let trial = 0; trial < 60; trial++) {
      xNew = project(
        x.map((v, i) => v + step * d[i]),
        lower,
        upper,
      );
      // Stryker disable next-line ArrayDeclaration: equivalent, the objective writes every component
      gNew = new Array<number>(n).fill(0);
      fNew = f(xNew, gNew);
      const decrease = dot(g, xNew.map((v, i) => v - x[i]));
      if (Number.isFinite(fNew) && fNew <= fx + 1e-4 * decrease) {
        accepted = true;
        break;
      }
      step /= 2;
    }
    if (!accepted) return { x, f: fx, iterations: iteration, converged: Math.max(...pg.map(Math.abs)) < 1e3 * gtol };
    const s = xNew.map((v, i) => v - x[i]);
    const y = gNew.map((v, i) => v - g[i]);
    const sy = dot(s, y);
    // Stryker disable next-line EqualityOperator: equivalent, a curvature of exactly the threshold
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) B = bfgsUpdate(B, s, y, sy);
    const change = fx - fNew;
    x = xNew;
    g = gNew;
    fx = fNew;
    if (change >= 0 && change < 1e-15 * Math.max(1, Math.abs(fx)) && Math.max(...s.map(Math.abs)) < 1e-12) {
      return { x, f: fx, iterations: iteration + 1, converged: true };
    }
  }
  return { x, f: fx, iterations: maxIterations, converged: false };
}

/**
 * Whether each variable ended on (within `tolerance` of) a bound. On log-parameters the default
 * 1e-3 means within 0.1%: a parameter that stopped at 9,995 with a bound at 10,000 is on it too.
 * @example onBound([0, 0.9995, 0.5], [0, 0, 0], [1, 1, 1]) // [true, true, false]
 */
export function onBound(x: number[], lower: number[], upper: number[], tolerance = 1e-3): boolean[] {
  return x.map((v, i) => v - lower[i] <= tolerance || upper[i] - v <= tolerance);
}

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * The Newton step on the free variables: solves B_FF·d_F = −g_F by Gaussian elimination with
 * partial pivoting (a handful of variables); fixed variables do not move. A singular block gives
 * NaN, which the caller's slope test turns into steepest descent.
 * @example newtonDirection([[2, 1], [1, 2]], [1, 1], [true, false]) // [-0.5, 0]
 */
export function newtonDirection(B: number[][], g: number[], free: boolean[]): number[] {
  const idx = free.map((f, i) => (f ? i : -1)).filter((i) => i >= 0);
  const m = idx.length;
  const a = idx.map((i) => [...idx.map((j) => B[i][j]), -g[i]]);
  // Stryker disable next-line EqualityOperator: equivalent, a pass at c = m swaps a missing row with itself and eliminates nothing
  for (let c = 0; c < m; c++) {
    let pivot = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    for (let r = c + 1; r < m; r++) {
      const factor = a[r][c] / a[c][c];
      for (let k = c; k <= m; k++) a[r][k] -= factor * a[c][k];
    }
  }
  const d = new Array<number>(g.length).fill(0);
  for (let c = m - 1; c >= 0; c--) {
    let v = a[c][m];
    for (let k = c + 1; k < m; k++) v -= a[c][k] * d[idx[k]];
    d[idx[c]] = v / a[c][c];
  }
  return d;
}

/** Hessian BFGS update: B ← B − (Bs)(Bs)ᵀ/(sᵀBs) + yyᵀ/(sᵀy). */
function bfgsUpdate(B: number[][], s: number[], y: number[], sy: number): number[][] {
  const Bs = B.map((row) => dot(row, s));
  const sBs = dot(s, Bs);
  return B.map((row, i) => row.map((bij, j) => bij - (Bs[i] * Bs[j]) / sBs + (y[i] * y[j]) / sy));
}
