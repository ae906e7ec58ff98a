/**
 * Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a
 * customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent
 * of the purchase process. Fitted on the customers with at least one repeat purchase, from their
 * repeat frequency x and the mean m of their repeat purchase values.
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { PARAMETER_BOUNDS } from './bgnbd';
import { ClvError } from './errors';
import { minimizeBox } from './optimize';

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** Repeat frequency x and mean repeat purchase value m of one customer. */
export interface SpendPoint {
  frequency: number;
  monetary: number;
}

/** Repeat customers only, with the per-customer sums the likelihood needs. */
interface SpendData {
  x: number[];
  m: number[];
  /** Σ x·ln m + Σ x·ln x and Σ ln m over the customers. */
  sumXLogMX: number;
  sumLogM: number;
  xValues: number[];
  xCounts: number[];
}

function prepare(customers: readonly SpendPoint[]): SpendData {
  const d: SpendData = { x: [], m: [], sumXLogMX: 0, sumLogM: 0, xValues: [], xCounts: [] };
  const xIndex = new Map<number, number>();
  for (const c of customers) {
    if (c.frequency <= 0) continue;
    if (!Number.isInteger(c.frequency)) {
      throw new ClvError('clv.badInput', 'frequency must be a whole number', { frequency: c.frequency });
    }
    if (!(c.monetary > 0) || !Number.isFinite(c.monetary)) {
      throw new ClvError('clv.nonPositiveSpend', 'the spend model needs a positive average repeat purchase value', {
        monetary: c.monetary,
      });
    }
    d.x.push(c.frequency);
    d.m.push(c.monetary);
    d.sumXLogMX += c.frequency * (Math.log(c.monetary) + Math.log(c.frequency));
    d.sumLogM += Math.log(c.monetary);
    const j = xIndex.get(c.frequency);
    if (j === undefined) {
      xIndex.set(c.frequency, d.xValues.length);
      d.xValues.push(c.frequency);
      d.xCounts.push(1);
    } else d.xCounts[j]++;
  }
  return d;
}

/**
 * Per repeat customer: ln f(m | x) = lnΓ(px+q) − lnΓ(px) − lnΓ(q) + q·ln γ + (px−1)·ln m + px·ln x − (px+q)·ln(γ + m·x),
 * the density of the mean of x Gamma(p, ν) values with ν ~ Gamma(q, γ). Returns the total and the gradient.
 */
function logLikelihoodAndGradient(params: GammaGammaParams, d: SpendData, grad: number[]): number {
  const { p, q, gamma } = params;
  const n = d.x.length;
  let ll = n * (q * Math.log(gamma) - gammaln(q)) + p * d.sumXLogMX - d.sumLogM;
  let dp = d.sumXLogMX;
  let dq = n * (Math.log(gamma) - digamma(q));
  let dGamma = (n * q) / gamma;
  for (let k = 0; k < d.xValues.length; k++) {
    const x = d.xValues[k];
    const c = d.xCounts[k];
    ll += c * (gammaln(p * x + q) - gammaln(p * x));
    dp += c * x * (digamma(p * x + q) - digamma(p * x));
    dq += c * digamma(p * x + q);
  }
  for (let i = 0; i < n; i++) {
    const x = d.x[i];
    const lnS = Math.log(gamma + d.m[i] * x);
    ll -= (p * x + q) * lnS;
    dp -= x * lnS;
    dq -= lnS;
    dGamma -= (p * x + q) / (gamma + d.m[i] * x);
  }
  grad[0] = dp;
  grad[1] = dq;
  grad[2] = dGamma;
  return ll;
}

/**
 * Total Gamma-Gamma log-likelihood over the customers with frequency > 0 (others are ignored).
 * @example gammaGammaLogLikelihood({ p: 1, q: 1, gamma: 1 }, [{ frequency: 1, monetary: 1 }]) // ln(1/4)
 */
export function gammaGammaLogLikelihood(params: GammaGammaParams, customers: readonly SpendPoint[]): number {
  return logLikelihoodAndGradient(params, prepare(customers), [0, 0, 0]);
}

export interface GammaGammaFit extends GammaGammaParams {
  /** Total log-likelihood at the fitted parameters. */
  ll: number;
  /** Number of repeat customers the model was fitted on. */
  customers: number;
  atBound: Array<keyof GammaGammaParams>;
}

const NAMES: Array<keyof GammaGammaParams> = ['p', 'q', 'gamma'];

/**
 * Maximum-likelihood fit of the Gamma-Gamma model on the customers with frequency > 0, parameters
 * bounded to [1e-4, 1e4], optimised in log space.
 * @example
 * const gg = fitGammaGamma(summary.customers); // { p, q, gamma, ll, customers, atBound }
 */
export function fitGammaGamma(customers: readonly SpendPoint[], options: { start?: GammaGammaParams } = {}): GammaGammaFit {
  const d = prepare(customers);
  if (d.x.length === 0) {
    throw new ClvError('clv.noRepeatCustomers', 'no customer has bought more than once: the spend model cannot be fitted');
  }
  if (d.x.length === 1) {
    throw new ClvError('clv.singleCustomer', 'one repeat customer is not enough to fit the spend model');
  }
  const start = options.start ?? { p: 1, q: 1, gamma: 1 };
  const lo = Math.log(PARAMETER_BOUNDS.lower);
  const hi = Math.log(PARAMETER_BOUNDS.upper);
  const scale = 1 / d.x.length;
  const gradient = [0, 0, 0];
  const objective = (theta: number[], out: number[]): number => {
    const params = { p: Math.exp(theta[0]), q: Math.exp(theta[1]), gamma: Math.exp(theta[2]) };
    const ll = logLikelihoodAndGradient(params, d, gradient);
    out[0] = -scale * gradient[0] * params.p;
    out[1] = -scale * gradient[1] * params.q;
    out[2] = -scale * gradient[2] * params.gamma;
    return -scale * ll;
  };
  const result = minimizeBox(objective, NAMES.map((k) => Math.log(start[k])), {
    lower: [lo, lo, lo],
    upper: [hi, hi, hi],
  });
  if (!result.converged) throw new ClvError('clv.fitFailed', 'the Gamma-Gamma fit did not converge');
  const [p, q, gamma] = result.x.map(Math.exp);
  return {
    p,
    q,
    gamma,
    ll: -result.f / scale,
    customers: d.x.length,
    atBound: NAMES.filter((_, i) => result.x[i] <= lo || result.x[i] >= hi),
  };
}

/**
 * Expected average purchase value of a customer given x repeat purchases with mean m:
 * E[M | x, m] = (q − 1)/(px + q − 1) · pγ/(q − 1) + px/(px + q − 1) · m, a weighted mean of the
 * population mean pγ/(q − 1) and the customer's own mean. Needs q > 1 (else the population mean
 * is infinite and so is the result for x = 0).
 * @example expectedAverageValue({ p: 6.25, q: 3.74, gamma: 15.44 }, 0, 0) // 6.25·15.44/2.74 ≈ 35.22
 */
export function expectedAverageValue(params: GammaGammaParams, frequency: number, monetary: number): number {
  const { p, q, gamma } = params;
  const x = frequency > 0 ? frequency : 0;
  const m = x > 0 ? monetary : 0;
  return (p * (gamma + x * m)) / (p * x + q - 1);
}
