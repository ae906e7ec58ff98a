/**
 * Random shops (fast-check) through the built bundle, each function compared with a naive
 * re-implementation written here with strings, Sets and ISO dates; and the invariants.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { col, sheetHost, type Cell } from './helpers';

interface Order {
  customer: string;
  iso: string; // wall-clock day
  amount: number;
}

const ZONE = 'Europe/Warsaw';
let host: LocalHost;
beforeAll(async () => {
  host = await sheetHost(ZONE, 'en_GB');
});

// --- naive helpers: ISO strings, Date.UTC only for day arithmetic -----------------------------
const dayMs = 86_400_000;
const isoPlus = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / dayMs);
const inRange = (iso: string, from: string, to: string) => iso >= from && iso <= to;
const monthsBetween = (a: string, b: string) => (Number(b.slice(0, 4)) - Number(a.slice(0, 4))) * 12 + Number(b.slice(5, 7)) - Number(a.slice(5, 7));

function naiveCounts(orders: Order[], from: string, to: string) {
  const w = daysBetween(from, to) + 1;
  const purchases = orders.filter((o) => o.amount > 0);
  const startFrom = isoPlus(from, -w);
  const endFrom = isoPlus(to, 1 - w);
  const S = new Set(purchases.filter((o) => o.iso >= startFrom && o.iso < from).map((o) => o.customer));
  const active = new Set(purchases.filter((o) => inRange(o.iso, endFrom, to)).map((o) => o.customer));
  const first = new Map<string, string>();
  for (const o of purchases) if (!first.has(o.customer) || o.iso < first.get(o.customer)!) first.set(o.customer, o.iso);
  const isNew = (c: string) => inRange(first.get(c)!, from, to);
  const N = [...first.keys()].filter(isNew).length;
  const kept = [...S].filter((c) => active.has(c)).length;
  const lost = S.size - kept;
  const wonBack = [...active].filter((c) => !S.has(c) && !isNew(c)).length;
  // E: the customers at the end who were customers at the start, plus the new ones.
  return { S: S.size, E: kept + N, N, lost, kept, wonBack };
}

function naiveDescriptive(orders: Order[], from: string, to: string) {
  const inside = orders.filter((o) => inRange(o.iso, from, to));
  const revenue = inside.reduce((sum, o) => sum + o.amount, 0);
  const byCustomer = new Map<string, string[]>();
  for (const o of inside) if (o.amount > 0) byCustomer.set(o.customer, [...(byCustomer.get(o.customer) ?? []), o.iso]);
  const customers = byCustomer.size;
  let purchases = 0;
  let repeat = 0;
  let span = 0;
  let gaps = 0;
  let gapCount = 0;
  for (const days of byCustomer.values()) {
    const sorted = [...days].sort();
    purchases += sorted.length;
    if (sorted.length >= 2) repeat++;
    span += daysBetween(sorted[0], sorted[sorted.length - 1]);
    for (let i = 1; i < sorted.length; i++) {
      gaps += daysBetween(sorted[i - 1], sorted[i]);
      gapCount++;
    }
  }
  return { revenue, customers, purchases, repeat, span, gaps, gapCount };
}

/** Month cohort table, "on" counts: cohort = month of first purchase ever; cell k = customers buying in month c + k. */
function naiveCohorts(orders: Order[]): Map<string, number[]> {
  const purchases = orders.filter((o) => o.amount > 0);
  const first = new Map<string, string>();
  for (const o of purchases) if (!first.has(o.customer) || o.iso < first.get(o.customer)!) first.set(o.customer, o.iso);
  const lastMonth = purchases.map((o) => o.iso.slice(0, 7)).sort().pop()!;
  const table = new Map<string, Set<string>[]>();
  for (const iso of first.values()) {
    const month = iso.slice(0, 7);
    if (!table.has(month)) table.set(month, Array.from({ length: monthsBetween(month, lastMonth) + 1 }, () => new Set<string>()));
  }
  for (const o of purchases) {
    const cohort = first.get(o.customer)!.slice(0, 7);
    table.get(cohort)![monthsBetween(cohort, o.iso.slice(0, 7))].add(o.customer);
  }
  return new Map([...table].map(([month, sets]) => [month, sets.map((s) => s.size)]));
}

