import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { intlOffsetAt, intlZoneOffset } from '../../src/local/zone';
import { LA_AUTUMN, WARSAW_SPRING, losAngeles2024, warsaw2024 } from '../core/read/zones';

const Y2024 = [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1) - 1] as const;

describe('intlOffsetAt', () => {
  it('agrees with the hand-written 2024 offsets of Warsaw and Los Angeles', () => {
    const warsaw = intlOffsetAt('Europe/Warsaw');
    const la = intlOffsetAt('America/Los_Angeles');
    fc.assert(
      fc.property(fc.integer({ min: Y2024[0], max: Y2024[1] }), (ms) => {
        expect(warsaw(ms)).toBe(warsaw2024(ms));
        expect(la(ms)).toBe(losAngeles2024(ms));
      }),
      { numRuns: 1000 },
    );
    expect(warsaw(WARSAW_SPRING)).toBe(120);
    expect(la(LA_AUTUMN - 1)).toBe(-420);
  });

  it('agrees with Intl at every instant near the closest transitions of real zones', () => {
    // America/Boa_Vista: summer time from 2000-10-08, abolished 2000-10-15 (7 days, the closest pair
    // of any zone since 1970); Africa/Casablanca 2012: summer time paused for Ramadan (20 Jul–20 Aug).
    const cases = [
      ['America/Boa_Vista', Date.UTC(2000, 8, 20), Date.UTC(2000, 10, 1)],
      ['Africa/Casablanca', Date.UTC(2012, 3, 20), Date.UTC(2012, 9, 10)],
      ['Australia/Lord_Howe', Date.UTC(2023, 8, 25), Date.UTC(2023, 9, 10)],
    ] as const;
    for (const [zone, from, to] of cases) {
      const fast = intlOffsetAt(zone);
      const slow = intlZoneOffset(zone);
      fc.assert(
        fc.property(fc.integer({ min: from, max: to }), (ms) => {
          expect(fast(ms)).toBe(slow(ms));
        }),
        { numRuns: 1500 },
      );
    }
    // The two Boa Vista transitions themselves (UTC−4 → −3 at 04:00Z, back at 03:00Z a week later).
    const boaVista = intlOffsetAt('America/Boa_Vista');
    expect([boaVista(Date.UTC(2000, 9, 8, 3, 59, 59, 999)), boaVista(Date.UTC(2000, 9, 8, 4))]).toEqual([-240, -180]);
    expect([boaVista(Date.UTC(2000, 9, 15, 2, 59, 59, 999)), boaVista(Date.UTC(2000, 9, 15, 3))]).toEqual([-180, -240]);
  });

  it('handles half-hour zones (Asia/Kolkata is UTC+5:30)', () => {
    expect(intlOffsetAt('Asia/Kolkata')(Date.UTC(2024, 5, 1))).toBe(330);
  });
});

describe('intlZoneOffset', () => {
  it('counts years before 1 AD through the era (UTC is +0 in 101 BC too)', () => {
    // Intl shows 101 BC as year "101", era "BC": read as AD it would be 201 years off.
    expect(intlZoneOffset('UTC')(Date.UTC(-100, 5, 1))).toBe(0);
    expect(intlZoneOffset('Asia/Kolkata')(Date.UTC(2024, 5, 1))).toBe(330);
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => intlZoneOffset('Mars/Olympus')).toThrow(RangeError);
  });
});
