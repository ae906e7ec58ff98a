import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../../src/core/days';
import { metricsSummary } from '../../../src/core/metrics';
import { shop } from './shop';

describe('metrics summary', () => {
  it('gives every value of `metrics --json` for February 2024 (hand computation)', () => {
    // CRR/CHURN of [02-01, 03-01), W = 29: S = {A, B, F}, active at the end {A, C, D}, N = {D}:
    // kept = {A}, lost = {B, F}, E = kept + N = {A, D}, won back = {C}.
    // Orders in February: A 30, C 25, D 40, F −10 (refund) → net 85, purchases 3, customers A, C, D.
    const s = metricsSummary(shop, { from: dayOfIso('2024-02-01')!, to: dayOfIso('2024-02-29')! });
    expect(s.from).toBe('2024-02-01');
    expect(s.to).toBe('2024-02-29');
    expect(s.crr).toBeCloseTo(1 / 3, 12); // (2 − 1) / 3
    expect(s.churn).toBeCloseTo(2 / 3, 12);
    expect(s.customers).toEqual({ start: 3, end: 2, new: 1, lost: 2, kept: 1, wonBack: 1 });
    expect(Object.keys(s.customers)).toEqual(['start', 'end', 'new', 'lost', 'kept', 'wonBack']);
    expect(s.clv).toBeCloseTo(85 / 3, 12);
    expect(s.aov).toBeCloseTo(85 / 3, 12);
    expect(s.purchaseFrequency).toBe(1);
    expect(s.repeatPurchaseRate).toBe(0);
    expect(s.avgRetentionPeriod).toBe(0);
    // Nobody bought twice in February.
    expect(s.avgDaysBetweenPurchases).toBeNull();
    expect(s.problems).toEqual(['no_repeat_purchases']);
  });

  it('uses the margin and the window, and reports an empty start', () => {
    // January–February: net 115 over 5 customers (see orders.test.ts) × margin 0.5 = 11.5.
    // With W = 7 the start window is [2023-12-25, 2024-01-01): no purchase there, so S is empty.
    // Days between purchases: one gap, A's 26 days.
    const s = metricsSummary(shop, { from: dayOfIso('2024-01-01')!, to: dayOfIso('2024-02-29')!, margin: 0.5, windowDays: 7 });
    expect(s.clv).toBe(11.5);
    expect(s.avgDaysBetweenPurchases).toBe(26);
    expect(s.crr).toBeNull();
    expect(s.churn).toBeNull();
    expect(s.problems).toEqual(['no_start_customers']);
  });
});

describe('metrics summary of an empty range', () => {
  it('reports no purchases (and no start customers), not "no repeat purchases"', () => {
    const s = metricsSummary(shop, { from: dayOfIso('2030-01-01')!, to: dayOfIso('2030-01-31')! });
    expect(s.problems).toEqual(['no_start_customers', 'no_purchases']);
  });
});
