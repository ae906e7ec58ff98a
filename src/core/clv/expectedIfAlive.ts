/**
 * E[Y(t) | alive at T, x]: the BG/NBD expected purchases in (T, T + t] of a customer alive at T
 * after x repeat purchases, in bounded work for every a, b, r, α > 0 (docs/CLV.md, "Predictions").
 *
 * Given alive, λ ~ Gamma(r+x, α+T) and the dropout probability p ~ Beta(a, b+x), and
 * E = ∫₀¹ g(p) Beta(p; a, b+x) dp, g(p) = (1 − (1 + p·k)^−(r+x)) / p, k = t/(α+T):
 * a positive integrand, bounded by (r+x)·k. Two evaluations:
 * - a series (fast, used when it converges in a few hundred terms without cancellation);
 * - a quadrature of the integral above (any parameters, at most a few hundred pieces).
 */
import type { BgNbdParams } from './bgnbd';
import { RULE_12 } from './quadrature';

/** How a value was computed: the method and its work (series terms or quadrature pieces). */
export interface IfAliveEvaluation {
  value: number;
  method: 'series' | 'quadrature';
  /** Series terms summed, or quadrature pieces (12 nodes each). */
  steps: number;
}

/** Above this z = t/(α+T+t) the series would need more than ~1,000 terms (about ln(1e-17)/ln z): the quadrature is used. */
const SERIES_MAX_Z = 0.96;
/** The series gives up (and the quadrature is used) after this many terms. */
export const MAX_SERIES_TERMS = 1500;
/** The series is used only if its terms' magnitudes exceed the value by less than this factor (≤ 3 digits lost). */
const MAX_CANCELLATION = 1e3;
/** The quadrature never uses more pieces than this (the bound in docs/CLV.md is about 200). */
export const MAX_QUADRATURE_PIECES = 1000;
/** Quadrature pieces are at most this wide in w = ln(p/(1−p)) (the integrands' complex singularities are π/2 or more from the real axis) … */
const MAX_PIECE = 2;
/** … and the logarithm of the integrand changes by at most this much over one (12 nodes then give ~1e-14). */
const MAX_CHANGE = 4;

/**
 * E[Y(t) | alive, x, T] with the method used and its cost.
 * @example evaluateExpectedIfAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 2, 38.86, 39) // { value: 1.6874, method: 'series', steps: 39 }
 */
export function evaluateExpectedIfAlive(params: BgNbdParams, x: number, T: number, t: number): IfAliveEvaluation {
  if (!(t > 0)) return { value: 0, method: 'series', steps: 0 };
  const z = t / (params.alpha + T + t);
  if (z <= SERIES_MAX_Z) {
    const series = bySeries(params, x, T, t);
    if (series) return series;
  }
  return byQuadrature(params, x, T, t);
}

/**
 * The closed form (Fader, Hardie & Lee 2005, eq. 10) after Euler's transformation:
 * E = c·[1 − (1−z)^(a−1) ₂F₁(e, a−1; c; z)]/(a−1), c = a+b+x−1, e = a+b−1−r, z = t/(α+T+t).
 * With c/(c)_n = 1/(c+1)_(n−1) and (a−1)_n/(a−1) = (a)_(n−1):
 * E = c·(1 − (1−z)^(a−1))/(a−1) − (1−z)^(a−1) Σ_{n≥1} (e)_n (a)_(n−1) / ((a+b+x)_(n−1) n!) zⁿ,
 * whose denominators are positive for every a, b > 0 (c itself is negative when x = 0 and a + b < 1,
 * where the plain form took the logarithm of a negative number). Terms as logarithms with a sign.
 * Returns null when the series would be long or loses more than 3 digits to cancellation.
 */
export function bySeries(params: BgNbdParams, x: number, T: number, t: number): IfAliveEvaluation | null {
  const { r, alpha, a, b } = params;
  const z = t / (alpha + T + t);
  const L = -Math.log1p(t / (alpha + T)); // ln(1 − z)
  const c = a + b + x - 1;
  const e = a + b - 1 - r;
  const c1 = a + b + x;
  const first = c * (a === 1 ? -L : -Math.expm1((a - 1) * L) / (a - 1));
  let sum = 0;
  let magnitude = Math.abs(first);
  let n = 0;
  if (e !== 0) {
    let logTerm = (a - 1) * L + Math.log(Math.abs(e)) + Math.log(z);
    // Stryker disable next-line EqualityOperator: equivalent, e = 0 does not reach here
    let sign = e > 0 ? 1 : -1;
    for (n = 1; ; n++) {
      if (n > MAX_SERIES_TERMS) return null;
      const term = Math.exp(logTerm);
      sum += sign * term;
      magnitude += term;
      const f1 = e + n;
      // Stryker disable next-line ConditionalExpression: equivalent, without the break the next term is e^−∞ = 0 and the tail test ends the loop
      if (f1 === 0) break; // e is a negative integer: the series ends
      const ratio = ((f1 * (a + n - 1)) / ((c1 + n - 1) * (n + 1))) * z;
      const rho = Math.max(Math.abs(ratio), z);
      if (rho < 1 && term * (rho / (1 - rho)) <= 1e-17 * magnitude) break;
      logTerm += Math.log(Math.abs(ratio));
      // Stryker disable next-line EqualityOperator: equivalent, f1 = 0 has left the loop
      if (f1 < 0) sign = -sign;
    }
  }
  const value = first - sum;
  if (!(value > 0 && Number.isFinite(value) && magnitude <= MAX_CANCELLATION * value)) return null;
  return { value, method: 'series', steps: n };
}

