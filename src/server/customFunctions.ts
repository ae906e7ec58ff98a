/**
 * Custom functions typed in cells. Each takes numbers (the numeric form) and, where the metric is
 * defined on orders, ranges of orders. Errors read like the built-in functions' ones and name the
 * parameter and what it expected.
 */
import { documentLanguage } from './context';
import { UserError } from './errors';
import type { Language } from '../core/types';

/** A custom-function argument as Sheets passes it: a bare value, or a 2D array for a range. */
export type CellArgument = unknown;

/** Reads parameter `index` (1-based) of `fn` as a number ≥ 0, or throws a built-in-style error. */
function nonNegativeNumber(fn: string, index: number, name: string, value: CellArgument, language: Language): number {
  if (value === '' || value === null || value === undefined) {
    throw new UserError('error.missingArgument', { fn, index, name }, language);
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new UserError('error.expectsNumber', { fn, index, value: String(value) }, language);
  }
  if (value < 0) throw new UserError('error.expectsNonNegative', { fn, index, value }, language);
  return value;
}

/**
 * Customer retention rate: (customers at the end − new customers) / customers at the start.
 * Format the cell as a percentage.
 *
 * @param {number} customers_at_start Customers you had at the start of the period.
 * @param {number} customers_at_end Customers you had at the end of the period.
 * @param {number} new_customers Customers who bought for the first time during the period.
 * @return The share of the starting customers you kept, e.g. 0.8 for 80%.
 * @customfunction
 * @example =CRR(200, 180, 20) returns 0.8: (180 − 20) / 200.
 */
export function CRR(customers_at_start: CellArgument, customers_at_end: CellArgument, new_customers: CellArgument): number {
  const language = documentLanguage();
  const start = nonNegativeNumber('CRR', 1, 'customers_at_start', customers_at_start, language);
  const end = nonNegativeNumber('CRR', 2, 'customers_at_end', customers_at_end, language);
  const fresh = nonNegativeNumber('CRR', 3, 'new_customers', new_customers, language);
  if (start === 0) throw new UserError('error.crrNoStartCustomers', {}, language);
  return (end - fresh) / start;
}
