import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfIso } from '../../../src/core/days';
import { MetricError, quintileScores, rfm, rfmSegment } from '../../../src/core/metrics';
import { ascendingOrder, byMonetary, descendingThenById, rfmColumns, type RfmRow } from '../../../src/core/metrics/rfm';
import { isoFromOffset, tableOf, type Row } from './orderTable';

describe('RFM', () => {
  it('score quintiles 1–5, ties alike (hand computation)', () => {
    // Score = 1 + ⌊5 × (values strictly below) / n⌋.
    expect(quintileScores([50, 10, 30, 20, 40])).toEqual([5, 1, 3, 2, 4]);
    // n = 10, value k has k − 1 below: 1 + ⌊(k − 1) / 2⌋.
    expect(quintileScores([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // Three 1s have nothing below → 1; the 3 has three below → 1 + ⌊15 / 4⌋ = 4.
    expect(quintileScores([1, 3, 1, 1])).toEqual([1, 4, 1, 1]);
  });

  it('map R × F scores to segment keys', () => {
    expect(rfmSegment(5, 5)).toBe('rfm.champions');
    expect(rfmSegment(5, 1)).toBe('rfm.new');
    expect(rfmSegment(4, 1)).toBe('rfm.promising');
    expect(rfmSegment(3, 3)).toBe('rfm.need_attention');
    expect(rfmSegment(1, 5)).toBe('rfm.cant_lose');
    expect(rfmSegment(2, 3)).toBe('rfm.at_risk');
    expect(rfmSegment(1, 1)).toBe('rfm.hibernating');
  });

  it('score customers by recency, frequency and net spend (hand computation)', () => {
    // As of 2024-12-31: P last bought 1 day before, 5 purchases of 100; Q 10 days, 4; R 20 days, 3;
    // S 30 days, 2; T 40 days, 1. All five values differ, so each measure scores 5, 4, 3, 2, 1
    // (recency: fewer days scores higher). Segments: (5,5) champions, (4,4) loyal,
    // (3,3) need attention, (2,2) and (1,1) hibernating.
    const rows: Row[] = [];
    const plan: [string, number, number][] = [
      ['P', 1, 5],
      ['Q', 10, 4],
      ['R', 20, 3],
      ['S', 30, 2],
      ['T', 40, 1],
    ];
    for (const [id, recency, times] of plan) {
      for (let i = 0; i < times; i++) rows.push([id, new Date(Date.UTC(2024, 11, 31 - recency - i * 50)).toISOString().slice(0, 10), 100]);
    }
    // A refund makes nobody active but lowers monetary: T's net is 100 − 30 = 70, still the lowest.
    rows.push(['T', '2024-12-30', -30]);
    const out = rfm(tableOf(rows), { asOfDay: dayOfIso('2024-12-31')! });
    expect(out.map((x) => [x.customer, x.recencyDays, x.frequency, x.monetary, x.r, x.f, x.m, x.segment])).toEqual([
      ['P', 1, 5, 500, 5, 5, 5, 'rfm.champions'],
      ['Q', 10, 4, 400, 4, 4, 4, 'rfm.loyal'],
      ['R', 20, 3, 300, 3, 3, 3, 'rfm.need_attention'],
      ['S', 30, 2, 200, 2, 2, 2, 'rfm.hibernating'],
      ['T', 40, 1, 70, 1, 1, 1, 'rfm.hibernating'],
    ]);
  });

  it('measure recency to `to`, or to the last order day, and skip refund-only customers', () => {
    const t = tableOf([
      ['A', '2024-01-01', 10],
      ['B', '2024-01-05', 10],
      ['Z', '2024-01-09', -10],
    ]);
    // Last order day 2024-01-09 (Z's refund): A 8 days, B 4 days. Z made no purchase.
    expect(rfm(t).map((x) => [x.customer, x.recencyDays])).toEqual([
      ['A', 8],
      ['B', 4],
    ]);
    // to = 2024-01-06 → A 5 days, B 1 day.
    expect(rfm(t, { to: dayOfIso('2024-01-06')! }).map((x) => x.recencyDays)).toEqual([5, 1]);
    expect(() => rfm(t, { to: dayOfIso('2023-12-31')! })).toThrowError(new MetricError('no_purchases'));
  });

  it('count refunds as purchases with includeRefunds (hand computation)', () => {
    const t = tableOf([
      ['A', '2024-01-01', 10],
      ['B', '2024-01-05', 10],
      ['A', '2024-01-07', -4],
      ['Z', '2024-01-09', -10],
    ]);
    // Without: A and B bought; A's refund lowers its money (10 − 4 = 6) but not its last purchase
    // (2024-01-01, 8 days before the last order day 2024-01-09).
    expect(rfm(t).map((x) => [x.customer, x.recencyDays, x.frequency, x.monetary])).toEqual([
      ['A', 8, 1, 6],
      ['B', 4, 1, 10],
    ]);
    // With: A bought twice (last 2024-01-07, 2 days), Z once (0 days, −10). n = 3, score =
    // 1 + ⌊5 × (worse values) / 3⌋: R (fewer days better): A beats B → 2, B → 1, Z beats both → 4;
    // F: A beats B and Z → 4, B and Z → 1; M: A (6) beats Z → 2, B (10) beats both → 4, Z → 1.
    // Segments: (2, 4) at risk, (1, 1) hibernating, (4, 1) promising.
    expect(rfm(t, { includeRefunds: true }).map((x) => [x.customer, x.recencyDays, x.frequency, x.monetary, x.r, x.f, x.m, x.segment])).toEqual([
      ['A', 2, 2, 6, 2, 4, 2, 'rfm.at_risk'],
      ['B', 4, 1, 10, 1, 1, 4, 'rfm.hibernating'],
      ['Z', 0, 1, -10, 4, 1, 1, 'rfm.promising'],
    ]);
  });

  it('use only the orders from `from` on (hand computation)', () => {
    const t = tableOf([
      ['A', '2024-01-01', 10],
      ['B', '2024-01-05', 10],
      ['A', '2024-01-06', 5],
      ['A', '2024-01-07', -4],
      ['Z', '2024-01-09', -10],
    ]);
    // From 2024-01-05: A's 2024-01-01 order is out, so A bought once (2024-01-06) for 5 − 4 = 1,
    // 3 days before the last order day; B once, 10, 4 days. n = 2: R: A beats B → 1 + ⌊5/2⌋ = 3,
    // B → 1; F: 1 and 1; M: B beats A → 3, A → 1. Segments (3, 1) about to sleep, (1, 1) hibernating.
    expect(rfm(t, { from: dayOfIso('2024-01-05')! }).map((x) => [x.customer, x.recencyDays, x.frequency, x.monetary, x.r, x.f, x.m, x.segment])).toEqual([
      ['A', 3, 1, 1, 3, 1, 1, 'rfm.about_to_sleep'],
      ['B', 4, 1, 10, 1, 1, 3, 'rfm.hibernating'],
    ]);
    // From after the last purchase: nobody bought.
    expect(() => rfm(t, { from: dayOfIso('2024-01-08')! })).toThrowError(new MetricError('no_purchases'));
    expect(() => rfm(t, { from: dayOfIso('2024-01-08')!, to: dayOfIso('2024-01-07')! })).toThrowError(new MetricError('invalid_period', { name: 'from > to' }));
  });

  it('give equal values equal scores and better values no lower scores (naive check)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 50 }), (values) => {
        const scores = quintileScores(values);
        values.forEach((v, i) => {
          // Naive: count strictly smaller values with a filter.
          const below = values.filter((x) => x < v).length;
          expect(scores[i]).toBe(1 + Math.floor((5 * below) / values.length));
          expect(scores[i] >= 1 && scores[i] <= 5).toBe(true);
        });
        // Row order changes nothing: reversed values get the reversed scores.
        expect(quintileScores([...values].reverse())).toEqual([...scores].reverse());
      }),
    );
  });
});

