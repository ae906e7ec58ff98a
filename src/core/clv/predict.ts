/**
 * BG/NBD predictions and customer lifetime value. Times are in model periods (days or weeks).
 */
import type { BgNbdParams, RfmPoint } from './bgnbd';
import { expectedAverageValue, type GammaGammaParams, type SpendPoint } from './gammaGamma';
import { daysPerUnit, type ClvUnit } from './summary';

/** Days in a month: 365.2425 / 12 = 30.436875 (so a month is 4.348 weeks). */
export const DAYS_PER_MONTH = 365.2425 / 12;

/** The series below stops after this many terms (reached only when t ≫ α + T, far beyond real horizons). */
const MAX_TERMS = 5_000_000;

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
 * E = ∫ (1 − ((α+T)/(α+T+pt))^(r+x)) / p dBeta(p; a, b+x). In closed form
 * E = (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)], z = t/(α+T+t).
 * Euler's transformation turns the bracket into (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose
 * series is summed here with the factor 1/(a−1) taken out analytically (no breakdown at a = 1):
 * [1 − G]/(a−1) = −expm1((a−1)·ln(1−z))/(a−1) − (1−z)^(a−1) Σ_{n≥1} (a+b−1−r)_n (a)_{n−1} / ((a+b+x−1)_n n!) zⁿ.
 * Terms are carried as logarithms with a sign so that extreme parameters neither overflow nor underflow.
 */
export function expectedPurchasesIfAlive(params: BgNbdParams, x: number, T: number, t: number): number {
  const { r, alpha, a, b } = params;
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const L = Math.log((alpha + T) / (alpha + T + t));
  const c = a + b + x - 1;
  const e = a + b - 1 - r;
  const first = a === 1 ? -L : -Math.expm1((a - 1) * L) / (a - 1);
  let sum = 0;
  if (e !== 0) {
    const logZ = Math.log(z);
    let logTerm = (a - 1) * L + Math.log(Math.abs(e)) - Math.log(c) + logZ;
    let sign = e > 0 ? 1 : -1;
    for (let n = 1; n < MAX_TERMS; n++) {
      const term = sign * Math.exp(logTerm);
      sum += term;
      const f1 = e + n;
      if (f1 === 0) break;
      const ratio = ((f1 * (a + n - 1)) / ((c + n) * (n + 1))) * z;
      const rho = Math.max(Math.abs(ratio), z);
      if (rho < 1 && Math.abs(term) * (rho / (1 - rho)) <= 1e-16 * (first + Math.abs(sum))) break;
      logTerm += Math.log(Math.abs(ratio));
      if (f1 < 0) sign = -sign;
    }
  }
  return c * (first - sum);
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
