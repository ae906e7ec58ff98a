/**
 * BG/NBD predictions and customer lifetime value. Times are in model periods (days or weeks).
 */
import type { BgNbdParams, RfmPoint } from './bgnbd';
import { evaluateExpectedIfAlive } from './expectedIfAlive';
import { expectedAverageValue, type GammaGammaParams, type SpendPoint } from './gammaGamma';
import { daysPerUnit, type ClvUnit } from './summary';

/** Days in a month: 365.2425 / 12 = 30.436875 (so a month is 4.348 weeks). */
export const DAYS_PER_MONTH = 365.2425 / 12;

/**
 * P(alive | x, t_x, T) = 1 / (1 + δ(x>0) · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x)).
 * @example probabilityAlive({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, { frequency: 0, recency: 0, T: 10 }) === 1
 */
export function probabilityAlive(params: BgNbdParams, customer: RfmPoint): number {
  const { r, alpha, a, b } = params;
  const { frequency: x, recency: tx, T } = customer;
  if (x === 0) return 1;
  const logOdds = Math.log(a / (b + x - 1)) + (r + x) * (Math.log(alpha + T) - Math.log(alpha + tx));
  return 1 / (1 + Math.exp(logOdds));
}

/**
 * Expected purchases in (T, T + t] of a customer who is alive at T after x repeat purchases:
 * E = ∫ (1 − ((α+T)/(α+T+pt))^(r+x)) / p dBeta(p; a, b+x), in closed form
 * (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))].
 * Evaluated by a transformed series where it converges fast, else by quadrature of the integral:
 * finite and in bounded work for every a, b, r, α > 0 (src/core/clv/expectedIfAlive.ts).
 * @example expectedPurchasesIfAlive({ r: 1, alpha: 1, a: 1, b: 1 }, 0, 0, 1) // E[X(1)] = ln 2
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, x: number, T: number, t: number): number {
  return evaluateExpectedIfAlive(params, x, T, t).value;
}

/**
 * Expected number of purchases in the next t periods, E[Y(t) | x, t_x, T] = P(alive) · E[Y(t) | alive].
 * @example
 * expectedPurchases({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 39, { frequency: 2, recency: 30.43, T: 38.86 })
 * // ≈ 1.226
 */
export function expectedPurchases(params: BgNbdParams, t: number, customer: RfmPoint): number {
  return (
    probabilityAlive(params, customer) * expectedPurchasesIfAlive(params, customer.frequency, customer.T, t)
  );
}

/**
 * Expected purchases of a new customer in the t periods after the first purchase,
 * E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))].
 * @example expectedPurchasesNewCustomer({ r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, 0) === 0
 */
export function expectedPurchasesNewCustomer(params: BgNbdParams, t: number): number {
  return expectedPurchasesIfAlive(params, 0, 0, t);
}

export interface ClvOptions {
  /** Time unit of the BG/NBD parameters. */
  unit: ClvUnit;
  /** Months ahead (whole months). */
  horizonMonths: number;
  /** Discount rate per month, e.g. 0.01. */
  monthlyDiscount: number;
}

/**
 * Predicted customer value over the next months, discounted monthly (the lifetimes approach):
 * Σ_{m=1..H} (E[Y(m·M)] − E[Y((m−1)·M)]) · E[spend] / (1 + d)^m, with M the length of a month in
 * model periods (30.436875 days or 4.348 weeks) and E[spend] the Gamma-Gamma expected purchase value.
 * @example
 * predictedClv(bg, gg, { frequency: 2, recency: 30.43, T: 38.86, monetary: 22.35 },
 *   { unit: 'week', horizonMonths: 12, monthlyDiscount: 0.01 })
 */
export function predictedClv(
  bgnbd: BgNbdParams,
  gammaGamma: GammaGammaParams,
  customer: RfmPoint & SpendPoint,
  options: ClvOptions,
): number {
  const spend = expectedAverageValue(gammaGamma, customer.frequency, customer.monetary);
  return spend * discountedPurchases(bgnbd, customer, options);
}

/** Σ_m (E[Y(m·M)] − E[Y((m−1)·M)]) / (1 + d)^m: the discounted expected purchases of the horizon. */
function discountedPurchases(params: BgNbdParams, customer: RfmPoint, options: ClvOptions): number {
  return probabilityAlive(params, customer) * discountedPurchasesIfAlive(params, customer.frequency, customer.T, options);
}

/** The same sum for a customer known to be alive: it depends on x and T only. */
export function discountedPurchasesIfAlive(params: BgNbdParams, x: number, T: number, options: ClvOptions): number {
  const month = DAYS_PER_MONTH / daysPerUnit(options.unit);
  let total = 0;
  let previous = 0;
  for (let m = 1; m <= options.horizonMonths; m++) {
    const current = expectedPurchasesIfAlive(params, x, T, m * month);
    total += (current - previous) / Math.pow(1 + options.monthlyDiscount, m);
    previous = current;
  }
  return total;
}
