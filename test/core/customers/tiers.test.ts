import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CustomerError,
  customerList,
  defaultTiers,
  niceNumber,
  parseTiers,
  tierHistory,
  tierIndex,
  tierValues,
  toNextTier,
  windowStart,
  type TierOptions,
} from '../../../src/core/customers';
import { isoFromOffset, tableOf, type Row } from '../metrics/orderTable';
import { civilFromDay, dayFromCivil } from '../../../src/core/days';
import { AS_OF, SHOP, day } from './shop';

const NAMES = ['Member', 'Silver', 'Gold'] as const;
const RULES = parseTiers('Member:0,Silver:500,Gold:2000');
const byId = (list: ReturnType<typeof customerList>) => Object.fromEntries(list.rows.map((r) => [r.id, [r.tier, r.toNextTier]]));
const listOf = (tiers: Omit<TierOptions, 'tiers'> & { tiers?: TierOptions['tiers'] }) =>
  customerList(tableOf(SHOP), { asOfDay: AS_OF, tiers, defaultNames: NAMES, country: 'PL' });

describe('parseTiers', () => {
  it('reads NAME:THRESHOLD entries', () => {
    expect(RULES).toEqual([{ name: 'Member', threshold: 0 }, { name: 'Silver', threshold: 500 }, { name: 'Gold', threshold: 2000 }]);
    expect(parseTiers(' Brąz : 0 , Złoto:1500.5 ')).toEqual([{ name: 'Brąz', threshold: 0 }, { name: 'Złoto', threshold: 1500.5 }]);
  });

  it('names the tier to fix', () => {
    expect(() => parseTiers('Gold')).toThrow(new CustomerError('tier_entry', { entry: 'Gold' }));
    expect(() => parseTiers('Gold:lots')).toThrow('tier "Gold": the threshold lots is not a number of 0 or more');
    expect(() => parseTiers('Gold:2000,Silver:500')).toThrow('tier "Silver": its threshold 500 must be above the previous tier\'s 2000');
    expect(() => parseTiers('A:0,a:10')).toThrow('two tiers are called "a"');
    expect(() => parseTiers(' , ')).toThrow('no tiers given');
    expect(() => parseTiers('A:-5')).toThrow('tier "A": the threshold -5 is not a number of 0 or more');
  });
});

