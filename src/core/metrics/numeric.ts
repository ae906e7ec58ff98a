/**
 * Numeric forms of the metrics: the user types the counts or averages, no orders involved.
 * Counts must be whole numbers that can occur together (no more new customers than customers at
 * the end, no more lost than at the start), and a result too large for a number is refused.
 */
import { MetricError } from './errors';

function requireNumber(name: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricError('invalid_number', { name, value: String(value) });
  }
  if (value < min) throw new MetricError('negative_number', { name, value });
}

/** A count: a whole number ≥ 0. */
function requireCount(name: string, value: number): void {
  requireNumber(name, value, 0);
  if (!Number.isInteger(value)) throw new MetricError('not_whole_number', { name, value });
}

function requireAtMost(name: string, value: number, max: number, limit: string): void {
  if (value > max) throw new MetricError('count_too_large', { name, value, max, limit });
}

function requireStart(start: number): void {
  requireCount('start', start);
  if (start === 0) throw new MetricError('no_start_customers');
}

/** The result, refused when it is not a finite number (inputs too large). */
function finite(result: number): number {
  if (!Number.isFinite(result)) throw new MetricError('result_not_finite');
  return result;
}

/**
 * CRR = (end − new) / start, where end = customers kept from the start + new customers, so
 * new ≤ end ≤ start + new and the result is from 0 to 1.
 * @example crrFromCounts(40, 38, 6) === 0.8
 */
export function crrFromCounts(start: number, end: number, newCustomers: number): number {
  requireStart(start);
  requireCount('end', end);
  requireCount('new', newCustomers);
  requireAtMost('new', newCustomers, end, 'end');
  requireAtMost('end', end, start + newCustomers, 'start + new');
  return (end - newCustomers) / start;
}

/**
 * CHURN = lost / start, lost ≤ start.
 * @example churnFromCounts(40, 10) === 0.25
 */
export function churnFromCounts(start: number, lost: number): number {
  requireStart(start);
  requireCount('lost', lost);
  requireAtMost('lost', lost, start, 'start');
  return lost / start;
}

/**
 * CLV = average order value × purchases per customer per year × expected lifetime in years × margin.
 * @example clvNumeric(40, 3, 2, 0.5) === 120
 */
export function clvNumeric(aov: number, purchasesPerYear: number, lifetimeYears: number, margin = 1): number {
  requireNumber('aov', aov, -Infinity);
  requireNumber('purchasesPerYear', purchasesPerYear, 0);
  requireNumber('lifetimeYears', lifetimeYears, 0);
  requireNumber('margin', margin, -Infinity);
  // A zero factor gives 0 even when the others overflow (Infinity × 0 would be NaN).
  if (aov === 0 || purchasesPerYear === 0 || lifetimeYears === 0 || margin === 0) return 0;
  return finite(aov * purchasesPerYear * lifetimeYears * margin);
}

/**
 * Expected lifetime in periods under a constant churn per period: 1 / churn.
 * @example avgRetentionPeriodFromChurn(0.25) === 4
 */
export function avgRetentionPeriodFromChurn(churn: number): number {
  if (typeof churn !== 'number' || !Number.isFinite(churn) || churn <= 0 || churn > 1) {
    throw new MetricError('churn_not_positive', { value: String(churn) });
  }
  return finite(1 / churn);
}
