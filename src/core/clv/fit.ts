/**
 * One call from a customer summary to fitted models and per-customer predictions: what the
 * "Customer value" action, the custom functions' stored parameters and `retention clv` use.
 */
import { fitBgNbd, type BgNbdParams } from './bgnbd';
import { expectedAverageValue, fitGammaGamma, type GammaGammaParams } from './gammaGamma';
import { discountedPurchasesIfAlive, expectedPurchasesIfAlive, probabilityAlive } from './predict';
import type { ClvSummary, CustomerSummary } from './summary';

export interface FitClvOptions {
  /** Periods ahead for `expectedPurchases` (default: a year, 52 weeks or 365 days). */
  t?: number;
  /** CLV horizon in months (default 12). */
  horizonMonths?: number;
  /** Monthly discount rate (default 0.01). */
  monthlyDiscount?: number;
  bgnbdStart?: BgNbdParams;
  gammaGammaStart?: GammaGammaParams;
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

export interface ClvResult {
  unit: ClvSummary['unit'];
  t: number;
  horizonMonths: number;
  monthlyDiscount: number;
  bgnbd: BgNbdParams & { ll: number };
  gammaGamma: GammaGammaParams & { ll: number; customers: number };
  customers: CustomerPrediction[];
}

/**
 * Fits BG/NBD on all customers and Gamma-Gamma on the repeat customers with a positive mean
 * repeat value, then predicts for every customer. Log-likelihoods are totals over customers.
 * @example
 * const result = fitClvModels(summarizeCustomers(purchases, { unit: 'week', observationEndDay }), { horizonMonths: 12 });
 * result.bgnbd // { r, alpha, a, b, ll }
 */
export function fitClvModels(summary: ClvSummary, options: FitClvOptions = {}): ClvResult {
  const t = options.t ?? (summary.unit === 'week' ? 52 : 365);
  const horizonMonths = options.horizonMonths ?? 12;
  const monthlyDiscount = options.monthlyDiscount ?? 0.01;
  const bg = fitBgNbd(summary.customers, { start: options.bgnbdStart });
  const gg = fitGammaGamma(
    summary.customers.filter((c) => c.monetary > 0),
    { start: options.gammaGammaStart },
  );
  const bgnbd = { r: bg.r, alpha: bg.alpha, a: bg.a, b: bg.b };
  const gammaGamma = { p: gg.p, q: gg.q, gamma: gg.gamma };
  const clvOptions = { unit: summary.unit, horizonMonths, monthlyDiscount };
  const hasHoldout = summary.customers.some((c) => c.holdoutFrequency !== undefined);
  // The predictions given alive depend on (x, T) only: compute once per distinct pair.
  const cache = new Map<string, number[]>();
  const customers = summary.customers.map((c): CustomerPrediction => {
    const key = `${c.frequency}|${c.T}`;
    let ifAlive = cache.get(key);
    if (!ifAlive) {
      ifAlive = [
        expectedPurchasesIfAlive(bgnbd, c.frequency, c.T, t),
        discountedPurchasesIfAlive(bgnbd, c.frequency, c.T, clvOptions),
        hasHoldout ? expectedPurchasesIfAlive(bgnbd, c.frequency, c.T, summary.holdoutLength) : 0,
      ];
      cache.set(key, ifAlive);
    }
    const pAlive = probabilityAlive(bgnbd, c);
    const expectedSpend = expectedAverageValue(gammaGamma, c.frequency, c.monetary);
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
    gammaGamma: { ...gammaGamma, ll: gg.ll, customers: gg.customers },
    customers,
  };
}
