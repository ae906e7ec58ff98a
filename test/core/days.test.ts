import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { civilFromDay, dayFromCivil, dayOfIso, isoOfDay, isValidCivil, weekdayOf } from '../../src/core/days';

describe('day numbers', () => {
  it('count days from 1970-01-01, as Date.UTC does (independent method)', () => {
    expect(dayFromCivil(1970, 1, 1)).toBe(0);
    // 2024-02-29: Date.UTC gives 1709164800000 ms = 19782 days.
    expect(dayFromCivil(2024, 2, 29)).toBe(19782);
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        const c = civilFromDay(n);
        expect([c.year, c.month, c.day]).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
        expect(dayFromCivil(c.year, c.month, c.day)).toBe(n);
        expect(weekdayOf(n)).toBe(d.getUTCDay());
      }),
    );
  });

  it('reject dates that do not exist', () => {
    expect(isValidCivil(2023, 2, 29)).toBe(false);
    expect(isValidCivil(2024, 2, 29)).toBe(true);
    expect(isValidCivil(2024, 13, 1)).toBe(false);
    expect(dayOfIso('2023-02-29')).toBeNull();
    expect(dayOfIso('2024-02-29')).toBe(19782);
    expect(isoOfDay(19782)).toBe('2024-02-29');
  });
});
