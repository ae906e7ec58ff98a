/**
 * Pareto/NBD model (Schmittlein, Morrison & Colombo 1987): while alive a customer buys as a Poisson
 * process with rate λ ~ Gamma(r, α); the lifetime is exponential with rate μ ~ Gamma(s, β), so a
 * customer may be gone before any repeat purchase. Times in model periods.
 *
 * Likelihood (Fader & Hardie 2005, "A note on deriving the Pareto/NBD model"):
 * L = Γ(r+x)α^r β^s/Γ(r) · [(α+T)^−(r+x) (β+T)^−s + s·I], I = ∫_{t_x}^T (α+τ)^−(r+x) (β+τ)^−(s+1) dτ.
 * Their closed form writes s·I = s/(r+s+x)·A₀ as a difference of two ₂F₁ values whose argument
 * tends to 1 when α/β is large or small (the series then needs millions of terms) and which
 * cancel when t_x ≈ T. Here I is integrated directly: it is positive, with no cancellation.
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import type { RfmPoint } from './bgnbd';
import { ClvError } from './errors';
import { fitByMaximumLikelihood } from './maximumLikelihood';
import { RULE_12 } from './quadrature';

export interface ParetoNbdParams {
  r: number;
  alpha: number;
  s: number;
  beta: number;
}

const RULE = RULE_12;

/**
 * ln I and the derivatives of I / I with respect to (r, α, s, β), for one customer.
 * With m = min(α, β) and w = ln(m + τ), the integrand (α+τ)^−(r+x)(β+τ)^−(s+1)(m+τ) is smooth in w,
 * and its log-derivative D(w) is monotone; the range [ln(m+t_x), ln(m+T)] is cut into pieces over
 * which ln(integrand) changes by at most 2 (12-point Gauss-Legendre each) and stopped once the
 * integrand has fallen e^−40 below its largest value while decreasing.
 */
function integral(p: ParetoNbdParams, x: number, tx: number, T: number, dI: number[]): number {
  const { r, alpha, s, beta } = p;
  const m = Math.min(alpha, beta);
  const ea = r + x; // exponent of (α+τ)
  const eb = s + 1; // exponent of (β+τ)
  const logG = (w: number): number => {
    const tau = Math.exp(w) - m;
    return w - ea * Math.log(alpha + tau) - eb * Math.log(beta + tau);
  };
  // d ln g / dw = 1 − ea·(m+τ)/(α+τ) − eb·(m+τ)/(β+τ).
  const slope = (w: number): number => {
    const u = Math.exp(w);
    return 1 - (ea * u) / (alpha - m + u) - (eb * u) / (beta - m + u);
  };
  const w0 = Math.log(m + tx);
  const w1 = Math.log(m + T);
  const logs: number[] = [];
  const taus: number[] = [];
  let peak = -Infinity;
  for (let a = w0; a < w1; ) {
    let h = Math.min(1, w1 - a);
    for (let k = 0; k < 60 && h * Math.max(Math.abs(slope(a)), Math.abs(slope(a + h))) > 2; k++) {
      h = 2 / Math.max(Math.abs(slope(a)), Math.abs(slope(a + h)));
    }
    const b = Math.min(a + h, w1);
    for (let j = 0; j < RULE.nodes.length; j++) {
      const w = a + (b - a) * RULE.nodes[j];
      const lg = logG(w) + Math.log((b - a) * RULE.weights[j]);
      logs.push(lg);
      taus.push(Math.exp(w) - m);
      if (lg > peak) peak = lg;
    }
    if (slope(b) < 0 && logG(b) < peak - 40) break;
    a = b;
  }
  let sum = 0;
  let dr = 0;
  let dAlpha = 0;
  let ds = 0;
  let dBeta = 0;
  for (let k = 0; k < logs.length; k++) {
    const v = Math.exp(logs[k] - peak);
    const tau = taus[k];
    sum += v;
    dr -= v * Math.log(alpha + tau);
    dAlpha -= (v * ea) / (alpha + tau);
    ds -= v * Math.log(beta + tau);
    dBeta -= (v * eb) / (beta + tau);
  }
  dI[0] = dr / sum;
  dI[1] = dAlpha / sum;
  dI[2] = ds / sum;
  dI[3] = dBeta / sum;
  return peak + Math.log(sum);
}

/** Per customer: ln L and ∂ln L/∂(r, α, s, β); also P(alive) = first term / bracket. */
function customerTerms(p: ParetoNbdParams, c: RfmPoint, grad: number[]): { ll: number; pAlive: number } {
  const { r, alpha, s, beta } = p;
  const { frequency: x, recency: tx, T } = c;
  const lnAT = Math.log(alpha + T);
  const lnBT = Math.log(beta + T);
  const A = -(r + x) * lnAT - s * lnBT; // ln of the first term (alive at T)
  const dI = [0, 0, 0, 0];
  const B = T > tx ? Math.log(s) + integral(p, x, tx, T, dI) : -Infinity; // ln(s·I)
  const top = Math.max(A, B);
  const wA = Math.exp(A - top);
  const wB = Math.exp(B - top);
  const pA = wA / (wA + wB);
  const pB = wB / (wA + wB);
  grad[0] = digamma(r + x) - digamma(r) + Math.log(alpha) - pA * lnAT + pB * dI[0];
  grad[1] = r / alpha - (pA * (r + x)) / (alpha + T) + pB * dI[1];
  grad[2] = Math.log(beta) - pA * lnBT + pB * (1 / s + dI[2]);
  grad[3] = s / beta - (pA * s) / (beta + T) + pB * dI[3];
  const ll = gammaln(r + x) - gammaln(r) + r * Math.log(alpha) + s * Math.log(beta) + top + Math.log(wA + wB);
  return { ll, pAlive: pA };
}

