import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { customerProfiles, gapStats, purchaseDays, type Profiles } from '../../../src/core/customers';
import { isoOfDay } from '../../../src/core/days';
import { isoFromOffset, tableOf, type Row } from '../metrics/orderTable';
import { AS_OF, SHOP, day } from './shop';

describe('customerProfiles on the test shop (shop.ts has the hand computation)', () => {
  let profiles: Profiles;
  beforeAll(() => {
    profiles = customerProfiles(tableOf(SHOP), { asOfDay: AS_OF });
  });

  it('takes the median gap after purchase n, and all gaps when fewer than 5 made an (n + 1)-th', () => {
    expect(profiles.gaps.byPurchase[0]).toBe(30);
    expect(profiles.gaps.counts).toEqual([5, 3]);
    expect(profiles.gaps.byPurchase[1]).toBeNull();
    expect(profiles.gaps.all).toBe(35);
  });

  it('gives each customer the status of the one rule', () => {
    const status = Object.fromEntries(profiles.customers.map((c) => [c.id, c.status]));
    expect(status).toEqual({ N1: 'new', D1: 'due', O1: 'overdue', B1: 'active', B2: 'active', B3: 'due', B4: 'lapsed', B5: 'lapsed' });
  });

  it('expects the next purchase last day + G', () => {
    const next = Object.fromEntries(profiles.customers.map((c) => [c.id, c.expectedNext === null ? null : isoOfDay(c.expectedNext)]));
    // N1 06-20 + 30; D1 05-21 + 30; B1 06-21 + 35; B3 05-20 + 35.
    expect(next.N1).toBe('2024-07-20');
    expect(next.D1).toBe('2024-06-20');
    expect(next.B1).toBe('2024-07-26');
    expect(next.B3).toBe('2024-06-24');
  });

  it('sorts by net spend, counts refunds in spend and not as purchases, marks the top quarter valuable', () => {
    expect(profiles.customers.map((c) => c.id)).toEqual(['B5', 'O1', 'B3', 'B2', 'B1', 'B4', 'D1', 'N1']);
    const b2 = profiles.customers.find((c) => c.id === 'B2')!;
    // 300 + 300 − 40 = 560 over 2 purchases: AOV 280; own gap 40 days.
    expect(b2).toMatchObject({ spend: 560, purchases: 2, purchaseDays: 2, aov: 280, usualInterval: 40, daysSinceLast: 20, cohort: '2024-05' });
    // 8 buyers: ceil(0.75 × 8) = 6th smallest spend = 600 → B3, O1, B5.
    expect(profiles.valuableFrom).toBe(600);
    expect(profiles.customers.filter((c) => c.valuable).map((c) => c.id)).toEqual(['B5', 'O1', 'B3']);
  });

  it('leaves out orders after the as-of day and customers who only got refunds', () => {
    const rows: Row[] = [...SHOP, ['N1', '2024-07-05', 10], ['Z', '2024-06-01', -20]];
    const p = customerProfiles(tableOf(rows), { asOfDay: AS_OF });
    expect(p.customers.map((c) => c.id)).not.toContain('Z');
    expect(p.customers.find((c) => c.id === 'N1')!.spend).toBe(50);
  });

  it('knows no expected purchase when nobody bought on two days: new up to 365 days, then lapsed', () => {
    const p = customerProfiles(tableOf([['A', '2024-06-01', 5], ['B', '2023-01-01', 5]]), { asOfDay: AS_OF });
    expect(p.customers.map((c) => [c.id, c.status, c.expectedNext])).toEqual([['A', 'new', null], ['B', 'lapsed', null]]);
  });
});

describe('purchaseDays and gapStats', () => {
  it('groups distinct sorted purchase days per customer', () => {
    const p = purchaseDays(tableOf([['A', '2024-01-05', 1], ['A', '2024-01-01', 1], ['A', '2024-01-05', 1], ['B', '2024-01-02', -1]]), day('2024-12-31'));
    expect(Array.from(p.days)).toEqual([day('2024-01-01'), day('2024-01-05')]);
    expect(Array.from(p.offset)).toEqual([0, 2, 2]);
    expect(Array.from(p.purchases)).toEqual([3, 0]);
  });

  it('agrees with a naive computation of the gap medians (property)', () => {
    const rows = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.integer({ min: 0, max: 200 }), fc.integer({ min: -5, max: 50 })), { maxLength: 60 });
    fc.assert(
      fc.property(rows, (raw) => {
        const table = tableOf(raw.map(([id, offset, amount]): Row => [id, isoFromOffset(offset), amount]));
        const stats = gapStats(purchaseDays(table, day('2030-01-01')));
        // Naive: per customer the sorted distinct days with a positive amount.
        const byCustomer = new Map<string, number[]>();
        for (const [id, offset, amount] of raw) if (amount > 0) byCustomer.set(id, [...new Set([...(byCustomer.get(id) ?? []), offset])].sort((x, y) => x - y));
        const gaps: number[][] = [];
        const all: number[] = [];
        for (const days of byCustomer.values()) days.slice(1).forEach((d, k) => ((gaps[k] ??= []).push(d - days[k]), all.push(d - days[k])));
        const median = (xs: number[]) => {
          const s = [...xs].sort((x, y) => x - y);
          return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
        };
        expect(stats.all).toBe(all.length ? median(all) : null);
        gaps.forEach((g, k) => expect(stats.byPurchase[k]).toBe(g.length >= 5 ? median(g) : null));
      }),
    );
  });

  it('keeps every status consistent with the expected purchase (property)', () => {
    const rows = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), fc.integer({ min: 0, max: 700 }), fc.integer({ min: 1, max: 50 })), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 800 }), (raw, asOffset) => {
        const table = tableOf(raw.map(([id, offset, amount]): Row => [id, isoFromOffset(offset), amount]));
        const asOf = day(isoFromOffset(asOffset));
        for (const c of customerProfiles(table, { asOfDay: asOf }).customers) {
          const notPast = c.expectedNext === null || asOf <= c.expectedNext;
          if (c.daysSinceLast > 365) expect(c.status).toBe('lapsed');
          else if (notPast) expect(c.status).toBe(c.purchaseDays === 1 ? 'new' : 'active');
          else expect(['due', 'overdue', 'lapsed']).toContain(c.status);
        }
      }),
    );
  });
});