/** ln σ(w) = ln(1/(1 + e^−w)), without overflow. */
function logSigmoid(w: number): number {
  return w < 0 ? w - Math.log1p(Math.exp(w)) : -Math.log1p(Math.exp(-w));
}

/**
 * E = ∫ g(p) Beta(p; a, b') dp / ∫ Beta(p; a, b') dp (b' = b + x) in w = ln(p/(1−p)), where the
 * Beta weight is e^ψ, ψ(w) = a·ln p + b'·ln(1−p), concave with its peak at ln(a/b'), and
 * ln g(p(w)) falls from ln(s·k) to ln g(1) with a slope in [−1, 0] (s = r + x).
 * - Tails: below w_L = ln(1e-7/(a+b'+(s+1)k+1)) and above w_R = ln((a+b'+1)/1e-7) the integrands are
 *   e^(a·w)·(1 + c·e^w) and e^(−b'·w)·(1 + c·e^−w) to 1e-14: integrated in closed form.
 * - Between: only where ψ is within 45 + ln(s·k/g(1)) of its peak (elsewhere the integrand is
 *   below e^−45 of the peak), cut into pieces at most 2 wide over which ψ and ln g change by at most
 *   4 together (|ψ'| is largest at a piece's ends), 12-point Gauss-Legendre each.
 * Both integrals use the same nodes, in logarithms scaled by their peaks.
 */
export function byQuadrature(params: BgNbdParams, x: number, T: number, t: number): IfAliveEvaluation {
  const { r, alpha, a } = params;
  const b = params.b + x;
  const s = r + x;
  const k = t / (alpha + T);
  const sk = s * k;
  const logSk = Math.log(s) + Math.log(k);
  const logN = (p: number): number => Math.log(-Math.expm1(-s * Math.log1p(p * k))); // ln(1 − (1+pk)^−s)
  const logG1 = logN(1);
  const psi = (w: number): number => a * logSigmoid(w) + b * logSigmoid(-w);
  const slope = (w: number): number => a / (1 + Math.exp(w)) - b / (1 + Math.exp(-w)); // ψ'(w), decreasing

  const TAIL = 1e-7;
  const wL = Math.log(TAIL / (a + b + (s + 1) * k + 1));
  const wR = Math.log((a + b + 1) / TAIL);
  const wPeak = Math.min(wR, Math.max(wL, Math.log(a / b)));
  const top = psi(wPeak);
  const level = top - 45 - (logSk - logG1);
  const crossing = (lo: number, hi: number, rising: boolean): number => {
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (psi(mid) < level === rising) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  };
  const wl = psi(wL) >= level ? wL : crossing(wL, wPeak, true);
  const wr = psi(wR) >= level ? wR : crossing(wPeak, wR, false);

  // Tails in closed form (logarithms of the num and den contributions).
  const eL = Math.exp(wL);
  const eR = Math.exp(-wR);
  const kappa = 1 - Math.exp(logSk - (s + 1) * Math.log1p(k) - logG1); // −d ln g/dp at p = 1, in [0, 1]
  const leftNum = logSk + a * wL - Math.log(a) + Math.log1p(((-(a + b + ((s + 1) * k) / 2) * a) / (a + 1)) * eL);
  const leftDen = a * wL - Math.log(a) + Math.log1p(((-(a + b) * a) / (a + 1)) * eL);
  const rightNum = logG1 - b * wR - Math.log(b) + Math.log1p((((kappa - a - b) * b) / (b + 1)) * eR);
  const rightDen = -b * wR - Math.log(b) + Math.log1p(((-(a + b) * b) / (b + 1)) * eR);
  const ref = Math.max(top, leftDen, rightDen); // g ≤ s·k, so num is scaled by e^(ref + ln sk)
  let num = Math.exp(leftNum - logSk - ref) + Math.exp(rightNum - logSk - ref);
  let den = Math.exp(leftDen - ref) + Math.exp(rightDen - ref);

  let pieces = 0;
  for (let lo = wl; lo < wr && pieces < MAX_QUADRATURE_PIECES; pieces++) {
    let h = Math.min(MAX_PIECE, wr - lo);
    const steep = Math.max(Math.abs(slope(lo)), Math.abs(slope(lo + h))) + 1;
    if (h * steep > MAX_CHANGE) h = MAX_CHANGE / steep;
    for (let j = 0; j < RULE_12.nodes.length; j++) {
      const w = lo + h * RULE_12.nodes[j];
      const u = Math.exp(-Math.abs(w));
      const logP = w < 0 ? w - Math.log1p(u) : -Math.log1p(u); // ln p, and ln(1 − p) = ln p − w
      const p = w < 0 ? u / (1 + u) : 1 / (1 + u);
      const beta = (a + b) * logP - b * w - ref;
      const weight = h * RULE_12.weights[j];
      const e = weight * Math.exp(beta);
      den += e;
      num += (e * -Math.expm1(-s * Math.log1p(p * k))) / (p * sk);
    }
    lo += h;
  }
  return { value: sk * (num / den), method: 'quadrature', steps: pieces };
}
