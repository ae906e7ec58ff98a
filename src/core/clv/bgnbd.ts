/**
 * BG/NBD model (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): while alive, a
 * customer buys as a Poisson process with rate λ ~ Gamma(r, α); after each purchase they drop out
 * with probability p ~ Beta(a, b). Times are in model periods (days or weeks).
 */
import digamma from '@stdlib/math-base-special-digamma';
import gammaln from '@stdlib/math-base-special-gammaln';
import { ClvError } from './errors';
import { fitByMaximumLikelihood, PARAMETER_BOUNDS } from './maximumLikelihood';

export { PARAMETER_BOUNDS };

export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Repeat frequency x, recency t_x and age T of one customer (model periods). */
export interface RfmPoint {
  frequency: number;
  recency: number;
  T: number;
}

/** Customers grouped by identical (x, t_x, T): the likelihood's sufficient statistics. */
interface Groups {
  x: number[];
  tx: number[];
  T: number[];
  count: number[];
  /** Distinct x values and the number of customers with each. */
  xValues: number[];
  xCounts: number[];
  total: number;
}

function groupCustomers(customers: readonly RfmPoint[]): Groups {
  const index = new Map<string, number>();
  const g: Groups = { x: [], tx: [], T: [], count: [], xValues: [], xCounts: [], total: customers.length };
  const xIndex = new Map<number, number>();
  for (const c of customers) {
    const { frequency: x, recency: tx, T } = c;
    if (!(Number.isInteger(x) && x >= 0 && tx >= 0 && T >= tx && Number.isFinite(T)) || (x === 0 && tx !== 0)) {
      throw new ClvError('clv.badInput', 'each customer needs integer frequency ≥ 0 and 0 ≤ recency ≤ T', {
        frequency: x,
        recency: tx,
        T,
      });
    }
    const key = `${x}|${tx}|${T}`;
    const k = index.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent, a group per customer instead of per triple sums to the same likelihood
    if (k === undefined) {
      index.set(key, g.x.length);
      g.x.push(x);
      g.tx.push(tx);
      g.T.push(T);
      g.count.push(1);
    } else g.count[k]++;
    const j = xIndex.get(x);
    if (j === undefined) {
      xIndex.set(x, g.xValues.length);
      g.xValues.push(x);
      g.xCounts.push(1);
    } else g.xCounts[j]++;
  }
  return g;
}

/**
 * Total log-likelihood and its gradient with respect to (r, α, a, b).
 * Per customer: ln[Γ(r+x)α^r/Γ(r)] + ln[B(a, b+x)/B(a, b)] + ln[(α+T)^-(r+x) + δ(x>0)·a/(b+x−1)·(α+t_x)^-(r+x)].
 */
function logLikelihoodAndGradient(p: BgNbdParams, g: Groups, grad: number[]): number {
  const { r, alpha, a, b } = p;
  let ll = 0;
  let dr = 0;
  let dAlpha = 0;
  let da = 0;
  let db = 0;
  const lnAlpha = Math.log(alpha);
  const psiR = digamma(r);
  const psiAB = digamma(a + b);
  const psiB = digamma(b);
  const constant = -gammaln(r) + r * lnAlpha + gammaln(a + b) - gammaln(b);
  for (let k = 0; k < g.xValues.length; k++) {
    const x = g.xValues[k];
    const n = g.xCounts[k];
    ll += n * (constant + gammaln(r + x) + gammaln(b + x) - gammaln(a + b + x));
    dr += n * (digamma(r + x) - psiR + lnAlpha);
    da += n * (psiAB - digamma(a + b + x));
    db += n * (psiAB + digamma(b + x) - psiB - digamma(a + b + x));
  }
  dAlpha += (g.total * r) / alpha;
  for (let k = 0; k < g.x.length; k++) {
    const x = g.x[k];
    const n = g.count[k];
    const lnT = Math.log(alpha + g.T[k]);
    const A3 = -(r + x) * lnT;
    if (x === 0) {
      ll += n * A3;
      dr -= n * lnT;
      dAlpha -= (n * r) / (alpha + g.T[k]);
      continue;
    }
    const lnTx = Math.log(alpha + g.tx[k]);
    const A4 = Math.log(a) - Math.log(b + x - 1) - (r + x) * lnTx;
    const m = Math.max(A3, A4);
    const w3 = Math.exp(A3 - m);
    const w4 = Math.exp(A4 - m);
    const sum = w3 + w4;
    ll += n * (m + Math.log(sum));
    const p3 = w3 / sum;
    const p4 = w4 / sum;
    dr -= n * (p3 * lnT + p4 * lnTx);
    dAlpha -= n * (r + x) * (p3 / (alpha + g.T[k]) + p4 / (alpha + g.tx[k]));
    da += (n * p4) / a;
    db -= (n * p4) / (b + x - 1);
  }
  grad[0] = dr;
  grad[1] = dAlpha;
  grad[2] = da;
  grad[3] = db;
  return ll;
}

/**
 * Total BG/NBD log-likelihood of the customers (sum over customers).
 * @example bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, [{ frequency: 0, recency: 0, T: 1 }]) // ln(1/2)
 */
export function bgnbdLogLikelihood(params: BgNbdParams, customers: readonly RfmPoint[]): number {
  // Stryker disable next-line ArrayDeclaration: equivalent, the gradient is written, never read, here
  return logLikelihoodAndGradient(params, groupCustomers(customers), [0, 0, 0, 0]);
}

export interface BgNbdFit extends BgNbdParams {
  /** Total log-likelihood at the fitted parameters. */
  ll: number;
  /** Parameters that ended on a bound of [1e-4, 1e4]. */
  atBound: Array<keyof BgNbdParams>;
  iterations: number;
}

const NAMES: Array<keyof BgNbdParams> = ['r', 'alpha', 'a', 'b'];

/**
 * Maximum-likelihood fit of the BG/NBD model, each parameter bounded to [1e-4, 1e4], optimised in
 * log space (maximumLikelihood.ts) with the analytic gradient. Customers with identical
 * (x, t_x, T) are grouped, so 100,000 customers cost little more than their distinct triples.
 * @example
 * const fit = fitBgNbd(summary.customers); // { r, alpha, a, b, ll, atBound, iterations }
 */
export function fitBgNbd(customers: readonly RfmPoint[], options: { start?: BgNbdParams } = {}): BgNbdFit {
  if (customers.length === 0) throw new ClvError('clv.noCustomers', 'there are no customers to fit');
  if (customers.length === 1) throw new ClvError('clv.singleCustomer', 'one customer is not enough to fit the model');
  const groups = groupCustomers(customers);
  if (groups.xValues.length === 1 && groups.xValues[0] === 0) {
    throw new ClvError('clv.noRepeatCustomers', 'no customer has bought more than once: the model cannot be fitted');
  }
  const fit = fitByMaximumLikelihood(NAMES, options.start ?? { r: 1, alpha: 1, a: 1, b: 1 }, (p, grad) => logLikelihoodAndGradient(p, groups, grad), groups.total, 'BG/NBD');
  return { ...fit.params, ll: fit.ll, atBound: fit.atBound, iterations: fit.iterations };
}
