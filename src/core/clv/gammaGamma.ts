/**
 * Gamma-Gamma spend model (Fader & Hardie 2013, "The Gamma-Gamma Model of Monetary Value"): a
 * customer's transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent
 * of the purchase process. Fitted on the customers with at least one repeat purchase, from their
 * repeat frequency x and the mean m of their repeat purchase values.
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { ClvError } from './errors';
import { fitByMaximumLikelihood } from './maximumLikelihood';

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
  // Stryker disable next-line ArrayDeclaration: equivalent, the gradient is written, never read, here
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
 * Below this coefficient of variation of the customers' mean repeat purchase values, spend is
 * treated as the same for everyone and not modelled. 1% = 1/√(upper bound): the within-customer
 * and between-customer spreads the model can express are 1/√p and 1/√q, so spend that varies
 * less than 1% would need p and q beyond their bound of 10,000 (the likelihood keeps rising
 * along p, q → ∞ and the fit has no optimum to find).
 */
export const MIN_SPEND_VARIATION = 0.01;

/** How alike the repeat customers spend. */
export interface SpendSpread {
  /** Average repeat purchase value Σx·m / Σx (each repeat purchase counts once). */
  average: number;
  /** Coefficient of variation of the customers' means m (population standard deviation / mean of m). */
  variation: number;
}

/**
 * The average repeat purchase value and the spread of the customers' mean values, over the
 * customers with frequency > 0 (they must have m > 0, as for the fit).
 * @example spendSpread([{ frequency: 1, monetary: 10 }, { frequency: 3, monetary: 20 }]) // { average: 17.5, variation: 1/3 }
 */
export function spendSpread(customers: readonly SpendPoint[]): SpendSpread {
  return spreadOf(prepare(customers));
}

function spreadOf(d: SpendData): SpendSpread {
  const n = d.x.length;
  let purchases = 0;
  let value = 0;
  let sumM = 0;
  for (let i = 0; i < n; i++) {
    purchases += d.x[i];
    value += d.x[i] * d.m[i];
    sumM += d.m[i];
  }
  const meanM = sumM / n;
  let squares = 0;
  for (const m of d.m) squares += (m - meanM) ** 2;
  return { average: value / purchases, variation: Math.sqrt(squares / n) / meanM };
}

/** The error for repeat customers who all spend about the same. */
function uniformSpend(spread: SpendSpread): ClvError {
  return new ClvError('clv.uniformSpend', 'every repeat customer spends about the same: spend cannot be modelled', {
    average: spread.average,
    variation: spread.variation,
  });
}

/**
 * Maximum-likelihood fit of the Gamma-Gamma model on the customers with frequency > 0, parameters
 * bounded to [1e-4, 1e4], optimised in log space. Throws `clv.uniformSpend` (params `average`,
 * `variation`) when the customers' mean values vary by less than MIN_SPEND_VARIATION, or when the
 * fit ends with both p and q on their upper bound (no spread the model can express).
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
  const spread = spreadOf(d);
  if (!(spread.variation >= MIN_SPEND_VARIATION)) throw uniformSpend(spread);
  const fit = fitByMaximumLikelihood(NAMES, options.start ?? { p: 1, q: 1, gamma: 1 }, (params, grad) => logLikelihoodAndGradient(params, d, grad), d.x.length, 'Gamma-Gamma');
  const { p, q, gamma } = fit.params;
  if (fit.atBound.includes('p') && fit.atBound.includes('q') && p > 1 && q > 1) throw uniformSpend(spread);
  return { p, q, gamma, ll: fit.ll, customers: d.x.length, atBound: fit.atBound };
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