describe('RFM ranking without comparisons per pair', () => {
  // Any finite or infinite double, with ties, zeros of both signs and NaN made likely.
  const double = fc.oneof(fc.double(), fc.constantFrom(0, -0, 1, -1, 2.5, Infinity, -Infinity, NaN));

  it('order values like a stable comparator sort (−0 as 0, NaN last)', () => {
    expect(Array.from(ascendingOrder(Float64Array.of(3, -1, 2)))).toEqual([1, 2, 0]);
    // 0 and −0 are equal, so they keep their entry order; NaN goes last.
    expect(Array.from(ascendingOrder(Float64Array.of(NaN, 0, -0, -Infinity, 1e-300, -1e-300)))).toEqual([3, 5, 1, 2, 4, 0]);
    fc.assert(
      fc.property(fc.array(double, { maxLength: 300 }), (values) => {
        const key = (v: number) => (Number.isNaN(v) ? Infinity : v);
        const naive = values.map((_, i) => i).sort((a, b) => {
          const [x, y] = [values[a], values[b]];
          if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
          return key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : a - b;
        });
        expect(Array.from(ascendingOrder(Float64Array.from(values)))).toEqual(naive);
      }),
    );
  });

  it('score any doubles as 1 + ⌊5 × (values strictly below) / n⌋ (the definition, counted naively)', () => {
    fc.assert(
      fc.property(fc.array(double, { minLength: 1, maxLength: 300 }), (values) => {
        const expected = values.map((v) => 1 + Math.floor((5 * values.filter((x) => x < v).length) / values.length));
        expect(quintileScores(values)).toEqual(expected);
      }),
    );
  });

  // Random shops of up to 12 customers: small amounts and days, so ties in every measure are common.
  const shop = fc.array(
    fc.tuple(fc.constantFrom('9', '10', 'a', 'B', 'b', 'C-1', 'C-10', 'C-2', 'z', '0', '-3', 'é'), fc.integer({ min: 0, max: 30 }), fc.constantFrom(-5, 5, 10, 15)),
    { minLength: 1, maxLength: 40 },
  );
  const tableOfShop = (orders: [string, number, number][]) => tableOf(orders.map(([id, day, amount]): Row => [id, isoFromOffset(day), amount]));

  it('give rfm() the scores of the definition, recency scored by fewer days (naive check)', () => {
    fc.assert(
      fc.property(shop, (orders) => {
        fc.pre(orders.some(([, , amount]) => amount > 0));
        const rows = rfm(tableOfShop(orders));
        const n = rows.length;
        const score = (better: (x: RfmRow) => boolean) => 1 + Math.floor((5 * rows.filter(better).length) / n);
        for (const row of rows) {
          expect(row.r).toBe(score((x) => x.recencyDays > row.recencyDays));
          expect(row.f).toBe(score((x) => x.frequency < row.frequency));
          expect(row.m).toBe(score((x) => x.monetary < row.monetary));
          expect(row.segment).toBe(rfmSegment(row.r, row.f));
        }
        // rfmColumns holds the same customers, in table order.
        const columns = rfmColumns(tableOfShop(orders));
        expect(Array.from(columns.customer, (c) => tableOfShop(orders).customerIds[c])).toEqual(rows.map((x) => x.customer));
      }),
    );
  });

  it('sort by monetary value, highest first, then by customer id as text, like a comparator sort of the rows', () => {
    // Hand example: '10' < '9' as text, so with equal amounts customer 10 comes first; 'B' < 'a'.
    const t = tableOf([
      ['9', '2024-01-01', 10],
      ['a', '2024-01-01', 20],
      ['10', '2024-01-02', 10],
      ['B', '2024-01-02', 20],
    ]);
    const order = byMonetary(rfmColumns(t), t.customerIds);
    expect(Array.from(order, (i) => t.customerIds[rfmColumns(t).customer[i]])).toEqual(['B', 'a', '10', '9']);
    fc.assert(
      fc.property(shop, (orders) => {
        fc.pre(orders.some(([, , amount]) => amount > 0));
        const table = tableOfShop(orders);
        // The previous definition: the row objects sorted with this comparator.
        const expected = rfm(table)
          .sort((a, b) => b.monetary - a.monetary || (a.customer < b.customer ? -1 : a.customer > b.customer ? 1 : 0))
          .map((x) => x.customer);
        const columns = rfmColumns(table);
        expect(Array.from(byMonetary(columns, table.customerIds), (i) => table.customerIds[columns.customer[i]])).toEqual(expected);
      }),
    );
  });
});