describe('tiers on the test shop (spends in shop.ts)', () => {
  it('spend, lifetime: B5 3000 Gold; O1 900, B3 600, B2 560 (refund subtracted) Silver; the rest Member', () => {
    const list = listOf({ tiers: RULES, basis: 'spend', window: 'lifetime' });
    expect(byId(list)).toEqual({
      B5: ['Gold', null],
      O1: ['Silver', 1100], // 2000 − 900
      B3: ['Silver', 1400],
      B2: ['Silver', 1440],
      B1: ['Member', 300], // 500 − 200
      B4: ['Member', 350],
      D1: ['Member', 380],
      N1: ['Member', 450],
    });
    expect(list.tierSizes).toEqual([4, 3, 1]);
  });

  it('orders, lifetime: three purchase orders VIP, two Regular (B2\'s refund is no purchase), one Member', () => {
    const list = listOf({ tiers: parseTiers('Member:0,Regular:2,VIP:3'), basis: 'orders', window: 'lifetime' });
    expect(byId(list)).toMatchObject({ B5: ['VIP', null], B3: ['VIP', null], B4: ['VIP', null], B1: ['Regular', 1], B2: ['Regular', 1], N1: ['Member', 1] }); // 2 − 1 purchase
    expect(list.tierSizes).toEqual([3, 2, 3]);
  });

  it('spend, 12 months to 2024-06-30 (2023-07-01 … 2024-06-30): B5 bought only in 2023, so Member', () => {
    const list = listOf({ tiers: RULES, basis: 'spend', window: '12m' });
    expect(byId(list).B5).toEqual(['Member', 500]);
    expect(list.tierSizes).toEqual([5, 3, 0]);
  });

  it('windows end on the day and include both ends; 12 months before 29 February start on 1 March', () => {
    expect(windowStart(AS_OF, '12m')).toBe(day('2023-07-01'));
    expect(windowStart(day('2024-02-29'), '12m')).toBe(day('2023-03-01'));
    expect(windowStart(AS_OF, 'year')).toBe(day('2024-01-01'));
    const table = tableOf(SHOP);
    const b5 = table.customerIds.indexOf('B5');
    // On 2024-02-29: 12 months hold B5's 2023-03-02 and 2023-05-01 (2000), the year none, the lifetime all three.
    expect(tierValues(table, day('2024-02-29'), 'spend', '12m')[b5]).toBe(2000);
    expect(tierValues(table, day('2024-02-29'), 'spend', 'year')[b5]).toBe(0);
    expect(tierValues(table, day('2024-02-29'), 'spend', 'lifetime')[b5]).toBe(3000);
    expect(tierValues(table, day('2023-03-02'), 'orders', 'lifetime')[b5]).toBe(2);
  });

  it('defaults to 0, the 75th and the 95th percentile rounded to plain numbers', () => {
    // Spends sorted 50 120 150 200 560 600 900 3000: ceil(0.75 × 8) = 6th = 600 → 500; ceil(0.95 × 8) = 8th = 3000 → 2500.
    const list = listOf({ basis: 'spend', window: 'lifetime' });
    expect(list.defaultTiers).toBe(true);
    expect(list.tiers.tiers).toEqual([{ name: 'Member', threshold: 0 }, { name: 'Silver', threshold: 500 }, { name: 'Gold', threshold: 2500 }]);
    // Orders 1 1 1 2 2 3 3 3: 6th = 3, 8th = 3 → Silver 3, Gold raised to 4.
    expect(defaultTiers([1, 1, 1, 2, 2, 3, 3, 3], 'orders', NAMES).map((t) => t.threshold)).toEqual([0, 3, 4]);
    expect(niceNumber(437)).toBe(500);
    expect(niceNumber(1730)).toBe(2000);
    expect(niceNumber(230)).toBe(250);
    expect(niceNumber(0.3)).toBe(0.25);
  });

  it('tries the rules on history: sizes month by month and moves down at renewal', () => {
    // Calendar year, spend: B5 is Gold from 2023-05 (3000) to 2023-12, then nothing in 2024 → Member in 2024-01 (a move down).
    const history = tierHistory(tableOf(SHOP), AS_OF, { tiers: RULES, basis: 'spend', window: 'year' });
    expect(history.map((m) => m.month)).toEqual(Array.from({ length: 18 }, (_, i) => `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`));
    const at = (month: string) => history.find((m) => m.month === month)!;
    expect(at('2023-01').sizes).toEqual([0, 1, 0]); // B5 1000 in January 2023: Silver
    expect(at('2023-05').sizes).toEqual([0, 0, 1]);
    expect(at('2024-01')).toMatchObject({ sizes: [2, 0, 0], movedDown: 1 }); // B5 and B4 (150), B5 down from Gold
    expect(at('2024-06')).toMatchObject({ day: AS_OF, sizes: [5, 3, 0], movedDown: 0 });
    const lifetime = tierHistory(tableOf(SHOP), AS_OF, { tiers: RULES, basis: 'spend', window: 'lifetime' });
    expect(lifetime.every((m) => m.movedDown === 0)).toBe(true);
    expect(lifetime.at(-1)!.sizes).toEqual([4, 3, 1]);
  });
});

