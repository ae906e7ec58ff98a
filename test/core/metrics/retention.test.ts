import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayOfIso } from '../../../src/core/days';
import { churn, crr, MetricError, retentionCounts } from '../../../src/core/metrics';
import { isoFromOffset, tableOf, type Row } from './orderTable';
import { shop } from './shop';

const feb = { startDay: dayOfIso('2024-02-01')!, endDayExclusive: dayOfIso('2024-03-01')! };

/** The obvious definition on Sets of ids and ISO strings (ISO dates compare as strings). */
function naiveRetention(rows: readonly Row[], start: string, end: string, sWindowStart: string, eWindowStart: string, includeRefunds: boolean) {
  const purchases = rows.filter((r) => includeRefunds || r[2] > 0);
  const S = new Set(purchases.filter((r) => r[1] >= sWindowStart && r[1] < start).map((r) => r[0]));
  const E = new Set(purchases.filter((r) => r[1] >= eWindowStart && r[1] < end).map((r) => r[0]));
  const firstPurchase = new Map<string, string>();
  for (const [id, iso] of purchases) if (!firstPurchase.has(id) || iso < firstPurchase.get(id)!) firstPurchase.set(id, iso);
  const N = new Set([...firstPurchase].filter(([, iso]) => iso >= start && iso < end).map(([id]) => id));
  const lost = [...S].filter((id) => !E.has(id));
  const returned = [...E].filter((id) => !S.has(id) && !N.has(id));
  return { start: S.size, end: E.size, new: N.size, lost: lost.length, returned: returned.length };
}

describe('CRR and CHURN on orders', () => {
  it('count S, E, N and S \\ E of February (hand computation)', () => {
    // W = 29 days (February 2024). S window [2024-01-03, 2024-02-01): purchases by A (01-10), B (01-20),
    // F (01-31); E's refund is not a purchase, C's 2023-12-01 is before the window → S = {A, B, F}.
    // E window = February: A (02-05), C (02-10), D (02-15); F's 02-29 is a refund → E = {A, C, D}.
    // N: first purchases in February: D only (G's is 03-01, end excluded) → N = {D}.
    // S \ E = {B, F}.
    expect(retentionCounts(shop, feb)).toEqual({ start: 3, end: 3, new: 1, lost: 2 });
    // CRR = (3 − 1) / 3; CHURN = 2 / 3. They sum to 4/3 because C came back after lapsing.
    expect(crr(shop, feb)).toBeCloseTo(2 / 3, 12);
    expect(churn(shop, feb)).toBeCloseTo(2 / 3, 12);
  });

  it('count refunds as activity when asked (hand computation)', () => {
    // Every order counts: E joins S (refund 01-25), F joins E (refund 02-29).
    // S = {A, B, E, F}, E = {A, C, D, F}, N = {D}, S \ E = {B, E}.
    expect(retentionCounts(shop, { ...feb, includeRefunds: true })).toEqual({ start: 4, end: 4, new: 1, lost: 2 });
    expect(crr(shop, { ...feb, includeRefunds: true })).toBe(0.75); // (4 − 1) / 4
    expect(churn(shop, { ...feb, includeRefunds: true })).toBe(0.5); // 2 / 4
  });

  it('use the activity window given (hand computation)', () => {
    // W = 7: S window [01-25, 02-01) → F (01-31) only; E window [02-23, 03-01) → no purchase (F's is a refund).
    // N = {D}. CRR = (0 − 1) / 1 = −1 (the seed formula, followed literally), CHURN = 1 / 1.
    expect(retentionCounts(shop, { ...feb, windowDays: 7 })).toEqual({ start: 1, end: 0, new: 1, lost: 1 });
    expect(crr(shop, { ...feb, windowDays: 7 })).toBe(-1);
    expect(churn(shop, { ...feb, windowDays: 7 })).toBe(1);
  });

  it('refuse a period with no customers at its start', () => {
    // Before any order: S is empty.
    const early = { startDay: dayOfIso('2023-01-01')!, endDayExclusive: dayOfIso('2023-02-01')! };
    expect(() => crr(shop, early)).toThrowError(new MetricError('no_start_customers'));
    expect(() => churn(shop, early)).toThrow('no customers at the start of the period');
    try {
      churn(shop, early);
    } catch (e) {
      expect((e as MetricError).code).toBe('no_start_customers');
    }
  });

  it('refuse empty periods and bad windows', () => {
    expect(() => retentionCounts(shop, { startDay: 10, endDayExclusive: 10 })).toThrow(MetricError);
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
          expect(got).toEqual({ start: naive.start, end: naive.end, new: naive.new, lost: naive.lost });
        },
      ),
    );
  });

  it('give CRR + CHURN = 1 when no lapsed customer came back (default window)', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 60 }), (raw, startOffset, length) => {
        const rows = toRows(raw);
        const naive = naiveRetention(
          rows,
          isoFromOffset(startOffset),
          isoFromOffset(startOffset + length),
          isoFromOffset(startOffset - length),
          isoFromOffset(startOffset),
          false,
        );
        fc.pre(naive.start > 0 && naive.returned === 0);
        const startDay = dayOfIso(isoFromOffset(startOffset))!;
        const options = { startDay, endDayExclusive: startDay + length };
        expect(crr(tableOf(rows), options) + churn(tableOf(rows), options)).toBeCloseTo(1, 12);
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