describe('descendingThenById', () => {
  it('orders by value, highest first, then by id, like a comparator sort (property)', () => {
    // Few distinct values and ids, so long runs of equal values (the > 8 branch) and short ones occur.
    const entries = fc.array(fc.tuple(fc.constantFrom(-2.5, 0, 1, 7.25, 1e9), fc.constantFrom('a', 'b', 'c', 'aa', 'Z', '10', '9')), { maxLength: 60 });
    fc.assert(
      fc.property(entries, (pairs) => {
        const values = Float64Array.from(pairs, ([v]) => v);
        const ids = pairs.map(([, id]) => id);
        const got = Array.from(descendingThenById(values, (e) => ids[e]));
        const expected = pairs.map((_, i) => i).sort((a, b) => values[b] - values[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
        // Entries with the same value and id may come in either order: compare what they hold.
        expect(got.map((e) => [values[e], ids[e]])).toEqual(expected.map((e) => [values[e], ids[e]]));
      }),
    );
  });
});

describe('RFM at its edges (hand computation)', () => {
  it('takes a one-day period, and counts an order of 0 as no purchase', () => {
    // On 2024-03-05: A bought 20, B's only order is 0 (a free sample), C bought 5.
    const table = tableOf([
      ['A', '2024-03-05', 20],
      ['B', '2024-03-05', 0],
      ['C', '2024-03-05', 5],
      ['A', '2024-03-06', 9],
    ]);
    const day = dayOfIso('2024-03-05')!;
    const rows = rfm(table, { from: day, to: day });
    expect(rows.map((x) => [x.customer, x.frequency, x.monetary, x.recencyDays])).toEqual([
      ['A', 1, 20, 0],
      ['C', 1, 5, 0],
    ]);
    expect(() => rfm(table, { from: day + 1, to: day })).toThrowError(new MetricError('invalid_period', { name: 'from > to' }));
  });

  it('orders −0 with 0 (entry order) and below it only negatives', () => {
    // Ascending: −1 (entry 2), then 0 and −0 as equals in entry order (0, 1), then 4 (entry 3).
    expect(Array.from(ascendingOrder(Float64Array.of(0, -0, -1, 4)))).toEqual([2, 0, 1, 3]);
    expect(Array.from(ascendingOrder(Float64Array.of(-0, 0)))).toEqual([0, 1]);
  });

  it('sorts a long run of equal values by id as text (more than 8 ties)', () => {
    // Twelve customers with 50 each and one with 80: 80 first, then the twelve ids in text order.
    const ids = ['k', 'c', '10', 'a', 'j', 'b', '9', 'h', 'e', 'g', 'd', 'f'];
    const values = Float64Array.from([...ids.map(() => 50), 80]);
    const order = Array.from(descendingThenById(values, (e) => [...ids, 'top'][e]));
    expect(order.map((e) => [...ids, 'top'][e])).toEqual(['top', '10', '9', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'j', 'k']);
  });
});
