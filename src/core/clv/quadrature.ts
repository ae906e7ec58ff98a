/** Gauss-Legendre quadrature on [0, 1], used by the BG/NBD predictions (expectedIfAlive.ts). */

export interface QuadratureRule {
  nodes: number[];
  weights: number[];
}

/**
 * Gauss-Legendre nodes and weights on [0, 1] (Newton on the Legendre polynomial); exact for
 * polynomials of degree up to 2n − 1.
 * @example const { nodes, weights } = gaussLegendre(2); // nodes (1 ∓ 1/√3)/2, weights 1/2 each
 */
export function gaussLegendre(n: number): QuadratureRule {
  const nodes: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= n; i++) {
    let x = Math.cos((Math.PI * (i - 0.25)) / (n + 0.5));
    let dp = 0;
    for (let iteration = 0; iteration < 100; iteration++) {
      let p0 = 1;
      let p1 = x;
      for (let k = 2; k <= n; k++) [p0, p1] = [p1, ((2 * k - 1) * x * p1 - (k - 1) * p0) / k];
      dp = (n * (x * p1 - p0)) / (x * x - 1);
      const dx = p1 / dp;
      x -= dx;
      if (Math.abs(dx) < 1e-16) break;
    }
    nodes.push((1 - x) / 2);
    weights.push(1 / ((1 - x * x) * dp * dp));
  }
  return { nodes, weights };
}

/** The 12-point rule both integrals use. */
export const RULE_12 = gaussLegendre(12);