describe('tier properties', () => {
  const rules = fc
    .uniqueArray(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 5 })
    .map((xs) => xs.sort((a, b) => a - b).map((threshold, i) => ({ name: `T${i}`, threshold })));

  it('puts a value in the highest tier it reaches, and what is missing to the next is above 0', () => {
    fc.assert(
      fc.property(rules, fc.double({ min: -100, max: 20_000, noNaN: true }), (tiers, value) => {
        const t = tierIndex(value, tiers);
        const reached = tiers.filter((tier) => value >= tier.threshold).length - 1;
        expect(t).toBe(reached);
        const next = toNextTier(value, t, tiers);
        if (t === tiers.length - 1) expect(next).toBeNull();
        else expect(next).toBeGreaterThan(0);
      }),
    );
  });

  it('never gives a higher tier to a lower value', () => {
    fc.assert(
      fc.property(rules, fc.double({ min: 0, max: 20_000, noNaN: true }), fc.double({ min: 0, max: 20_000, noNaN: true }), (tiers, a, b) => {
        if (a <= b) expect(tierIndex(a, tiers)).toBeLessThanOrEqual(tierIndex(b, tiers));
      }),
    );
  });

  it('makes rising plain default thresholds', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 50 }), fc.constantFrom('spend' as const, 'orders' as const), (values, basis) => {
        const t = defaultTiers(values, basis, NAMES).map((x) => x.threshold);
        expect(t[0]).toBe(0);
        expect(t[1]).toBeGreaterThan(t[0]);
        expect(t[2]).toBeGreaterThan(t[1]);
        // A plain number: 1, 2, 2.5 or 5 times a power of ten.
        if (basis === 'spend') for (const x of t.slice(1)) expect([1, 2, 2.5, 5]).toContain(+(x / 10 ** Math.floor(Math.log10(x))).toFixed(6));
      }),
    );
  });

  // The definition, written out without the day order: each month's last day (the as-of day for its
  // own month), every order of the table in the window, customers counted once they bought.
  function naiveHistory(rows: readonly Row[], asOfDay: number, options: TierOptions) {
    const ids = [...new Set(rows.map((r) => r[0]))];
    const dayOf = (iso: string) => day(iso);
    const bought = rows.filter((r) => options.includeRefunds || r[2] > 0);
    const first = rows.length === 0 ? Infinity : Math.min(...rows.map((r) => dayOf(r[1])));
    if (!(first <= asOfDay)) return [];
    const end = civilFromDay(asOfDay);
    const start = civilFromDay(first);
    const months = Math.min(24, (end.year - start.year) * 12 + end.month - start.month + 1);
    let previous: Map<string, number> | null = null;
    const out = [];
    for (let k = months - 1; k >= 0; k--) {
      const y = end.year + Math.floor((end.month - 1 - k) / 12);
      const m = ((((end.month - 1 - k) % 12) + 12) % 12) + 1;
      const last = Math.min(asOfDay, dayFromCivil(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - 1);
      const from = windowStart(last, options.window);
      const tiers = new Map<string, number>();
      for (const id of ids) {
        if (!bought.some((r) => r[0] === id && dayOf(r[1]) <= last)) continue;
        const mine = rows.filter((r) => r[0] === id && dayOf(r[1]) <= last && dayOf(r[1]) >= from);
        const value = options.basis === 'spend' ? mine.reduce((sum, r) => sum + r[2], 0) : mine.filter((r) => options.includeRefunds || r[2] > 0).length;
        tiers.set(id, options.tiers.filter((t) => value >= t.threshold).length - 1);
      }
      const sizes = options.tiers.map((_, i) => [...tiers.values()].filter((t) => t === i).length);
      const movedDown = previous ? [...tiers].filter(([id, t]) => previous!.has(id) && t < previous!.get(id)!).length : 0;
      out.push({ month: `${y}-${String(m).padStart(2, '0')}`, day: last, sizes, movedDown });
      previous = tiers;
    }
    return out;
  }

  // Whole amounts (and refunds), so sums in any order are exact and the naive sum compares with ===.
  const orders = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), fc.integer({ min: 0, max: 1100 }), fc.integer({ min: -300, max: 900 })), { maxLength: 50 });
  const options = fc.record({
    tiers: fc.constantFrom(parseTiers('M:0,S:500,G:2000'), parseTiers('One:1,Two:2,Four:4'), parseTiers('S:300')),
    basis: fc.constantFrom('spend' as const, 'orders' as const),
    window: fc.constantFrom('lifetime' as const, '12m' as const, 'year' as const),
    includeRefunds: fc.boolean(),
  });

  it('gives the history month by month as the definition does: every window, basis and refund choice, over up to three years', () => {
    fc.assert(
      fc.property(orders, options, fc.integer({ min: 0, max: 1200 }), (raw, opts, asOffset) => {
        const rows: Row[] = raw.map(([id, offset, amount]) => [id, isoFromOffset(offset), amount]);
        const asOf = day(isoFromOffset(asOffset));
        expect(tierHistory(tableOf(rows), asOf, opts)).toEqual(naiveHistory(rows, asOf, opts));
      }),
      { numRuns: 200 },
    );
  });

  it("ends on the customer list's tier sizes, with amounts in cents in any row order", () => {
    const cents = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 0, max: 800 }), fc.integer({ min: -5000, max: 60000 })), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(cents, options, (raw, opts) => {
        const rows: Row[] = raw.map(([id, offset, amount]) => [id, isoFromOffset(offset), amount / 100]);
        const table = tableOf(rows);
        const asOf = day(isoFromOffset(800));
        const list = customerList(table, { asOfDay: asOf, includeRefunds: opts.includeRefunds, tiers: opts, defaultNames: NAMES, country: null });
        const history = tierHistory(table, asOf, { ...opts, tiers: list.tiers.tiers });
        if (list.rows.length > 0) expect(history.at(-1)!.sizes).toEqual(list.tierSizes);
      }),
      { numRuns: 200 },
    );
  });
});