// --- generators --------------------------------------------------------------------------------
const isoDay = fc.integer({ min: 0, max: 400 }).map((d) => isoPlus('2023-06-01', d));
const order = fc.record({
  customer: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '1001', 'x@shop.pl'),
  iso: isoDay,
  amount: fc.oneof(fc.integer({ min: 1, max: 500 }), fc.integer({ min: -100, max: 0 })),
  minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
});
const shop = fc.array(order, { minLength: 1, maxLength: 60 });
const period = fc.tuple(isoDay, fc.integer({ min: 0, max: 90 })).map(([from, len]) => [from, isoPlus(from, len)] as const);

/** The ranges a sheet in Warsaw gives: Date cells of the wall time (day + minute) in the zone. */
function ranges(orders: (Order & { minute: number })[]): [Cell[][], Cell[][], Cell[][]] {
  const date = (o: Order & { minute: number }) => {
    const [y, m, d] = o.iso.split('-').map(Number);
    return wallDate(Date.UTC(y, m - 1, d, 0, o.minute));
  };
  return [col(orders.map((o) => o.customer)), col(orders.map(date)), col(orders.map((o) => o.amount))];
}

let wallDate: (wallMs: number) => Date;
beforeAll(async () => {
  const { wallToInstant } = await import('../../../src/local/host/time');
  wallDate = (ms) => new Date(wallToInstant(ms, ZONE));
});

/** The function's value, or the error as 'error' (the naive side decides when that is right). */
function value(fn: string, ...args: unknown[]): number | 'error' {
  try {
    return host.runCustomFunction(fn, ...args) as number;
  } catch {
    return 'error';
  }
}

const close = (actual: number | 'error', expected: number | 'error') =>
  expected === 'error' ? expect(actual).toBe('error') : expect(actual as number).toBeCloseTo(expected, 9);

describe('against naive re-implementations', () => {
  it('CRR, CHURN and the counts of RETENTION_SUMMARY', () => {
    fc.assert(
      fc.property(shop, period, (orders, [from, to]) => {
        const [A, B, C] = ranges(orders);
        const n = naiveCounts(orders, from, to);
        close(value('CRR', A, B, C, from, to), n.S === 0 ? 'error' : (n.E - n.N) / n.S);
        close(value('CHURN', A, B, C, from, to), n.S === 0 ? 'error' : n.lost / n.S);
        const counts = (host.runCustomFunction('RETENTION_SUMMARY', A, B, C, from, to) as Cell[][]).slice(0, 6).map((row) => row[1]);
        expect(counts).toEqual([n.S, n.E, n.N, n.lost, n.kept, n.wonBack]);
      }),
      { numRuns: 40 },
    );
  });

  it('CLV, AOV, PURCHASE_FREQUENCY, REPEAT_PURCHASE_RATE, AVG_RETENTION_PERIOD, AVG_DAYS_BETWEEN_PURCHASES', () => {
    fc.assert(
      fc.property(shop, period, (orders, [from, to]) => {
        const [A, B, C] = ranges(orders);
        const n = naiveDescriptive(orders, from, to);
        const none = n.customers === 0;
        close(value('CLV', A, B, C, '', from, to), none ? 'error' : n.revenue / n.customers);
        close(value('AOV', A, B, C, from, to), none ? 'error' : n.revenue / n.purchases);
        close(value('PURCHASE_FREQUENCY', A, B, C, from, to), none ? 'error' : n.purchases / n.customers);
        close(value('REPEAT_PURCHASE_RATE', A, B, C, from, to), none ? 'error' : n.repeat / n.customers);
        close(value('AVG_RETENTION_PERIOD', A, B, C, 'day', from, to), none ? 'error' : n.span / n.customers);
        close(value('AVG_DAYS_BETWEEN_PURCHASES', A, B, C, from, to), n.gapCount === 0 ? 'error' : n.gaps / n.gapCount);
      }),
      { numRuns: 40 },
    );
  });

  it('COHORT_TABLE by month ("on" counts)', () => {
    fc.assert(
      fc.property(shop, (orders) => {
        const [A, B, C] = ranges(orders);
        const result = value('COHORT_TABLE', A, B, C, 'month', 'on', 'counts') as unknown;
        if (!orders.some((o) => o.amount > 0)) {
          expect(result).toBe('error');
          return;
        }
        const rows = (result as Cell[][]).slice(1);
        const expected = naiveCohorts(orders);
        expect(rows.map((r) => r[0])).toEqual([...expected.keys()].sort());
        for (const row of rows) {
          const cells = expected.get(row[0] as string)!;
          expect(row.slice(2, 2 + cells.length)).toEqual(cells);
          expect(row[1]).toBe(cells[0]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('NPS', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 10 }), fc.constant('')), { minLength: 1, maxLength: 40 }), (answers) => {
        const given = answers.filter((a): a is number => a !== '');
        const expected = given.length === 0 ? 'error' : ((given.filter((a) => a >= 9).length - given.filter((a) => a <= 6).length) / given.length) * 100;
        close(value('NPS', col(answers)), expected);
      }),
      { numRuns: 60 },
    );
  });
});

