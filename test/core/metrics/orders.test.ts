import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfIso } from '../../../src/core/days';
import {
  aov,
  avgDaysBetweenPurchases,
  avgRetentionPeriod,
  customerTotals,
  historicClv,
  MetricError,
  purchaseFrequency,
  repeatPurchaseRate,
} from '../../../src/core/metrics';
import { isoFromOffset, tableOf, type Row } from './orderTable';
import { shop } from './shop';
import { thrownMetricError } from './thrown';

const janFeb = { from: dayOfIso('2024-01-01')!, to: dayOfIso('2024-02-29')! };

describe('descriptive metrics on orders', () => {
  // Orders dated 2024-01-01..2024-02-29 (both included):
  //   A 20, A 30, B 15, C 25, D 40, E −15 (refund), F 10, F −10 (refund, 02-29 is inside).
  //   Net revenue = 20 + 30 + 15 + 25 + 40 − 15 + 10 − 10 = 115.
  //   Purchases (amount > 0): A, A, B, C, D, F = 6. Customers with a purchase: A, B, C, D, F = 5.
  //   Repeat customers: A. Spans: A 2024-01-10 → 2024-02-05 = 21 + 5 = 26 days; others 0.
  it('compute CLV as net revenue per customer × margin (hand computation)', () => {
    expect(historicClv(customerTotals(shop, janFeb))).toBe(23); // 115 / 5
    expect(historicClv(customerTotals(shop, janFeb), 0.5)).toBe(11.5);
  });

  it('compute the average retention period in days or other units (hand computation)', () => {
    expect(avgRetentionPeriod(customerTotals(shop, janFeb))).toBeCloseTo(5.2, 12); // (26 + 0 + 0 + 0 + 0) / 5
    expect(avgRetentionPeriod(customerTotals(shop, janFeb), 'week')).toBeCloseTo(5.2 / 7, 12);
    expect(avgRetentionPeriod(customerTotals(shop, janFeb), 'month')).toBeCloseTo(5.2 / 30.436875, 12); // 365.2425 / 12
    expect(avgRetentionPeriod(customerTotals(shop, janFeb), 'year')).toBeCloseTo(5.2 / 365.2425, 12);
  });

  it('compute repeat rate, AOV, frequency and days between purchases (hand computation)', () => {
    expect(repeatPurchaseRate(customerTotals(shop, janFeb))).toBe(0.2); // 1 / 5
    expect(aov(customerTotals(shop, janFeb))).toBeCloseTo(115 / 6, 12); // refunds lower the numerator
    expect(purchaseFrequency(customerTotals(shop, janFeb))).toBe(1.2); // 6 / 5
    expect(avgDaysBetweenPurchases(customerTotals(shop, janFeb))).toBe(26); // one gap, A's 26 days
  });

  it('use every order when no range is given (hand computation)', () => {
    // All orders: net 270 (115 + C 50 + E 100 + G 5), purchases 9, customers 7 (A…G),
    // repeat customers A and C. Gaps: A 26, C 2023-12-01 → 2024-02-10 = 30 + 31 + 10 = 71.
    expect(historicClv(customerTotals(shop))).toBeCloseTo(270 / 7, 12);
    expect(aov(customerTotals(shop))).toBe(30); // 270 / 9
    expect(repeatPurchaseRate(customerTotals(shop))).toBeCloseTo(2 / 7, 12);
    // Pooled over the 2 gaps: (26 + 71) / 2 (the mean of per-customer means would be the same here).
    expect(avgDaysBetweenPurchases(customerTotals(shop))).toBe(48.5);
  });

  it('pool the gaps over all purchases, not per-customer means (hand computation)', () => {
    // X: days 0, 10, 20 (gaps 10, 10); Y: days 0, 40 (gap 40).
    // Pooled: (10 + 10 + 40) / 3 = 20. The mean of per-customer means would be (10 + 40) / 2 = 25.
    const t = tableOf([
      ['X', '2024-01-01', 5],
      ['X', '2024-01-11', 5],
      ['X', '2024-01-21', 5],
      ['Y', '2024-01-01', 5],
      ['Y', '2024-02-10', 5],
    ]);
    expect(avgDaysBetweenPurchases(customerTotals(t))).toBe(20);
  });

  it('count refunds as purchases when asked (hand computation)', () => {
    // January–February with every order: purchases 8, customers A, B, C, D, E, F = 6, net still 115.
    // Repeat: A and F (2024-01-31 → 2024-02-29 = 29 days). Gaps: A 26, F 29.
    const all = { ...janFeb, includeRefunds: true };
    expect(aov(customerTotals(shop, all))).toBeCloseTo(115 / 8, 12);
    expect(purchaseFrequency(customerTotals(shop, all))).toBeCloseTo(8 / 6, 12);
    expect(avgDaysBetweenPurchases(customerTotals(shop, all))).toBe(27.5); // (26 + 29) / 2
  });

  it('explain what is missing', () => {
    const empty = { from: dayOfIso('2020-01-01')!, to: dayOfIso('2020-12-31')! };
    const none = customerTotals(shop, empty);
    expect(none).toEqual({ customers: 0, repeatCustomers: 0, purchases: 0, netRevenue: 0, spanDays: 0 });
    for (const metric of [aov, historicClv, avgRetentionPeriod, repeatPurchaseRate, purchaseFrequency, avgDaysBetweenPurchases]) {
      expect(metric(none)).toBeNull();
    }
    // February's purchases: A 30 (02-05), C 25 (02-10), D 40 (02-15), once each: no gap to average;
    // F's −10 on 02-29 is no purchase but lowers the revenue: AOV (30 + 25 + 40 − 10) / 3.
    const feb = customerTotals(shop, { from: dayOfIso('2024-02-01')!, to: dayOfIso('2024-02-29')! });
    expect(feb.repeatCustomers).toBe(0);
    expect(avgDaysBetweenPurchases(feb)).toBeNull();
    expect(repeatPurchaseRate(feb)).toBe(0);
    expect(aov(feb)).toBeCloseTo(85 / 3, 12);
    expect(() => customerTotals(shop, { from: 10, to: 9 })).toThrow(MetricError);
    expect(thrownMetricError(() => customerTotals(shop, { from: 10, to: 9 }))).toEqual(['invalid_period', { name: 'from > to' }]);
  });

  it('take a one-day range (hand computation)', () => {
    // On 2024-03-05 A bought twice (one purchase day, two orders), B once; B's order of 03-06 is outside.
    const day = dayOfIso('2024-03-05')!;
    const table = tableOf([
      ['A', '2024-03-05', 10],
      ['B', '2024-03-05', 4],
      ['A', '2024-03-05', 6],
      ['B', '2024-03-06', 99],
    ]);
    expect(customerTotals(table, { from: day, to: day })).toMatchObject({ customers: 2, purchases: 3, netRevenue: 20 });
  });

  it('agree with a naive re-implementation on random shops, whatever the row order', () => {
    const rowsArb = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 90 }), fc.integer({ min: -20, max: 60 })),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), fc.boolean(), (raw, a, b, includeRefunds) => {
        const rows: Row[] = raw.map(([c, o, v]) => [c, isoFromOffset(o), v]);
        const [fromIso, toIso] = [isoFromOffset(Math.min(a, b)), isoFromOffset(Math.max(a, b))];
        // Naive: filter by ISO strings, group purchase dates per customer, sort them, take gaps.
        const inRange = rows.filter((r) => r[1] >= fromIso && r[1] <= toIso);
        const dates = new Map<string, string[]>();
        for (const [id, iso, v] of inRange) if (includeRefunds || v > 0) dates.set(id, [...(dates.get(id) ?? []), iso]);
        const revenue = inRange.reduce((s, r) => s + r[2], 0);
        const customers = dates.size;
        const purchases = [...dates.values()].reduce((s, d) => s + d.length, 0);
        const gaps: number[] = [];
        const spans: number[] = [];
        for (const list of dates.values()) {
          const ms = list.map((iso) => Date.parse(iso)).sort((x, y) => x - y);
          for (let i = 1; i < ms.length; i++) gaps.push((ms[i] - ms[i - 1]) / 86_400_000);
          spans.push((ms[ms.length - 1] - ms[0]) / 86_400_000);
        }
        const repeaters = [...dates.values()].filter((d) => d.length >= 2).length;
        const range = { from: dayOfIso(fromIso)!, to: dayOfIso(toIso)!, includeRefunds };
        const shuffled = tableOf([...rows].reverse());
        for (const t of [tableOf(rows), shuffled]) {
          if (customers === 0) {
            expect(aov(customerTotals(t, range))).toBeNull();
            continue;
          }
          expect(historicClv(customerTotals(t, range))).toBeCloseTo(revenue / customers, 9);
          expect(aov(customerTotals(t, range))).toBeCloseTo(revenue / purchases, 9);
          expect(purchaseFrequency(customerTotals(t, range))).toBeCloseTo(purchases / customers, 9);
          expect(repeatPurchaseRate(customerTotals(t, range))).toBeCloseTo(repeaters / customers, 9);
          expect(avgRetentionPeriod(customerTotals(t, range))).toBeCloseTo(spans.reduce((s, x) => s + x, 0) / customers, 9);
          if (gaps.length > 0) expect(avgDaysBetweenPurchases(customerTotals(t, range))).toBeCloseTo(gaps.reduce((s, x) => s + x, 0) / gaps.length, 9);
        }
      }),
    );
  });
});