function checkCustomer(c: RfmPoint): void {
  const { frequency: x, recency: tx, T } = c;
  if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx && Number.isFinite(T)) || (x === 0 && tx !== 0)) {
    throw new ClvError('clv.badInput', 'each customer needs integer frequency ≥ 0 and 0 ≤ recency ≤ T', { frequency: x, recency: tx, T });
  }
}

/** Distinct (x, t_x, T) with their counts. */
function group(customers: readonly RfmPoint[]): Array<{ point: RfmPoint; count: number }> {
  const groups = new Map<string, { point: RfmPoint; count: number }>();
  for (const c of customers) {
    checkCustomer(c);
    const key = `${c.frequency}|${c.recency}|${c.T}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { point: { frequency: c.frequency, recency: c.recency, T: c.T }, count: 1 });
  }
  return [...groups.values()];
}

/**
 * Total Pareto/NBD log-likelihood (sum over customers).
 * @example paretoNbdLogLikelihood({ r: 0.55, alpha: 10.58, s: 0.61, beta: 11.67 }, summary.customers) // ≈ −9595 on CDNOW
 */
export function paretoNbdLogLikelihood(params: ParetoNbdParams, customers: readonly RfmPoint[]): number {
  const grad = [0, 0, 0, 0];
  let ll = 0;
  for (const c of customers) {
    checkCustomer(c);
    ll += customerTerms(params, c, grad).ll;
  }
  return ll;
}

export interface ParetoNbdFit extends ParetoNbdParams {
  ll: number;
  /** Parameters that ended on a bound of [1e-4, 1e4]. */
  atBound: Array<keyof ParetoNbdParams>;
  iterations: number;
}

const NAMES: Array<keyof ParetoNbdParams> = ['r', 'alpha', 's', 'beta'];

/**
 * Maximum-likelihood Pareto/NBD fit, parameters bounded to [1e-4, 1e4], on log parameters with the
 * analytic gradient (the same skeleton as BG/NBD: maximumLikelihood.ts).
 * @example const fit = fitParetoNbd(summary.customers); // { r, alpha, s, beta, ll, atBound, iterations }
 */
export function fitParetoNbd(customers: readonly RfmPoint[], options: { start?: ParetoNbdParams } = {}): ParetoNbdFit {
  if (customers.length === 0) throw new ClvError('clv.noCustomers', 'there are no customers to fit');
  if (customers.length === 1) throw new ClvError('clv.singleCustomer', 'one customer is not enough to fit the model');
  const groups = group(customers);
  if (groups.every((g) => g.point.frequency === 0)) {
    throw new ClvError('clv.noRepeatCustomers', 'no customer has bought more than once: the model cannot be fitted');
  }
  const g = [0, 0, 0, 0];
  const logLikelihood = (p: ParetoNbdParams, grad: number[]): number => {
    let ll = 0;
    grad.fill(0);
    for (const { point, count } of groups) {
      ll += count * customerTerms(p, point, g).ll;
      for (let i = 0; i < 4; i++) grad[i] += count * g[i];
    }
    return ll;
  };
  const fit = fitByMaximumLikelihood(NAMES, options.start ?? { r: 1, alpha: 1, s: 1, beta: 1 }, logLikelihood, customers.length, 'Pareto/NBD');
  return { ...fit.params, ll: fit.ll, atBound: fit.atBound, iterations: fit.iterations };
}

/**
 * P(alive at T | x, t_x, T) = (α+T)^−(r+x)(β+T)^−s / [(α+T)^−(r+x)(β+T)^−s + s·I]; 1 when t_x = T.
 * @example paretoNbdProbabilityAlive({ r: 1, alpha: 1, s: 1, beta: 1 }, { frequency: 0, recency: 0, T: 1 }) // 2/5
 */
export function paretoNbdProbabilityAlive(params: ParetoNbdParams, customer: RfmPoint): number {
  checkCustomer(customer);
  return customerTerms(params, customer, [0, 0, 0, 0]).pAlive;
}

/**
 * Expected purchases in the next t periods: P(alive) · (r+x)(β+T)/((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)]
 * (the bracket over s − 1 is ln((β+T+t)/(β+T)) at s = 1).
 * @example paretoNbdExpectedPurchases({ r: 1, alpha: 1, s: 2, beta: 1 }, 1, { frequency: 0, recency: 0, T: 0 }) // 1/2
 */
export function paretoNbdExpectedPurchases(params: ParetoNbdParams, t: number, customer: RfmPoint): number {
  const { r, alpha, s, beta } = params;
  const { frequency: x, T } = customer;
  if (t <= 0) return 0;
  const L = Math.log((beta + T + t) / (beta + T));
  const lifetime = s === 1 ? L : Math.expm1((1 - s) * L) / (1 - s); // ∫₀^t ((β+T)/(β+T+u))^s du / (β+T)
  return paretoNbdProbabilityAlive(params, customer) * ((r + x) / (alpha + T)) * (beta + T) * lifetime;
}
