import { describe, expect, it } from 'vitest';
import { nextAnniversary } from '../../../src/core/customers';
import { isoOfDay } from '../../../src/core/days';
import { day } from './shop';

const next = (first: string, asOf: string) => isoOfDay(nextAnniversary(day(first), day(asOf)));

describe('nextAnniversary', () => {
  it('is the first same month and day on or after the as-of day, never the first purchase itself', () => {
    expect(next('2023-01-01', '2024-06-30')).toBe('2025-01-01');
    expect(next('2022-06-01', '2024-05-12')).toBe('2024-06-01');
    expect(next('2022-06-01', '2024-06-01')).toBe('2024-06-01'); // today
    expect(next('2024-06-30', '2024-06-30')).toBe('2025-06-30'); // bought today: next year
  });

  it('puts 29 February on 28 February in other years', () => {
    expect(next('2020-02-29', '2023-01-10')).toBe('2023-02-28');
    expect(next('2020-02-29', '2023-03-01')).toBe('2024-02-29');
    expect(next('2096-02-29', '2100-01-10')).toBe('2100-02-28'); // 2100: no leap year (divisible by 100)
    expect(next('2396-02-29', '2400-01-10')).toBe('2400-02-29'); // 2400: a leap year (divisible by 400)
  });
});
