import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromCivil } from '../../../src/core/days';
import { ClvError, trackCumulativeRepeats, type BgNbdParams } from '../../../src/core/clv';
import { readCdnow } from './cdnowData';

// With r = α = a = b = 1 the new-customer expectation is elementary:
// E[X(t)] = ∫₀¹ (1 − 1/(1 + p·t)) / p dp = ∫₀¹ t/(1 + p·t) dp = ln(1 + t).
const UNIT: BgNbdParams = { r: 1, alpha: 1, a: 1, b: 1 };

describe('trackCumulativeRepeats by hand', () => {
  // Customer 0: days 0, 3, 3 (same day: one purchase), 10 (holdout). Customer 1: days 5, 12.
  // Customer 2: first purchase on day 9, after the calibration end (day 6): not in the sample.
  const purchases = {
    customer: [0, 0, 0, 0, 1, 1, 2, 2],
    day: [0, 3, 3, 10, 5, 12, 9, 11],
    amount: [5, 5, 1, 2, 7, 0, 3, 3],
  };
  let result: ReturnType<typeof trackCumulativeRepeats>;
  beforeAll(() => {
    result = trackCumulativeRepeats(purchases, UNIT, { unit: 'week', calibrationEndDay: 6, observationEndDay: 15 });
  });

  it('counts repeat days per period and predicts Σ ln(1 + age in weeks)', () => {
    expect(result.startDay).toBe(0);
    expect(result.calibrationPeriod).toBe(1);
    // Week 1 = days 0–6: repeat on day 3 → 1; ages 6 and 1 days.
    // Week 2 = days 7–13: + day 10 (customer 0) + day 12 (customer 1, a $0 purchase counts) → 3; ages 13 and 8.
    // Week 3 = days 14–15 (cut at the observation end): 3; ages 15 and 10.
    expect(result.points.map((p) => [p.period, p.endDay, p.actual])).toEqual([
      [1, 6, 1],
      [2, 13, 3],
      [3, 15, 3],
    ]);
    const expected = [
      Math.log(1 + 6 / 7) + Math.log(1 + 1 / 7),
      Math.log(1 + 13 / 7) + Math.log(1 + 8 / 7),
      Math.log(1 + 15 / 7) + Math.log(1 + 10 / 7),
    ];
    result.points.forEach((p, i) => expect(p.predicted).toBeCloseTo(expected[i], 12));
  });

  it('uses days as periods, with no prediction before a customer’s first purchase', () => {
    const daily = trackCumulativeRepeats(purchases, UNIT, { unit: 'day', calibrationEndDay: 6, observationEndDay: 15 });
    expect(daily.points).toHaveLength(16);
    expect(daily.calibrationPeriod).toBe(7);
    // Day 4 (period 5): only customer 0 has started (age 4), one repeat (day 3).
    expect(daily.points[4]).toMatchObject({ period: 5, endDay: 4, actual: 1 });
    expect(daily.points[4].predicted).toBeCloseTo(Math.log(5), 12);
    // Day 5: customer 1 starts, age 0 adds nothing.
    expect(daily.points[5].predicted).toBeCloseTo(Math.log(6), 12);
    expect(daily.points.map((p) => p.actual)).toEqual([0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 3]);
  });

  it('rejects bad end dates and an empty calibration sample', () => {
    const call = (calibrationEndDay: number) => () =>
      trackCumulativeRepeats(purchases, UNIT, { unit: 'week', calibrationEndDay, observationEndDay: 15 });
    expect(call(16)).toThrow(ClvError);
    expect(call(-1)).toThrow(expect.objectContaining({ key: 'clv.noCustomers' }));
    expect(call(1.5)).toThrow(expect.objectContaining({ key: 'clv.badEndDates' }));
  });

  it('names both end days in its errors, and says why in English for the log', () => {
    const options = (calibrationEndDay: number, observationEndDay: number) => ({ unit: 'week' as const, calibrationEndDay, observationEndDay });
    expect(() => trackCumulativeRepeats(purchases, UNIT, options(16, 15))).toThrow(
      expect.objectContaining({
        key: 'clv.badEndDates',
        params: { calibrationEndDay: 16, observationEndDay: 15 },
        message: 'the calibration end must be a day on or before the observation end',
      }),
    );
    expect(() => trackCumulativeRepeats(purchases, UNIT, options(6, 15.5))).toThrow(expect.objectContaining({ key: 'clv.badEndDates' }));
    expect(() => trackCumulativeRepeats(purchases, UNIT, options(-1, 15))).toThrow(
      expect.objectContaining({ name: 'ClvError', message: 'no customer made a first purchase by the calibration end' }),
    );
  });

  it('takes a calibration end on the observation end, and a start on a later day than 0', () => {
    // Customer 0 from day 4 (repeats on 6 and 9), customer 1 from day 5; days 4–9 in weeks: one week 4–9 (cut).
    const t = trackCumulativeRepeats({ customer: [0, 0, 0, 1], day: [4, 6, 9, 5], amount: [1, 1, 1, 1] }, UNIT, {
      unit: 'week',
      calibrationEndDay: 9,
      observationEndDay: 9,
    });
    expect(t.startDay).toBe(4);
    expect(t.calibrationPeriod).toBe(1);
    expect(t.points).toHaveLength(1);
    expect(t.points[0]).toMatchObject({ period: 1, endDay: 9, actual: 2 });
    expect(t.points[0].predicted).toBeCloseTo(Math.log(1 + 5 / 7) + Math.log(1 + 4 / 7), 12);
  });

  it('is non-decreasing in both curves and ends at the total repeat count', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 60 })), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 60 }),
        (rows, calibrationEndDay) => {
          const first = new Map<number, number>();
          for (const [c, d] of rows) first.set(c, Math.min(d, first.get(c) ?? Infinity));
          fc.pre([...first.values()].some((d) => d <= calibrationEndDay));
          const p = { customer: rows.map((r) => r[0]), day: rows.map((r) => r[1]), amount: rows.map(() => 1) };
          const t = trackCumulativeRepeats(p, { r: 0.5, alpha: 3, a: 0.8, b: 2 }, { unit: 'week', calibrationEndDay, observationEndDay: 60 });
          for (let i = 1; i < t.points.length; i++) {
            expect(t.points[i].actual).toBeGreaterThanOrEqual(t.points[i - 1].actual);
            expect(t.points[i].predicted).toBeGreaterThanOrEqual(t.points[i - 1].predicted);
          }
          // Independent count: distinct (customer, day) pairs minus one per customer in the sample.
          const sample = [...first].filter(([, d]) => d <= calibrationEndDay).map(([c]) => c);
          const days = new Set(rows.filter(([c]) => sample.includes(c)).map(([c, d]) => `${c}|${d}`));
          expect(t.points[t.points.length - 1].actual).toBe(days.size - sample.length);
        },
      ),
    );
  });
});

