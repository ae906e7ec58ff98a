/**
 * Box-constrained minimisation by a projected quasi-Newton method (BFGS on the free variables,
 * projected Armijo backtracking), in the spirit of L-BFGS-B for a handful of variables.
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
  let g = new Array<number>(n).fill(0);
  let fx = f(x, g);
  if (!Number.isFinite(fx)) throw new Error('objective is not finite at the starting point');
  let H = identity(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const pg = projectedGradient(x, g, lower, upper);
    if (Math.max(...pg.map(Math.abs)) < gtol) return { x, f: fx, iterations: iteration, converged: true };
    const free = pg.map((v, i) => v !== 0 || (x[i] > lower[i] && x[i] < upper[i]));
    let d = direction(H, pg, free);
    let slope = dot(d, pg);
    if (!(slope < 0)) {
      H = identity(n);
      d = pg.map((v) => -v);
      slope = dot(d, pg);
    }
    const longest = Math.max(...d.map(Math.abs));
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
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) H = bfgsUpdate(H, s, y, sy);
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

function identity(n: number): number[][] {
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
}

function dot(a: number[], b: number[]): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/** −H·g restricted to the free variables (fixed ones do not move). */
function direction(H: number[][], g: number[], free: boolean[]): number[] {
  return g.map((_, i) => {
    if (!free[i]) return 0;
    let s = 0;
    for (let j = 0; j < g.length; j++) if (free[j]) s += H[i][j] * g[j];
    return -s;
  });
}

/** Inverse-Hessian BFGS update: H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ. */
function bfgsUpdate(H: number[][], s: number[], y: number[], sy: number): number[][] {
  const rho = 1 / sy;
  const Hy = H.map((row) => dot(row, y));
  const yHy = dot(y, Hy);
  return H.map((row, i) =>
    row.map((hij, j) => hij - rho * (Hy[i] * s[j] + s[i] * Hy[j]) + (rho * rho * yHy + rho) * s[i] * s[j]),
  );
}
