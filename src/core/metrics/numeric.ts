/**
 * Numeric forms of the metrics: the user types the counts or averages, no orders involved.
 */
import { MetricError } from './errors';

function requireNumber(name: string, value: number, min: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new MetricError('invalid_number', { name, value: String(value) });
  }
  if (value < min) throw new MetricError('negative_number', { name, value });
}

function requireStart(start: number): void {
  requireNumber('start', start, 0);
  if (start === 0) throw new MetricError('no_start_customers');
}

/**
 * CRR = (end − new) / start.
 * @example crrFromCounts(40, 38, 6) === 0.8
 */
export function crrFromCounts(start: number, end: number, newCustomers: number): number {
  requireStart(start);
  requireNumber('end', end, 0);
  requireNumber('new', newCustomers, 0);
  return (end - newCustomers) / start;
}

/**
 * CHURN = lost / start.
 * @example churnFromCounts(40, 10) === 0.25
 */
export function churnFromCounts(start: number, lost: number): number {
  requireStart(start);
  requireNumber('lost', lost, 0);
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
  return aov * purchasesPerYear * lifetimeYears * margin;
}

/**
 * Expected lifetime in periods under a constant churn per period: 1 / churn.
 * @example avgRetentionPeriodFromChurn(0.25) === 4
 */
export function avgRetentionPeriodFromChurn(churn: number): number {
  if (typeof churn !== 'number' || !Number.isFinite(churn) || churn <= 0 || churn > 1) {
    throw new MetricError('churn_not_positive', { value: String(churn) });
  }
  return 1 / churn;
}
