import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfIso } from '../../../src/core/days';
import { medianOfSorted, WIN_BACK_RULES, winBackList } from '../../../src/core/weekly';
import { isoFromOffset, tableOf, type Row } from '../metrics/orderTable';

const day = (iso: string) => dayOfIso(iso)!;
const AS_OF = day('2024-05-12');

const thrice = (id: string, dates: string[], amount: number): Row[] => dates.map((d) => [id, d, amount] as Row);
const ROWS: Row[] = [
  ...thrice('P', ['2024-03-01', '2024-03-08', '2024-03-15'], 100), // U = 7, away 58 days: overdue
  ['P', '2024-04-01', -50], // a refund: revenue 250, no purchase day
  ...thrice('Q', ['2024-01-01', '2024-02-01', '2024-03-01'], 50), // gaps 31, 29: U = 30, away 72 ≥ 60: overdue
  ...thrice('R', ['2024-04-01', '2024-04-15', '2024-04-29'], 200), // U = 14, away 13: not overdue
  ...thrice('S', ['2024-01-10', '2024-01-20'], 500), // two purchase days only
  ...thrice('T', ['2024-02-01', '2024-02-01', '2024-02-10'], 400), // three purchases on two days
  ...thrice('U', ['2023-01-01', '2023-01-08', '2023-01-15'], 300), // away 483 days > 365: lost
  ...thrice('W', ['2024-04-06', '2024-04-13', '2024-04-20'], 10), // overdue (22 ≥ 21) but not valuable
  ...thrice('X', ['2024-03-29', '2024-04-08', '2024-04-18'], 150), // U = 10, away 24 = U + 14: overdue
  ...thrice('Y', ['2024-03-30', '2024-04-09', '2024-04-19'], 150), // U = 10, away 23 < U + 14
  ...Array.from({ length: 20 }, (_, i): Row => [`V${i}`, '2024-02-02', 10]),
];

describe('winBackList', () => {
  it('lists the valuable overdue customers, largest spend first (hand computation)', () => {
    // 29 buyers; revenue sorted: 20 × 10, 30, 150, 250, 450, 450, 600, 900, 1000, 1200 (T: 3 × 400).
    // 75th percentile, nearest rank: ceil(0.75 × 29) = 22nd value = 150. Valuable: Q, P, X, Y, R, U, S, T.
    // Overdue among them: P, Q, X. By revenue: X 450, P 250, Q 150.
    const list = winBackList(tableOf(ROWS), { asOfDay: AS_OF });
    expect(list).toEqual([
      { id: 'X', netRevenue: 450, purchaseDays: 3, lastPurchase: '2024-04-18', usualInterval: 10, daysSince: 24 },
      { id: 'P', netRevenue: 250, purchaseDays: 3, lastPurchase: '2024-03-15', usualInterval: 7, daysSince: 58 },
      { id: 'Q', netRevenue: 150, purchaseDays: 3, lastPurchase: '2024-03-01', usualInterval: 30, daysSince: 72 },
    ]);
  });

  it('ignores orders after the as-of day and keeps to the limit', () => {
    const later: Row[] = [...ROWS, ['X', '2024-05-20', 150]];
    expect(winBackList(tableOf(later), { asOfDay: AS_OF }).map((c) => c.id)).toEqual(['X', 'P', 'Q']);
    expect(winBackList(tableOf(ROWS), { asOfDay: AS_OF, limit: 2 }).map((c) => c.id)).toEqual(['X', 'P']);
    expect(winBackList(tableOf([]), { asOfDay: AS_OF })).toEqual([]);
  });

  it('takes the median of an odd and an even number of gaps', () => {
    expect(medianOfSorted([1, 3, 10])).toBe(3);
    expect(medianOfSorted([29, 31])).toBe(30);
  });

  it('lists only customers that meet every rule, checked naively', () => {
    const rows = fc.array(
      fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.integer({ min: 0, max: 200 }), fc.integer({ min: -30, max: 300 })),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(rows, fc.integer({ min: 100, max: 260 }), (raw, asOf) => {
        const data: Row[] = raw.map(([c, o, a]) => [c, isoFromOffset(o), a]);
        const asOfDay = day(isoFromOffset(asOf));
        const list = winBackList(tableOf(data), { asOfDay, limit: 100 });
        const upTo = data.filter(([, d]) => day(d) <= asOfDay);
        const revenue = new Map<string, number>();
        for (const [c, , a] of upTo) revenue.set(c, (revenue.get(c) ?? 0) + a);
        const buyers = [...new Set(upTo.filter(([, , a]) => a > 0).map(([c]) => c))];
        const sorted = buyers.map((c) => revenue.get(c)!).sort((x, y) => x - y);
        const threshold = sorted[Math.ceil(0.75 * sorted.length) - 1];
        const expected = buyers.filter((c) => {
          const days = [...new Set(upTo.filter(([id, , a]) => id === c && a > 0).map(([, d]) => day(d)))].sort((x, y) => x - y);
          if (days.length < 3 || revenue.get(c)! < threshold) return false;
          const gaps = days.slice(1).map((d, i) => d - days[i]).sort((x, y) => x - y);
          const usual = gaps.length % 2 ? gaps[(gaps.length - 1) / 2] : (gaps[gaps.length / 2 - 1] + gaps[gaps.length / 2]) / 2;
          const since = asOfDay - days[days.length - 1];
          return since >= WIN_BACK_RULES.factor * usual && since >= usual + WIN_BACK_RULES.marginDays && since <= 365;
        });
        expect(list.map((c) => c.id).sort()).toEqual(expected.sort());
        for (let i = 1; i < list.length; i++) expect(list[i - 1].netRevenue).toBeGreaterThanOrEqual(list[i].netRevenue);
      }),
    );
  });
});
