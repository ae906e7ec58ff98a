import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cohortTable, type CohortOptions } from '../../../src/core/cohort';
import { dayOfIso } from '../../../src/core/days';
import type { Period, WeekStart } from '../../../src/core/types';
import { isoFromOffset, tableOf, type Row } from '../metrics/orderTable';

/**
 * A small shop, by month (data ends 2024-04-15, so the months are January–April 2024):
 *   A: 01-05 (10), 01-20 (5), 03-02 (20)        → cohort January, active January and March
 *   B: 01-31 (15), refund 02-01 (−15)            → cohort January, active January only
 *   C: refund 2023-12-15 (−30), 02-10 (30), 02-11 (10), 04-01 (40) → cohort February (first purchase)
 *   D: 02-29 (25), 03-01 (25)                    → cohort February, active February and March
 *   E: refund 03-20 (−8), 04-15 (50)             → cohort April (the refund precedes it: no cell)
 *   Z: refund 03-10 (−5) only                    → no purchase, no cohort
 */
const rows: Row[] = [
  ['A', '2024-01-05', 10],
  ['B', '2024-01-31', 15],
  ['C', '2023-12-15', -30],
  ['A', '2024-01-20', 5],
  ['B', '2024-02-01', -15],
  ['C', '2024-02-10', 30],
  ['C', '2024-02-11', 10],
  ['D', '2024-02-29', 25],
  ['A', '2024-03-02', 20],
  ['D', '2024-03-01', 25],
  ['Z', '2024-03-10', -5],
  ['E', '2024-03-20', -8],
  ['C', '2024-04-01', 40],
  ['E', '2024-04-15', 50],
];
const shop = tableOf(rows);
const rowsOf = (t: ReturnType<typeof cohortTable>) => t.cohorts.map((c) => [c.label, c.customers, c.active, c.values]);

