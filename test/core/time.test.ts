import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeOffsetAt, OFFSET_GRID_DAYS, parseOffsetText, wallDayOfInstant } from '../../src/core/time';
import { dayFromCivil } from '../../src/core/days';
import { LA_AUTUMN, LA_SPRING, WARSAW_AUTUMN, WARSAW_SPRING, losAngeles2024, warsaw2024 } from './read/zones';

const Y2024 = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1) - 1] as const;

function counting(primitive: (ms: number) => number) {
  const calls = { n: 0 };
  return { calls, primitive: (ms: number) => (calls.n++, primitive(ms)) };
}

describe('makeOffsetAt', () => {
  it('gives the primitive’s offset at every instant of 2024 (Warsaw and Los Angeles)', () => {
    for (const zone of [warsaw2024, losAngeles2024]) {
      const offsetAt = makeOffsetAt(zone);
      fc.assert(
        fc.property(fc.integer({ min: Y2024[0], max: Y2024[1] }), (ms) => {
          expect(offsetAt(ms)).toBe(zone(ms));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it('switches at the exact millisecond of a transition', () => {
    const offsetAt = makeOffsetAt(warsaw2024);
    expect(offsetAt(WARSAW_SPRING - 1)).toBe(60);
    expect(offsetAt(WARSAW_SPRING)).toBe(120);
    expect(offsetAt(WARSAW_AUTUMN - 1)).toBe(120);
    expect(offsetAt(WARSAW_AUTUMN)).toBe(60);
    const la = makeOffsetAt(losAngeles2024);
    expect(la(LA_SPRING - 1)).toBe(-480);
    expect(la(LA_SPRING)).toBe(-420);
    expect(la(LA_AUTUMN - 1)).toBe(-420);
    expect(la(LA_AUTUMN)).toBe(-480);
  });

  it('calls the slow primitive rarely: once per 4-day cell, ~30 times per cell holding a transition', () => {
    const { calls, primitive } = counting(warsaw2024);
    const offsetAt = makeOffsetAt(primitive);
    // Every hour of 2024: 8,784 look-ups over 366 days, two of which hold a transition.
    for (let ms = Y2024[0]; ms <= Y2024[1]; ms += 3_600_000) offsetAt(ms);
    // 2024 spans cells 4,930 to 5,022 (days 19,723 to 20,088, 4 to a cell): 94 boundaries, and
    // 2 binary searches of ≤ 29 steps each (2^29 > 345,600,000 ms).
    expect(Math.floor(dayFromCivil(2024, 1, 1) / OFFSET_GRID_DAYS)).toBe(4930);
    expect(Math.floor(dayFromCivil(2024, 12, 31) / OFFSET_GRID_DAYS)).toBe(5022);
    expect(calls.n).toBeGreaterThanOrEqual(94);
    expect(calls.n).toBeLessThanOrEqual(94 + 2 * 29);
    const before = calls.n;
    for (let ms = Y2024[0]; ms <= Y2024[1]; ms += 3_600_000) offsetAt(ms);
    expect(calls.n).toBe(before);
  });

  it('finds two transitions 5 days apart (closer than any zone has had since 1970) to the millisecond', () => {
    // A made-up zone: +3 h from 2024-05-02 13:17:05.123Z to 2024-05-07 02:00Z, else +2 h.
    const on = Date.UTC(2024, 4, 2, 13, 17, 5, 123);
    const off = Date.UTC(2024, 4, 7, 2);
    const zone = (ms: number) => (ms >= on && ms < off ? 180 : 120);
    const offsetAt = makeOffsetAt(zone);
    for (const ms of [on - 1, on, off - 1, off, Date.UTC(2024, 4, 1), Date.UTC(2024, 4, 5), Date.UTC(2024, 4, 9)]) {
      expect(offsetAt(ms)).toBe(zone(ms));
    }
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2024, 3, 20), max: Date.UTC(2024, 4, 20) }), (ms) => {
        expect(offsetAt(ms)).toBe(zone(ms));
      }),
      { numRuns: 3000 },
    );
  });

  it('is right before 1970 (negative instants, cells counted down from the epoch)', () => {
    // A made-up zone: +1 h before 1969-06-15 12:00Z, +2 h after.
    const change = Date.UTC(1969, 5, 15, 12);
    const zone = (ms: number) => (ms < change ? 60 : 120);
    const offsetAt = makeOffsetAt(zone);
    expect(offsetAt(change - 1)).toBe(60);
    expect(offsetAt(change)).toBe(120);
    expect(offsetAt(Date.UTC(1969, 0, 1))).toBe(60);
    expect(offsetAt(Date.UTC(1969, 11, 31, 23, 59))).toBe(120);
  });
});

describe('wallDayOfInstant', () => {
  const warsaw = makeOffsetAt(warsaw2024);
  const la = makeOffsetAt(losAngeles2024);

  it('follows the Warsaw wall clock near midnight, winter and summer', () => {
    // 2024-01-31 23:30 CET = 22:30Z: still the 31st. 2024-02-01 00:30 CET = 23:30Z on the 31st.
    expect(wallDayOfInstant(Date.UTC(2024, 0, 31, 22, 30), warsaw)).toBe(dayFromCivil(2024, 1, 31));
    expect(wallDayOfInstant(Date.UTC(2024, 0, 31, 23, 30), warsaw)).toBe(dayFromCivil(2024, 2, 1));
    // Summer: 2024-07-01 00:00 CEST = 2024-06-30 22:00Z.
    expect(wallDayOfInstant(Date.UTC(2024, 5, 30, 21, 59), warsaw)).toBe(dayFromCivil(2024, 6, 30));
    expect(wallDayOfInstant(Date.UTC(2024, 5, 30, 22, 0), warsaw)).toBe(dayFromCivil(2024, 7, 1));
    // Day after spring-forward: 2024-04-01 00:00 CEST = 2024-03-31 22:00Z.
    expect(wallDayOfInstant(Date.UTC(2024, 2, 31, 21, 59), warsaw)).toBe(dayFromCivil(2024, 3, 31));
    expect(wallDayOfInstant(Date.UTC(2024, 2, 31, 22, 0), warsaw)).toBe(dayFromCivil(2024, 4, 1));
    // Day after fall-back: 2024-10-28 00:00 CET = 2024-10-27 23:00Z.
    expect(wallDayOfInstant(Date.UTC(2024, 9, 27, 22, 59), warsaw)).toBe(dayFromCivil(2024, 10, 27));
    expect(wallDayOfInstant(Date.UTC(2024, 9, 27, 23, 0), warsaw)).toBe(dayFromCivil(2024, 10, 28));
  });

  it('follows the Los Angeles wall clock near midnight and across DST', () => {
    // 2024-01-15 00:00 PST = 08:00Z.
    expect(wallDayOfInstant(Date.UTC(2024, 0, 15, 7, 59), la)).toBe(dayFromCivil(2024, 1, 14));
    expect(wallDayOfInstant(Date.UTC(2024, 0, 15, 8, 0), la)).toBe(dayFromCivil(2024, 1, 15));
    // 2024-03-11 00:00 PDT = 07:00Z (after spring-forward on the 10th).
    expect(wallDayOfInstant(Date.UTC(2024, 2, 11, 6, 59), la)).toBe(dayFromCivil(2024, 3, 10));
    expect(wallDayOfInstant(Date.UTC(2024, 2, 11, 7, 0), la)).toBe(dayFromCivil(2024, 3, 11));
    // 2024-11-04 00:00 PST = 08:00Z (after fall-back on the 3rd); 07:30Z is 23:30 on the 3rd.
    expect(wallDayOfInstant(Date.UTC(2024, 10, 4, 7, 30), la)).toBe(dayFromCivil(2024, 11, 3));
    expect(wallDayOfInstant(Date.UTC(2024, 10, 4, 8, 0), la)).toBe(dayFromCivil(2024, 11, 4));
  });
});

describe('parseOffsetText', () => {
  it('reads formatDate "Z" output and ISO offsets', () => {
    expect(parseOffsetText('+0100')).toBe(60);
    expect(parseOffsetText('-0700')).toBe(-420);
    expect(parseOffsetText('+05:30')).toBe(330);
    expect(parseOffsetText('Z')).toBe(0);
    expect(parseOffsetText('CET')).toBeNull();
  });
});
