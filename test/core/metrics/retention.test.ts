import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfIso } from '../../../src/core/days';
import { churn, crr, MetricError, retentionCounts } from '../../../src/core/metrics';
import { isoFromOffset, tableOf, type Row } from './orderTable';
import { shop } from './shop';
import { thrownMetricError } from './thrown';

const feb = { startDay: dayOfIso('2024-02-01')!, endDayExclusive: dayOfIso('2024-03-01')! };

/** The obvious definition on Sets of ids and ISO strings (ISO dates compare as strings). */
function naiveRetention(rows: readonly Row[], start: string, end: string, sWindowStart: string, eWindowStart: string, includeRefunds: boolean) {
  const purchases = rows.filter((r) => includeRefunds || r[2] > 0);
  const S = new Set(purchases.filter((r) => r[1] >= sWindowStart && r[1] < start).map((r) => r[0]));
  const active = new Set(purchases.filter((r) => r[1] >= eWindowStart && r[1] < end).map((r) => r[0]));
  const firstPurchase = new Map<string, string>();
  for (const [id, iso] of purchases) if (!firstPurchase.has(id) || iso < firstPurchase.get(id)!) firstPurchase.set(id, iso);
  const N = new Set([...firstPurchase].filter(([, iso]) => iso >= start && iso < end).map(([id]) => id));
  const kept = [...S].filter((id) => active.has(id));
  const lost = [...S].filter((id) => !active.has(id));
  const wonBack = [...active].filter((id) => !S.has(id) && !N.has(id));
  // E as the seed formula means it: the customers at the end who were customers at the start, plus the new ones.
  const E = new Set([...kept, ...N]);
  return { start: S.size, end: E.size, new: N.size, lost: lost.length, kept: kept.length, wonBack: wonBack.length };
}

