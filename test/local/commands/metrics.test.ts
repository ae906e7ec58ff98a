/**
 * `retention metrics` end to end: the runner (in-process, test/helpers/runner.ts) on test/fixtures/functions/shop.csv (the
 * shop of byHand.test.ts, where every value is computed by hand), values through the bundle.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build';
import { retentionOutput as run } from '../../helpers/runner';

const shop = join(projectRoot, 'test/fixtures/functions/shop.csv');


describe('retention metrics', () => {
  it('prints the docs/RUNNER.md JSON shape with the hand-computed values of February 2024', async () => {
    const out = JSON.parse(await run('metrics', shop, '--from', '2024-02-01', '--to', '2024-02-29', '--json', '--quiet'));
    // S = {a, b, c}, kept = {a}, N = {d, e}, E = kept + N, lost = {b, c}, nobody won back (see byHand.test.ts)
    expect(out.customers).toEqual({ start: 3, end: 3, new: 2, lost: 2, kept: 1, wonBack: 0 });
    expect(Object.keys(out.customers)).toEqual(['start', 'end', 'new', 'lost', 'kept', 'wonBack']);
    expect(out.crr).toBeCloseTo(1 / 3, 12); // (3 − 2) / 3
    expect(out.churn).toBeCloseTo(2 / 3, 12); // 2 / 3
    // February: net revenue 40 + 60 − 50 + 20 + 10 = 80; customers a, d, e; purchases 4; a spans 22 days
    expect(out.clv).toBeCloseTo(80 / 3, 12);
    expect(out.aov).toBe(20);
    expect(out.purchaseFrequency).toBeCloseTo(4 / 3, 12);
    expect(out.repeatPurchaseRate).toBeCloseTo(1 / 3, 12);
    expect(out.avgRetentionPeriod).toBeCloseTo(22 / 3, 12);
    expect(out.avgDaysBetweenPurchases).toBe(22);
    expect(out.rows).toEqual({ read: 10, used: 9, skipped: { no_customer: 1 } });
    expect([out.platform, out.columns]).toEqual([
      null,
      { customer: 'Customer', date: 'Order date', amount: 'Amount', order: null, status: null, refunds: null, currency: null },
    ]);
    expect(Object.keys(out)).toEqual([
      'platform', 'columns', 'currency', 'from', 'to', 'crr', 'churn', 'clv', 'avgRetentionPeriod', 'repeatPurchaseRate', 'aov',
      'purchaseFrequency', 'avgDaysBetweenPurchases', 'customers', 'rows',
    ]);
    expect([out.from, out.to]).toEqual(['2024-02-01', '2024-02-29']);
  });

  it('counts refunds as purchases with --include-refunds: b is then active in February', async () => {
    const out = JSON.parse(await run('metrics', shop, '--from', '2024-02-01', '--to', '2024-02-29', '--json', '--quiet', '--include-refunds'));
    // active at the end {a, b, d, e}: kept = {a, b}, lost = {c}, E = {a, b} + {d, e};
    // February customers a, b, d, e with 5 purchases: AOV 80 / 5
    expect(out.customers).toEqual({ start: 3, end: 4, new: 2, lost: 1, kept: 2, wonBack: 0 });
    expect(out.aov).toBe(16);
  });

  it('counts the won back apart and keeps CRR + CHURN = 1: March 2024', async () => {
    const out = JSON.parse(await run('metrics', shop, '--from', '2024-03-01', '--to', '2024-03-31', '--json', '--quiet'));
    // S = buyers of [Jan 30, Mar 1) = {a, d, e}; in March only c buys, back after a break (first purchase Jan 25).
    expect(out.customers).toEqual({ start: 3, end: 0, new: 0, lost: 3, kept: 0, wonBack: 1 });
    expect([out.crr, out.churn]).toEqual([0, 1]);
    const text = await run('metrics', shop, '--from', '2024-03-01', '--to', '2024-03-31', '--quiet');
    expect(text).toContain('Customers: 3 at the start (0 kept, 3 lost), 0 new, 0 at the end (kept + new), 1 won back (not in CRR).');
  });

  it('gives null where a value has nothing to compute on, and a readable table without --json', async () => {
    // January 2024: nobody bought before it → no CRR/CHURN; a, b, c bought once each → no days between purchases
    const out = JSON.parse(await run('metrics', shop, '--from', '2024-01-01', '--to', '2024-01-31', '--json', '--quiet'));
    expect([out.crr, out.churn, out.avgDaysBetweenPurchases]).toEqual([null, null, null]);
    expect(out.aov).toBe(60); // (100 + 50 + 30) / 3
    const text = await run('metrics', shop, '--from', '2024-02-01', '--to', '2024-02-29', '--quiet');
    expect(text).toContain('CRR (customer retention rate)   33.3%');
    expect(text).toContain('10 rows read, 9 used.\n1 skipped: no customer (row 10)');
  });
});
