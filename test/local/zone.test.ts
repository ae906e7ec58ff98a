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