describe('CRR and CHURN on orders', () => {
  it('count S, kept, lost, N, E and won back of February (hand computation)', () => {
    // W = 29 days (February 2024). S window [2024-01-03, 2024-02-01): purchases by A (01-10), B (01-20),
    // F (01-31); E's refund is not a purchase, C's 2023-12-01 is before the window → S = {A, B, F}.
    // Active in the end window (February): A (02-05), C (02-10), D (02-15); F's 02-29 is a refund.
    // N: first purchases in February: D only (G's is 03-01, end excluded) → N = {D}.
    // Kept = S ∩ active = {A}; lost = {B, F}; E = kept + N = {A, D}.
    // C bought before the window, not in it, and again in February: won back, in neither CRR nor CHURN.
    expect(retentionCounts(shop, feb)).toEqual({ start: 3, end: 2, new: 1, lost: 2, kept: 1, wonBack: 1 });
    // CRR = (2 − 1) / 3 = 1/3; CHURN = 2 / 3: together 1 (the old count put C in E, giving CRR 2/3).
    expect(crr(retentionCounts(shop, feb))).toBeCloseTo(1 / 3, 12);
    expect(churn(retentionCounts(shop, feb))).toBeCloseTo(2 / 3, 12);
  });

  it('count refunds as activity when asked (hand computation)', () => {
    // Every order counts: E joins S (refund 01-25), F is active at the end (refund 02-29).
    // S = {A, B, E, F}, active = {A, C, D, F}, N = {D}: kept = {A, F}, lost = {B, E}, E = {A, F, D}, won back {C}.
    expect(retentionCounts(shop, { ...feb, includeRefunds: true })).toEqual({ start: 4, end: 3, new: 1, lost: 2, kept: 2, wonBack: 1 });
    expect(crr(retentionCounts(shop, { ...feb, includeRefunds: true }))).toBe(0.5); // (3 − 1) / 4
    expect(churn(retentionCounts(shop, { ...feb, includeRefunds: true }))).toBe(0.5); // 2 / 4
  });

  it('use the activity window given (hand computation)', () => {
    // W = 7: S window [01-25, 02-01) → F (01-31) only; end window [02-23, 03-01) → no purchase (F's is a refund).
    // N = {D} (its first purchase is in the period, though not in the end window). Kept = ∅, E = {D}.
    // CRR = (1 − 1) / 1 = 0 (the old count, E = active = ∅, gave (0 − 1) / 1 = −100%), CHURN = 1 / 1.
    expect(retentionCounts(shop, { ...feb, windowDays: 7 })).toEqual({ start: 1, end: 1, new: 1, lost: 1, kept: 0, wonBack: 0 });
    expect(crr(retentionCounts(shop, { ...feb, windowDays: 7 }))).toBe(0);
    expect(churn(retentionCounts(shop, { ...feb, windowDays: 7 }))).toBe(1);
  });

  it('give no CRR or CHURN for a period with no customers at its start', () => {
    // Before any order: S is empty.
    const early = { startDay: dayOfIso('2023-01-01')!, endDayExclusive: dayOfIso('2023-02-01')! };
    expect(retentionCounts(shop, early).start).toBe(0);
    expect(crr(retentionCounts(shop, early))).toBeNull();
    expect(churn(retentionCounts(shop, early))).toBeNull();
  });

  it('refuse empty periods and bad windows, naming the values', () => {
    expect(() => retentionCounts(shop, { startDay: 10, endDayExclusive: 10 })).toThrow(MetricError);
    const day = dayOfIso('2024-02-01')!;
    expect(thrownMetricError(() => retentionCounts(shop, { startDay: day, endDayExclusive: day }))).toEqual(['invalid_period', { name: `${day}..${day}` }]);
    expect(thrownMetricError(() => retentionCounts(shop, { startDay: day, endDayExclusive: day + 1, windowDays: 0 }))).toEqual(['invalid_window', { value: 0 }]);
    expect(() => retentionCounts(shop, { ...feb, windowDays: 0 })).toThrow('whole number of days');
    expect(() => retentionCounts(shop, { ...feb, windowDays: 2.5 })).toThrow(MetricError);
  });

  const rowsArb = fc.array(
    fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), fc.integer({ min: 0, max: 120 }), fc.integer({ min: -20, max: 60 })),
    { maxLength: 60 },
  );
  const toRows = (raw: [string, number, number][]): Row[] => raw.map(([c, o, a]) => [c, isoFromOffset(o), a]);

  it('agree with the naive Set-based definition on random shops', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
        fc.boolean(),
        (raw, startOffset, length, windowDays, includeRefunds) => {
          const rows = toRows(raw);
          const startDay = dayOfIso(isoFromOffset(startOffset))!;
          const w = windowDays ?? length;
          const naive = naiveRetention(
            rows,
            isoFromOffset(startOffset),
            isoFromOffset(startOffset + length),
            isoFromOffset(startOffset - w),
            isoFromOffset(startOffset + length - w),
            includeRefunds,
          );
          const got = retentionCounts(tableOf(rows), { startDay, endDayExclusive: startDay + length, windowDays, includeRefunds });
          expect(got).toEqual(naive);
        },
      ),
    );
  });

  it('give CRR + CHURN = 1, 0 ≤ CRR ≤ 1, end = kept + new, lost = start − kept, whatever the window', () => {
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 0, max: 120 }),
        fc.integer({ min: 1, max: 60 }),
        fc.option(fc.integer({ min: 1, max: 90 }), { nil: undefined }),
        fc.boolean(),
        (raw, startOffset, length, windowDays, includeRefunds) => {
          const table = tableOf(toRows(raw));
          const startDay = dayOfIso(isoFromOffset(startOffset))!;
          const options = { startDay, endDayExclusive: startDay + length, windowDays, includeRefunds };
          const c = retentionCounts(table, options);
          expect(c.end).toBe(c.kept + c.new);
          expect(c.lost).toBe(c.start - c.kept);
          expect(c.kept).toBeLessThanOrEqual(c.start);
          expect(Math.min(c.start, c.end, c.new, c.lost, c.kept, c.wonBack)).toBeGreaterThanOrEqual(0);
          if (c.start === 0) {
            expect(crr(c)).toBeNull();
            return;
          }
          const rate = crr(c)!;
          expect(rate + churn(c)!).toBeCloseTo(1, 12);
          expect(rate).toBeGreaterThanOrEqual(0);
          expect(rate).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('count as won back only customers active in the end window, not at the start and not new', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 0, max: 120 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 90 }), (raw, startOffset, length, w) => {
        const rows = toRows(raw);
        const startDay = dayOfIso(isoFromOffset(startOffset))!;
        const c = retentionCounts(tableOf(rows), { startDay, endDayExclusive: startDay + length, windowDays: w });
        // Each customer on their own: a shop of their rows alone has wonBack 1 exactly when they are won back.
        let wonBack = 0;
        for (const id of new Set(rows.map((r) => r[0]))) {
          const own = rows.filter((r) => r[0] === id && r[2] > 0).map((r) => r[1]);
          const activeAtEnd = own.some((iso) => iso >= isoFromOffset(startOffset + length - w) && iso < isoFromOffset(startOffset + length));
          const atStart = own.some((iso) => iso >= isoFromOffset(startOffset - w) && iso < isoFromOffset(startOffset));
          const isNew = own.length > 0 && own.every((iso) => iso >= isoFromOffset(startOffset)) && own.some((iso) => iso < isoFromOffset(startOffset + length));
          if (activeAtEnd && !atStart && !isNew) wonBack++;
        }
        expect(c.wonBack).toBe(wonBack);
      }),
    );
  });

  it('do not depend on row order', () => {
    fc.assert(
      fc.property(rowsArb.chain((raw) => fc.tuple(fc.constant(raw), fc.shuffledSubarray(raw, { minLength: raw.length, maxLength: raw.length }))), ([raw, shuffled]) => {
        const options = { startDay: dayOfIso('2023-02-01')!, endDayExclusive: dayOfIso('2023-03-01')! };
        expect(retentionCounts(tableOf(toRows(shuffled)), options)).toEqual(retentionCounts(tableOf(toRows(raw)), options));
      }),
    );
  });
});
