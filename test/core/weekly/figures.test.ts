import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayOfIso } from '../../../src/core/days';
import { lastCompleteWeek, weekFigures, weeklySummary } from '../../../src/core/weekly';
import { isoFromOffset, tableOf, type Row } from '../metrics/orderTable';
import { SHOP, WEEK0 } from './fixture';

const day = (iso: string) => dayOfIso(iso)!;

describe('lastCompleteWeek', () => {
  it('is the week before the one containing today, by the week start', () => {
    // 2024-05-15 is a Wednesday: its Monday week starts 05-13, so the last complete one is 05-06 … 05-12.
    expect(lastCompleteWeek(day('2024-05-15'), 'monday')).toEqual({ startDay: day('2024-05-06'), endDay: day('2024-05-12') });
    // Its Sunday week starts 05-12: the last complete one is 05-05 … 05-11.
    expect(lastCompleteWeek(day('2024-05-15'), 'sunday')).toEqual({ startDay: day('2024-05-05'), endDay: day('2024-05-11') });
    // On a Monday the week that ended yesterday is reported.
    expect(lastCompleteWeek(day('2024-05-13'), 'monday').startDay).toBe(day('2024-05-06'));
  });
});

describe('weeklySummary on the small shop (hand computation)', () => {
  let summary: ReturnType<typeof weeklySummary>;
  beforeAll(() => {
    summary = weeklySummary(tableOf(SHOP), { weekStartDay: day(WEEK0) });
  });

  it('counts the reported week', () => {
    // W0 purchases: A 40, C 25, D 70, E 15 (and D's refund −10). Active {A,C,D,E} = 4; C is new.
    // S = W-1 buyers {A,B,E} = 3: kept {A,E}, lost {B}. D last bought in W-3: won back.
    // Returning = kept + won back = 3. CRR = (E − N) / S with E = kept + new = 3: (3 − 1) / 3 = 2/3;
    // CHURN = 1/3. (The old count took E = active = 4 and gave CRR 100%, CRR + CHURN 133%.)
    // Net revenue 40 + 25 + 70 + 15 − 10 = 140 over 4 orders: AOV 35.
    // Up to 05-12: customers A..F = 6; with ≥ 2 purchases A, B, D, E = 4; revenue
    // A 140 + B 160 + C 25 + D 140 + E 25 + F 45 = 535: CLV 535 / 6.
    expect(summary.week).toEqual({
      weekStart: '2024-05-06',
      weekEnd: '2024-05-12',
      active: 4,
      new: 1,
      returning: 3,
      wonBack: 1,
      crr: 2 / 3,
      churn: 1 / 3,
      orders: 4,
      netRevenue: 140,
      aov: 35,
      repeatPurchaseRate: 4 / 6,
      historicClv: 535 / 6,
    });
  });

  it('counts the week before', () => {
    // W-1: A 20, B 60, E 10 (E new). S = W-2 buyers {B}: kept {B}, A won back (last bought W-4),
    // E = kept + new = 2: CRR (2 − 1) / 1 = 1, CHURN 0 (the old count gave CRR 200%).
    // Up to 05-05: A(3) B(2) D E F = 5 customers, 2 repeat; revenue 100 + 160 + 80 + 10 + 45 = 395.
    expect(summary.previous).toMatchObject({ active: 3, new: 1, returning: 2, wonBack: 1, crr: 1, churn: 0, orders: 3, netRevenue: 90, aov: 30 });
    expect(summary.previous.repeatPurchaseRate).toBeCloseTo(2 / 5, 12);
    expect(summary.previous.historicClv).toBeCloseTo(79, 12);
  });

  it('averages the four weeks before', () => {
    // W-1..W-4: active 3,1,1,2; new 1,1,1,1; returning 2,0,0,1; won back 1,0,0,0 (W-2: S {D} lost,
    // B new; W-3: S {A,F} lost, D new; W-4: S {A} kept, F new); CRR 1,0,0,1; CHURN 0,1,1,0;
    // orders 3,1,1,2; revenue 90,100,80,75; AOV 30,100,80,37.5;
    // repeat rate 2/5, 1/4, 1/3, 1/2; CLV 395/5, 305/4, 205/3, 125/2.
    const a = summary.average;
    expect(a.active).toBeCloseTo(1.75, 12);
    expect(a.new).toBeCloseTo(1, 12);
    expect(a.returning).toBeCloseTo(0.75, 12);
    expect(a.wonBack).toBeCloseTo(0.25, 12);
    expect(a.crr).toBeCloseTo(0.5, 12);
    expect(a.churn).toBeCloseTo(0.5, 12);
    expect(a.orders).toBeCloseTo(1.75, 12);
    expect(a.netRevenue).toBeCloseTo(86.25, 12);
    expect(a.aov).toBeCloseTo(61.875, 12);
    expect(a.repeatPurchaseRate).toBeCloseTo((2 / 5 + 1 / 4 + 1 / 3 + 1 / 2) / 4, 12);
    expect(a.historicClv).toBeCloseTo((79 + 76.25 + 205 / 3 + 62.5) / 4, 12);
  });

  it('draws 12 weeks of active customers, oldest first', () => {
    // Data starts in W-5 (A only); then 2, 1, 1, 3, 4.
    expect(summary.strip.map((s) => s.active)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 3, 4]);
    expect(summary.strip[0].weekStart).toBe('2024-02-19'); // 05-06 − 77 days (6 + 30 + 31 + 10)
    expect(summary.strip[11].weekStart).toBe(WEEK0);
    expect(summary.hasOrders).toBe(true);
  });

  it('has null rates where nothing precedes, and no orders before the data', () => {
    const early = weekFigures(tableOf(SHOP), day('2024-03-04'));
    expect(early).toMatchObject({ active: 0, crr: null, churn: null, aov: null, repeatPurchaseRate: null, historicClv: null });
    expect(weeklySummary(tableOf(SHOP), { weekStartDay: day('2024-03-04') }).hasOrders).toBe(false);
  });
});

