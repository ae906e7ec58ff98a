/**
 * P(alive) and predicted CLV of every customer of a summary under a fitted model: what the
 * "Customer predictions" sheet and PREDICTED_CLV compute, for a list of customers counted to
 * another day (the Customers sheet's as-of day, docs/CUSTOMERS.md).
 */
import type { BgNbdParams } from './bgnbd';
import { expectedAverageValue, type GammaGammaParams } from './gammaGamma';
import { discountedPurchasesIfAlive, probabilityAlive, type ClvOptions } from './predict';
import type { ClvSummary } from './summary';

export interface CustomerValues {
  /** By customer index (the summary's `index`); NaN for customers the summary does not hold. */
  pAlive: Float64Array;
  predictedClv: Float64Array;
}

/**
 * P(alive) and predicted CLV (P(alive) × discounted purchases if alive × Gamma-Gamma spend) per
 * customer index, the sum over the horizon computed once per distinct (frequency, T).
 * @example
 * customerValues(summarizeCustomers(purchases, { unit: 'week', observationEndDay }), 3, bgnbd, gammaGamma,
 *   { unit: 'week', horizonMonths: 12, monthlyDiscount: 0.01 }).pAlive[0] // 0.73
 */
export function customerValues(summary: ClvSummary, customers: number, bgnbd: BgNbdParams, gammaGamma: GammaGammaParams, options: ClvOptions): CustomerValues {
  const pAlive = new Float64Array(customers).fill(Number.NaN);
  const predictedClv = new Float64Array(customers).fill(Number.NaN);
  const ifAlive = new Map<string, number>();
  for (const c of summary.customers) {
    const key = `${c.frequency}|${c.T}`;
    let discounted = ifAlive.get(key);
    // Stryker disable next-line ConditionalExpression: equivalent, a memo (computing again gives the same value)
    if (discounted === undefined) {
      discounted = discountedPurchasesIfAlive(bgnbd, c.frequency, c.T, options);
      ifAlive.set(key, discounted);
    }
    const p = probabilityAlive(bgnbd, c);
    pAlive[c.index] = p;
    predictedClv[c.index] = p * discounted * expectedAverageValue(gammaGamma, c.frequency, c.monetary);
  }
  return { pAlive, predictedClv };
}