describe('cohort table', () => {
  it('counts customers active in each period ("on") with the weighted average (hand computation)', () => {
    const t = cohortTable(shop, { period: 'month' });
    // January (A, B): January both; February nobody (B's order is a refund); March A; April nobody.
    // February (C, D): February both; March D; April C. March: no first purchase → no row. April (E).
    expect(rowsOf(t)).toEqual([
      ['2024-01', 2, [2, 0, 1, 0], [2, 0, 1, 0]],
      ['2024-02', 2, [2, 1, 1], [2, 1, 1]],
      ['2024-04', 1, [1], [1]],
    ]);
    expect(t.cohorts.map((c) => c.startDay)).toEqual([dayOfIso('2024-01-01'), dayOfIso('2024-02-01'), dayOfIso('2024-04-01')]);
    expect(t.periodsCount).toBe(4);
    // k=0: 5/5; k=1: (0 + 1)/(2 + 2); k=2: (1 + 1)/(2 + 2); k=3: January only, 0/2.
    expect(t.weightedAverage).toEqual([1, 0.25, 0.5, 0]);
  });

  it('counts customers up to their last purchase ("on or after", hand computation)', () => {
    // January: A last buys in March (k=2), B in January (k=0) → [2, 1, 1, 0].
    // February: C last in April (k=2), D in March (k=1) → [2, 2, 1].
    const t = cohortTable(shop, { period: 'month', mode: 'onOrAfter' });
    expect(t.cohorts.map((c) => c.active)).toEqual([[2, 1, 1, 0], [2, 2, 1], [1]]);
    // k=1: (1 + 2)/4; k=2: (1 + 1)/4; k=3: 0/2.
    expect(t.weightedAverage).toEqual([1, 0.75, 0.5, 0]);
  });

  it('sums net revenue, refunds included, and its running sum per customer (hand computation)', () => {
    // January: January 10 + 5 + 15 = 30; February B's refund −15; March 20; April 0.
    // February: February 30 + 10 + 25 = 65; March 25; April 40 (C's 2023 refund precedes the cohort: no cell).
    // April: 50 (E's March refund precedes the cohort: no cell).
    const revenue = cohortTable(shop, { period: 'month', metric: 'revenue' });
    expect(revenue.cohorts.map((c) => c.values)).toEqual([[30, -15, 20, 0], [65, 25, 40], [50]]);
    expect(revenue.cohorts[0].active).toEqual([2, 0, 1, 0]);
    // Cumulative per customer: January /2 → 15, 7.5, 17.5, 17.5; February /2 → 32.5, 45, 65; April 50.
    const ltv = cohortTable(shop, { period: 'month', metric: 'cumulativeRevenuePerCustomer' });
    expect(ltv.cohorts.map((c) => c.values)).toEqual([[15, 7.5, 17.5, 17.5], [32.5, 45, 65], [50]]);
  });

  it('counts refunds as activity when asked (hand computation)', () => {
    // Every order counts: C's first order is 2023-12-15 (cohort December 2023), Z and E (03-20) join March.
    // December (C): Dec, Feb, Apr → [1, 0, 1, 0, 1]. January (A, B): Feb has B's refund → [2, 1, 1, 0].
    // February (D): [1, 1, 0]. March (Z, E): [2, 1] (E in April).
    const t = cohortTable(shop, { period: 'month', includeRefunds: true });
    expect(rowsOf(t).map(([label, , active]) => [label, active])).toEqual([
      ['2023-12', [1, 0, 1, 0, 1]],
      ['2024-01', [2, 1, 1, 0]],
      ['2024-02', [1, 1, 0]],
      ['2024-03', [2, 1]],
    ]);
  });

  it('assigns cohorts by first purchase ever and shows those starting in the range (hand computation)', () => {
    // from 2024-01-10: A first bought 01-05, before the range, so the January row has B only.
    const fromJan10 = cohortTable(shop, { period: 'month', from: dayOfIso('2024-01-10')! });
    expect(rowsOf(fromJan10)[0]).toEqual(['2024-01', 1, [1, 0, 0, 0], [1, 0, 0, 0]]);
    // February–March: C and D only (E starts in April); orders after 03-31 are ignored, the last
    // order left is Z's refund of 03-10, so the periods are February and March.
    const febMar = cohortTable(shop, { period: 'month', from: dayOfIso('2024-02-01')!, to: dayOfIso('2024-03-31')! });
    expect(rowsOf(febMar)).toEqual([['2024-02', 2, [2, 1], [2, 1]]]);
    expect(febMar.periodsCount).toBe(2);
    expect(() => cohortTable(shop, { period: 'month', from: dayOfIso('2024-03-01')!, to: dayOfIso('2024-02-01')! })).toThrow(
      'the period must end after it starts (from > to)',
    );
    // Nobody's first purchase in 2025.
    expect(cohortTable(shop, { period: 'month', from: dayOfIso('2025-01-01')! })).toEqual({
      period: 'month',
      cohorts: [],
      periodsCount: 0,
      weightedAverage: [],
    });
  });

  it('lists the periods up to the data end given, and none beyond (hand computation)', () => {
    // Data until 2024-05-31: May has started, so every row gains a May cell.
    const may = cohortTable(shop, { period: 'month', dataEndDay: dayOfIso('2024-05-31')! });
    expect(may.cohorts.map((c) => c.active)).toEqual([[2, 0, 1, 0, 0], [2, 1, 1, 0], [1, 0]]);
    // Data until 2024-02-15: D (02-29) and later orders are beyond it. January [2, 0]; February (C) [1].
    const midFeb = cohortTable(shop, { period: 'month', dataEndDay: dayOfIso('2024-02-15')! });
    expect(rowsOf(midFeb)).toEqual([
      ['2024-01', 2, [2, 0], [2, 0]],
      ['2024-02', 1, [1], [1]],
    ]);
  });

  it('gives each cohort its values apart from its counts: changing one leaves the other', () => {
    const table = cohortTable(shop, { period: 'month' });
    const january = table.cohorts[0];
    january.values[1] = 99;
    expect(january.active).toEqual([2, 0, 1, 0]);
  });

  it('labels weeks by their start day and quarters as YYYY-Qn (hand computation)', () => {
    const t = tableOf([
      ['A', '2024-05-12', 10], // Sunday
      ['A', '2024-05-13', 10], // Monday
      ['B', '2024-05-20', 10], // Monday
    ]);
    // Monday weeks: A's Sunday is in the week of Monday 05-06, then week 05-13; B week 05-20.
    expect(rowsOf(cohortTable(t, { period: 'week', weekStart: 'monday' }))).toEqual([
      ['2024-05-06', 1, [1, 1, 0], [1, 1, 0]],
      ['2024-05-20', 1, [1], [1]],
    ]);
    // Without a week start the weeks start on Monday.
    expect(rowsOf(cohortTable(t, { period: 'week' }))).toEqual(rowsOf(cohortTable(t, { period: 'week', weekStart: 'monday' })));
    expect(cohortTable(t, { period: 'week' }).cohorts.map((c) => c.label)).toEqual(['2024-05-06', '2024-05-20']);
    // Sunday weeks: 05-12 and 05-13 share the week of Sunday 05-12; B's 05-20 is in the week of 05-19.
    expect(rowsOf(cohortTable(t, { period: 'week', weekStart: 'sunday' }))).toEqual([
      ['2024-05-12', 1, [1, 0], [1, 0]],
      ['2024-05-19', 1, [1], [1]],
    ]);
    expect(cohortTable(shop, { period: 'quarter' }).cohorts.map((c) => [c.label, c.active])).toEqual([
      ['2024-Q1', [4, 1]], // A, B, C, D; in Q2 only C (04-01)
      ['2024-Q2', [1]],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// The naive definition: Sets of strings, ISO dates, labels from Date.

function naiveLabel(iso: string, period: Period, weekStart: WeekStart): string {
  if (period === 'day') return iso;
  if (period === 'month') return iso.slice(0, 7);
  if (period === 'quarter') return `${iso.slice(0, 4)}-Q${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
  const date = new Date(`${iso}T00:00:00Z`);
  const back = (date.getUTCDay() - (weekStart === 'monday' ? 1 : 0) + 7) % 7;
  return new Date(date.getTime() - back * 86_400_000).toISOString().slice(0, 10);
}

function nextIso(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function naiveCohorts(input: readonly Row[], o: CohortOptions & { fromIso?: string; toIso?: string; dataEndIso?: string }) {
  const weekStart = o.weekStart ?? 'monday';
  const label = (iso: string) => naiveLabel(iso, o.period, weekStart);
  const limit = [o.toIso, o.dataEndIso].filter((x): x is string => x !== undefined).sort()[0];
  const orders = input.filter((r) => limit === undefined || r[1] <= limit);
  if (orders.length === 0) return [];
  const end = o.dataEndIso !== undefined ? limit! : orders.map((r) => r[1]).sort().reverse()[0];
  const purchases = orders.filter((r) => o.includeRefunds || r[2] > 0);
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  for (const [id, iso] of purchases) {
    if (!first.has(id) || iso < first.get(id)!) first.set(id, iso);
    if (!last.has(id) || iso > last.get(id)!) last.set(id, iso);
  }
  const shown = [...first].filter(([, iso]) => iso >= (o.fromIso ?? '') && iso <= end);
  if (shown.length === 0) return [];
  // Every period label from the earliest shown first purchase to the end, day by day.
  const labels: string[] = [];
  for (let iso = shown.map(([, f]) => f).sort()[0]; iso <= end; iso = nextIso(iso)) {
    if (labels[labels.length - 1] !== label(iso)) labels.push(label(iso));
  }
  const activeKeys = new Set(purchases.map(([id, iso]) => `${id}|${label(iso)}`));
  const out: { label: string; customers: number; active: number[]; values: number[] }[] = [];
  labels.forEach((cohortLabel, pos) => {
    const members = shown.filter(([, f]) => label(f) === cohortLabel).map(([id]) => id);
    if (members.length === 0) return;
    const active: number[] = [];
    const revenue: number[] = [];
    for (let p = pos; p < labels.length; p++) {
      active.push(
        members.filter((id) =>
          o.mode === 'onOrAfter' ? labels.indexOf(label(last.get(id)!)) >= p : activeKeys.has(`${id}|${labels[p]}`),
        ).length,
      );
      revenue.push(orders.filter((r) => members.includes(r[0]) && label(r[1]) === labels[p]).reduce((s, r) => s + r[2], 0));
    }
    let sum = 0;
    const values =
      o.metric === 'revenue'
        ? revenue
        : o.metric === 'cumulativeRevenuePerCustomer'
          ? revenue.map((v) => (sum += v) / members.length)
          : active;
    out.push({ label: cohortLabel, customers: members.length, active, values });
  });
  return out;
}

const rowsArb = fc.array(
  fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'), fc.integer({ min: 0, max: 400 }), fc.integer({ min: -20, max: 60 })),
  { maxLength: 50 },
);
const optionsArb = fc.record({
  period: fc.constantFrom<Period>('day', 'week', 'month', 'quarter'),
  weekStart: fc.constantFrom<WeekStart>('monday', 'sunday'),
  mode: fc.constantFrom<'on' | 'onOrAfter'>('on', 'onOrAfter'),
  metric: fc.constantFrom<'customers' | 'revenue' | 'cumulativeRevenuePerCustomer'>('customers', 'revenue', 'cumulativeRevenuePerCustomer'),
  includeRefunds: fc.boolean(),
});
const toRows = (raw: [string, number, number][]): Row[] => raw.map(([c, o, a]) => [c, isoFromOffset(o), a]);

describe('cohort table against the naive definition', () => {
  it('agrees on random shops, periods, modes, metrics and ranges', () => {
    fc.assert(
      fc.property(
        rowsArb,
        optionsArb,
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
        fc.option(fc.integer({ min: 0, max: 450 }), { nil: undefined }),
        (raw, options, fromOffset, span, dataEndOffset) => {
          const rows = toRows(raw);
          const toOffset = fromOffset !== undefined && span !== undefined ? fromOffset + span : undefined;
          const fromIso = fromOffset === undefined ? undefined : isoFromOffset(fromOffset);
          const toIso = toOffset === undefined ? undefined : isoFromOffset(toOffset);
          const dataEndIso = dataEndOffset === undefined ? undefined : isoFromOffset(dataEndOffset);
          const t = cohortTable(tableOf(rows), {
            ...options,
            from: fromIso === undefined ? undefined : dayOfIso(fromIso)!,
            to: toIso === undefined ? undefined : dayOfIso(toIso)!,
            dataEndDay: dataEndIso === undefined ? undefined : dayOfIso(dataEndIso)!,
          });
          const naive = naiveCohorts(rows, { ...options, fromIso, toIso, dataEndIso });
          expect(t.cohorts.map(({ label, customers, active }) => ({ label, customers, active }))).toEqual(
            naive.map(({ label, customers, active }) => ({ label, customers, active })),
          );
          t.cohorts.forEach((c, i) => c.values.forEach((v, k) => expect(v).toBeCloseTo(naive[i].values[k], 9)));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('cohort table invariants', () => {
  it('hold on random shops', () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (raw, options) => {
        const rows = toRows(raw);
        const t = cohortTable(tableOf(rows), options);
        // Row order changes no result.
        expect(cohortTable(tableOf([...rows].reverse()), options)).toEqual(t);
        // Cohort sizes sum to the number of customers with a purchase.
        const buyers = new Set(rows.filter((r) => options.includeRefunds || r[2] > 0).map((r) => r[0]));
        expect(t.cohorts.reduce((s, c) => s + c.customers, 0)).toBe(buyers.size);
        t.cohorts.forEach((c, i) => {
          expect(c.active[0]).toBe(c.customers);
          // Rows shorten as cohorts get later; the first one is the longest.
          expect(c.active.length).toBeLessThanOrEqual(t.periodsCount - i);
          expect(c.values.length).toBe(c.active.length);
          for (let k = 0; k < c.active.length; k++) {
            expect(c.active[k]).toBeLessThanOrEqual(c.customers);
            if (options.mode === 'onOrAfter' && k > 0) expect(c.active[k]).toBeLessThanOrEqual(c.active[k - 1]);
          }
        });
        if (t.cohorts.length > 0) {
          expect(t.cohorts[0].active.length).toBe(t.periodsCount);
          expect(t.weightedAverage[0]).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('"on or after" never counts less than "on"', () => {
    fc.assert(
      fc.property(rowsArb, optionsArb, (raw, options) => {
        const table = tableOf(toRows(raw));
        const on = cohortTable(table, { ...options, mode: 'on' });
        const after = cohortTable(table, { ...options, mode: 'onOrAfter' });
        on.cohorts.forEach((c, i) => c.active.forEach((v, k) => expect(v).toBeLessThanOrEqual(after.cohorts[i].active[k])));
      }),
    );
  });
});
