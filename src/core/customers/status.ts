/**
 * The one status rule of a customer (docs/CUSTOMERS.md), shared by the Customers sheet, the
 * campaign lists and the weekly e-mail's win-back list. With G the expected gap after the
 * customer's last purchase day (gaps.ts) and D the days since that day (to the as-of day):
 * - `lapsed`: D > 365, or D ≥ 4·G and D ≥ G + 60;
 * - `new`: one purchase day and D ≤ G (not yet past the shop's usual first gap);
 * - `active`: two or more purchase days and D ≤ G;
 * - `overdue`: D ≥ 2·G and D ≥ G + 14 (and not lapsed);
 * - `due`: the rest: past the expected next purchase (D > G), not yet overdue.
 * Without any gap in the shop (nobody bought on two days) G is unknown: `new` up to 365 days, then `lapsed`.
 */

export type CustomerStatus = 'new' | 'active' | 'due' | 'overdue' | 'lapsed';

/** Every status, from the most recent to the longest gone. */
export const STATUSES: readonly CustomerStatus[] = ['new', 'active', 'due', 'overdue', 'lapsed'];

/** The factors and margins of the rule above. */
export const STATUS_RULES = { overdueFactor: 2, overdueMarginDays: 14, lapsedFactor: 4, lapsedMarginDays: 60, lapsedAfterDays: 365 } as const;

/**
 * The status of a customer with `purchaseDayCount` purchase days, `daysSince` days after the last,
 * when the expected gap is `gap` days (null: unknown).
 * @example customerStatus(1, 20, 30) === 'new'; customerStatus(3, 61, 30) === 'overdue'
 */
export function customerStatus(purchaseDayCount: number, daysSince: number, gap: number | null): CustomerStatus {
  const r = STATUS_RULES;
  if (daysSince > r.lapsedAfterDays) return 'lapsed';
  if (gap === null) return 'new';
  if (daysSince <= gap) return purchaseDayCount <= 1 ? 'new' : 'active';
  if (daysSince >= r.lapsedFactor * gap && daysSince >= gap + r.lapsedMarginDays) return 'lapsed';
  if (daysSince >= r.overdueFactor * gap && daysSince >= gap + r.overdueMarginDays) return 'overdue';
  return 'due';
}
