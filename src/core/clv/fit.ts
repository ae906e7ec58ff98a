/**
 * One call from a customer summary to fitted models and per-customer predictions: what the
 * "Customer value" action, the custom functions' stored parameters and `retention clv` use.
 */
import { fitBgNbd, type BgNbdParams } from './bgnbd';
import { ClvError } from './errors';
import {
  expectedAverageValue,
  fitGammaGamma,
  gammaGammaLogLikelihood,
  spendSpread,
  type GammaGammaFit,
  type GammaGammaParams,
} from './gammaGamma';
import { discountedPurchasesIfAlive, expectedPurchasesIfAlive, probabilityAlive } from './predict';
import type { ClvSummary, CustomerSummary } from './summary';

export interface FitClvOptions {
  /** Periods ahead for `expectedPurchases` (default: a year, 52 weeks or 365 days). */
  t?: number;
  /** CLV horizon in months (default 12). */
  horizonMonths?: number;
  /** Monthly discount rate (default 0.01). */
  monthlyDiscount?: number;
}

export interface CustomerPrediction extends CustomerSummary {
  pAlive: number;
  /** Expected purchases in the next `t` periods. */
  expectedPurchases: number;
  /** Expected value of one future purchase (Gamma-Gamma conditional mean). */
  expectedSpend: number;
  /** Discounted value of the expected purchases over the horizon. */
  predictedClv: number;
  /** Expected purchases in the holdout period (only when the summary has a calibration end). */
  expectedHoldoutPurchases?: number;
}

/** A fitted parameter that ended on a bound of the fit (1e-4 or 1e4). */
export interface BoundHit {
  model: 'bgnbd' | 'gammaGamma';
  parameter: 'r' | 'alpha' | 'a' | 'b' | 'p' | 'q' | 'gamma';
  bound: 'lower' | 'upper';
  value: number;
}

export interface ClvResult {
  unit: ClvSummary['unit'];
  t: number;
  horizonMonths: number;
  monthlyDiscount: number;
  bgnbd: BgNbdParams & { ll: number };
  /**
   * With `spendModel` 'average': not a fit but a stand-in, the model's q → ∞ limit that gives
   * every customer the average (p = 1, q = 1 + 1e9, γ = average·1e9: no difference between
   * customers, exponential purchase values around the average) and its log-likelihood, so the
   * custom functions reproduce the sheet from the stored parameters.
   */
  gammaGamma: GammaGammaParams & { ll: number; customers: number };
  /**
   * 'average' when the repeat customers all spend about the same (`clv.uniformSpend`): the spend
   * model is not fitted and `expectedSpend` is `spend.average` for every customer.
   */
  spendModel: 'gammaGamma' | 'average';
  /** The average repeat purchase value and the spread of the customers' means (spendSpread). */
  spend: { average: number; variation: number };
  /** Fitted parameters that ended on a bound: the fit is degenerate there (docs/CLV.md). */
  atBound: BoundHit[];
  customers: CustomerPrediction[];
}

/**
 * q − 1 of the limit that stands for "everyone spends the average": E[M | x, m] =
 * (average·K + x·m)/(x + K) with p = 1, which differs from the average by x·|m − average|/K.
 */
const AVERAGE_LIMIT = 1e9;

/**
 * Fits BG/NBD on all customers and Gamma-Gamma on the repeat customers with a positive mean
 * repeat value, then predicts for every customer. Log-likelihoods are totals over customers.
 * When those customers all spend about the same (`clv.uniformSpend`), spend is not modelled:
 * every customer's expected spend is the average repeat purchase value (`spendModel` 'average').
 * @example
 * const result = fitClvModels(summarizeCustomers(purchases, { unit: 'week', observationEndDay }), { horizonMonths: 12 });
 * result.bgnbd // { r, alpha, a, b, ll }
 */
export function fitClvModels(summary: ClvSummary, options: FitClvOptions = {}): ClvResult {
  const t = options.t ?? (summary.unit === 'week' ? 52 : 365);
  const horizonMonths = options.horizonMonths ?? 12;
  const monthlyDiscount = options.monthlyDiscount ?? 0.01;
  const bg = fitBgNbd(summary.customers);
  const spenders = summary.customers.filter((c) => c.monetary > 0);
  let gg: GammaGammaFit | undefined;
  try {
    gg = fitGammaGamma(spenders);
  } catch (error) {
    if (!(error instanceof ClvError && error.key === 'clv.uniformSpend')) throw error;
  }
  const spend = spendSpread(spenders);
  const bgnbd = { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b };
  const gammaGamma = gg
    ? { p: gg.p, q: gg.q, gamma: gg.gamma }
    : { p: 1, q: 1 + AVERAGE_LIMIT, gamma: spend.average * AVERAGE_LIMIT };
  const atBound: BoundHit[] = [
    // Stryker disable next-line EqualityOperator: equivalent, a parameter on a bound is 1e-4 or 1e4, never 1
    ...bg.atBound.map((parameter): BoundHit => ({ model: 'bgnbd', parameter, bound: bg[parameter] < 1 ? 'lower' : 'upper', value: bg[parameter] })),
    ...(gg?.atBound ?? []).map(
      (parameter): BoundHit => ({ model: 'gammaGamma', parameter, bound: gammaGamma[parameter] < 1 ? 'lower' : 'upper', value: gammaGamma[parameter] }),
    ),
  ];
  const clvOptions = { unit: summary.unit, horizonMonths, monthlyDiscount };
  // Stryker disable next-line MethodExpression: equivalent, summarizeCustomers gives every customer a holdout count or none
  const hasHoldout = summary.customers.some((c) => c.holdoutFrequency !== undefined);
  // The predictions given alive depend on (x, T) only: compute once per distinct pair.
  const cache = new Map<string, number[]>();
  const customers = summary.customers.map((c): CustomerPrediction => {
    const key = `${c.frequency}|${c.T}`;
    let ifAlive = cache.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent, a memo (computing again gives the same values)
    if (!ifAlive) {
      ifAlive = [
        expectedPurchasesIfAlive(bgnbd, c.frequency, c.T, t),
        discountedPurchasesIfAlive(bgnbd, c.frequency, c.T, clvOptions),
        hasHoldout ? expectedPurchasesIfAlive(bgnbd, c.frequency, c.T, summary.holdoutLength) : 0,
      ];
      cache.set(key, ifAlive);
    }
    const pAlive = probabilityAlive(bgnbd, c);
    const expectedSpend = gg ? expectedAverageValue(gammaGamma, c.frequency, c.monetary) : spend.average;
    const prediction: CustomerPrediction = {
      ...c,
      pAlive,
      expectedPurchases: pAlive * ifAlive[0],
      expectedSpend,
      predictedClv: pAlive * ifAlive[1] * expectedSpend,
    };
    if (hasHoldout) prediction.expectedHoldoutPurchases = pAlive * ifAlive[2];
    return prediction;
  });
  return {
    unit: summary.unit,
    t,
    horizonMonths,
    monthlyDiscount,
    bgnbd: { ...bgnbd, ll: bg.ll },
    gammaGamma: { ...gammaGamma, ll: gg ? gg.ll : gammaGammaLogLikelihood(gammaGamma, spenders), customers: spenders.length },
    spendModel: gg ? 'gammaGamma' : 'average',
    spend,
    atBound,
    customers,
  };
}