describe('invariants', () => {
  it('CRR + CHURN = 1 and 0 ≤ CRR ≤ 1 whenever S > 0; end = kept + new; lost = start − kept (any window)', () => {
    fc.assert(
      fc.property(shop, period, fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }), (orders, [from, to], w) => {
        const [A, B, C] = ranges(orders);
        const window = w ?? '';
        const [start, end, fresh, lost, kept, wonBack] = (host.runCustomFunction('RETENTION_SUMMARY', A, B, C, from, to, window) as Cell[][])
          .slice(0, 6)
          .map((row) => row[1] as number);
        expect(end).toBe(kept + fresh);
        expect(lost).toBe(start - kept);
        expect(wonBack).toBeGreaterThanOrEqual(0);
        if (start === 0) {
          expect(value('CRR', A, B, C, from, to, window)).toBe('error');
          return;
        }
        const crr = value('CRR', A, B, C, from, to, window) as number;
        const churn = value('CHURN', A, B, C, from, to, window) as number;
        expect(crr + churn).toBeCloseTo(1, 12);
        expect(crr).toBeGreaterThanOrEqual(0);
        expect(crr).toBeLessThanOrEqual(1);
      }),
      { numRuns: 40 },
    );
  });

  it('row order changes no result', () => {
    fc.assert(
      fc.property(shop, period, fc.integer(), (orders, [from, to], seed) => {
        const shuffled = [...orders].sort((x, y) => ((x.minute * 31 + x.amount * 7 + seed) % 13) - ((y.minute * 31 + y.amount * 7 + seed) % 13));
        const [A, B, C] = ranges(orders);
        const [A2, B2, C2] = ranges(shuffled);
        for (const [fn, rest] of [['CRR', [from, to]], ['AOV', [from, to]], ['AVG_DAYS_BETWEEN_PURCHASES', [from, to]], ['COHORT_TABLE', []], ['RFM', []]] as const) {
          const a = JSON.stringify(value(fn, A, B, C, ...rest));
          const b = JSON.stringify(value(fn, A2, B2, C2, ...rest));
          if (fn === 'AOV' && a !== b) close(JSON.parse(b), JSON.parse(a)); // float sums may differ in the last bit
          else expect(b, fn).toBe(a);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('cohort sizes sum to the customers with a purchase; "on" ≤ size; "on or after" never increases', () => {
    fc.assert(
      fc.property(shop, fc.constantFrom('day', 'week', 'month', 'quarter'), (orders, period) => {
        const [A, B, C] = ranges(orders);
        const buyers = new Set(orders.filter((o) => o.amount > 0).map((o) => o.customer)).size;
        if (buyers === 0) return;
        const on = (host.runCustomFunction('COHORT_TABLE', A, B, C, period, 'on', 'counts') as Cell[][]).slice(1);
        const after = (host.runCustomFunction('COHORT_TABLE', A, B, C, period, 'on or after', 'counts') as Cell[][]).slice(1);
        expect(on.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(buyers);
        for (const row of on) for (const cell of row.slice(2)) if (cell !== '') expect(cell).toBeLessThanOrEqual(row[1] as number);
        for (const row of after) {
          const cells = row.slice(2).filter((c) => c !== '') as number[];
          for (let k = 1; k < cells.length; k++) expect(cells[k]).toBeLessThanOrEqual(cells[k - 1]);
        }
      }),
      { numRuns: 30 },
    );
  });
});