describe('trackCumulativeRepeats on CDNOW (the Fader-Hardie-Lee tracking plot)', () => {
  let data: ReturnType<typeof readCdnow>;
  beforeAll(() => {
    data = readCdnow();
  });
  const options = { unit: 'week' as const, calibrationEndDay: dayFromCivil(1997, 9, 30), observationEndDay: dayFromCivil(1998, 6, 30) };
  const published: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
  let result: ReturnType<typeof trackCumulativeRepeats>;
  beforeAll(() => {
    result = trackCumulativeRepeats(data, published, options);
  });

  it('has weeks 1…78 from 1997-01-01, the calibration ending with week 39', () => {
    // 1997-01-01 … 1998-06-30 is 546 days = 78 weeks; 1997-09-30 is day 273 = the end of week 39.
    expect(result.startDay).toBe(dayFromCivil(1997, 1, 1));
    expect(result.points).toHaveLength(78);
    expect(result.calibrationPeriod).toBe(39);
    expect(result.points[38].endDay).toBe(options.calibrationEndDay);
    expect(result.points[77].endDay).toBe(options.observationEndDay);
  });

  it('matches a naive count of repeat purchase days per week', () => {
    // Naive: for each week, count distinct (customer, day) pairs up to the week's end, minus the
    // customers who have started by then (each customer's first day is not a repeat).
    const pairs = new Map<number, Set<number>>();
    data.customer.forEach((c, i) => {
      if (data.amount[i] < 0) return;
      if (!pairs.has(c)) pairs.set(c, new Set());
      pairs.get(c)!.add(data.day[i]);
    });
    for (const point of result.points) {
      let repeats = 0;
      for (const days of pairs.values()) {
        const upTo = [...days].filter((d) => d <= point.endDay).length;
        if (upTo > 0) repeats += upTo - 1;
      }
      expect(point.actual).toBe(repeats);
    }
    // The totals checked elsewhere: 2,457 calibration repeats and 1,882 holdout purchase days.
    expect(result.points[38].actual).toBe(2457);
    expect(result.points[77].actual).toBe(2457 + 1882);
  });

  it('matches a direct sum over customers of E[X(t)] by numerical integration', () => {
    // E[X(t)] = ∫₀¹ (1 − (α/(α+p·t))^r)/p · Beta(p; a, b) dp, with p = u^(1/a) (removes p^(a−1)),
    // by Simpson's rule with 20,000 intervals, normalised by the same rule on the weight alone.
    const { r, alpha, a, b } = published;
    const n = 20_000;
    const nodes: Array<[number, number]> = [];
    let norm = 0;
    for (let i = 0; i <= n; i++) {
      const p = Math.pow(i / n, 1 / a);
      const w = (i === 0 || i === n ? 1 : i % 2 ? 4 : 2) * Math.pow(1 - p, b - 1);
      nodes.push([p, w]);
      norm += w;
    }
    const cache = new Map<number, number>();
    const ex = (days: number): number => {
      if (!cache.has(days)) {
        const t = days / 7;
        let s = 0;
        for (const [p, w] of nodes) s += w * (p === 0 ? (r * t) / alpha : (1 - Math.pow(alpha / (alpha + p * t), r)) / p);
        cache.set(days, s / norm);
      }
      return cache.get(days)!;
    };
    const firstDay = new Map<number, number>();
    data.customer.forEach((c, i) => firstDay.set(c, Math.min(data.day[i], firstDay.get(c) ?? Infinity)));
    expect(firstDay.size).toBe(2357);
    for (const point of result.points) {
      let sum = 0;
      for (const f of firstDay.values()) if (point.endDay > f) sum += ex(point.endDay - f);
      expect(Math.abs(point.predicted - sum) / sum).toBeLessThan(1e-6);
    }
    // Measured at the published parameters: 2,497.6 predicted vs 2,457 actual by week 39,
    // 4,166.4 vs 4,339 by week 78 (holdout: 1,668.8 predicted vs 1,882 actual).
    expect(result.points[38].predicted).toBeCloseTo(2497.6, 0);
    expect(result.points[77].predicted).toBeCloseTo(4166.4, 0);
  });
});