/** Independent, naive figures of one week: sets of customers from the rows. */
function naiveWeek(rows: Row[], start: string) {
  const s = day(start);
  const inWeek = (iso: string, k: number) => day(iso) >= s + 7 * k && day(iso) < s + 7 * (k + 1);
  const buyers = (k: number) => new Set(rows.filter(([, d, a]) => a > 0 && inWeek(d, k)).map(([c]) => c));
  const first = new Map<string, number>();
  for (const [c, d, a] of rows) if (a > 0) first.set(c, Math.min(first.get(c) ?? Infinity, day(d)));
  const now = buyers(0);
  const before = buyers(-1);
  const fresh = [...now].filter((c) => first.get(c)! >= s);
  const kept = [...before].filter((c) => now.has(c)).length;
  return {
    active: now.size,
    new: fresh.length,
    wonBack: [...now].filter((c) => !before.has(c) && first.get(c)! < s).length,
    crr: before.size ? kept / before.size : null,
    churn: before.size ? [...before].filter((c) => !now.has(c)).length / before.size : null,
    netRevenue: rows.filter(([, d]) => inWeek(d, 0)).reduce((sum, [, , a]) => sum + a, 0),
  };
}

describe('weeklySummary invariants', () => {
  const rows = fc.array(
    fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 0, max: 120 }), fc.integer({ min: -20, max: 90 })),
    { maxLength: 60 },
  );
  const asRows = (raw: [string, number, number][]): Row[] => raw.map(([c, o, a]) => [c, isoFromOffset(o), a]);

  it('agrees with a naive count by sets, week by week', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 17 }), (raw, week) => {
        const data = asRows(raw);
        const start = isoFromOffset(1 + 7 * week); // 2023-01-02 is a Monday
        const got = weekFigures(tableOf(data), day(start));
        const want = naiveWeek(data, start);
        expect(got.active).toBe(want.active);
        expect(got.new).toBe(want.new);
        expect(got.returning).toBe(want.active - want.new);
        expect(got.wonBack).toBe(want.wonBack);
        expect(got.crr).toBe(want.crr);
        expect(got.churn).toBe(want.churn);
        expect(got.netRevenue).toBeCloseTo(want.netRevenue, 9);
      }),
    );
  });

  it('keeps the strip, the comparisons and the average in step', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: 0, max: 17 }), (raw, week) => {
        const s = weeklySummary(tableOf(asRows(raw)), { weekStartDay: day(isoFromOffset(1 + 7 * week)) });
        expect(s.strip).toHaveLength(12);
        expect(s.strip[11].active).toBe(s.week.active);
        expect(s.strip[10].active).toBe(s.previous.active);
        const fourBefore = s.strip.slice(7, 11).map((x) => x.active);
        expect(s.average.active).toBeCloseTo(fourBefore.reduce((a, b) => a + b, 0) / 4, 12);
        // CRR + CHURN = 1 and 0 ≤ CRR ≤ 1 whenever last week had buyers; won back ≤ returning.
        if (s.week.crr !== null) {
          expect(s.week.crr + s.week.churn!).toBeCloseTo(1, 12);
          expect(s.week.crr).toBeGreaterThanOrEqual(0);
          expect(s.week.crr).toBeLessThanOrEqual(1);
        } else expect(s.week.churn).toBeNull();
        expect(s.week.wonBack).toBeLessThanOrEqual(s.week.returning);
      }),
    );
  });
});
