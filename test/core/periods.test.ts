import { TZDate } from '@date-fns/tz';
import {
  differenceInCalendarDays,
  differenceInCalendarMonths,
  differenceInCalendarQuarters,
  differenceInCalendarWeeks,
  format,
  startOfMonth,
  startOfQuarter,
  startOfWeek,
} from 'date-fns';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayFromCivil } from '../../src/core/days';
import {
  nextPeriodStart,
  periodIndex,
  periodIndexTable,
  periodLabel,
  periodLabelOfDay,
  periodStart,
  periodStartOfIndex,
} from '../../src/core/periods';
import type { Period, WeekStart } from '../../src/core/types';

const d = dayFromCivil;
const periods: Period[] = ['day', 'week', 'month', 'quarter'];

/** A day number as a date-fns date at midnight UTC (TZDate keeps date-fns in that zone). */
function utcDate(day: number): TZDate {
  return new TZDate(day * 86_400_000, 'UTC');
}

/** Independent start of a period: date-fns, used only in tests. */
function libraryStart(day: number, period: Period, weekStart: WeekStart): string {
  const date = utcDate(day);
  const start =
    period === 'week'
      ? startOfWeek(date, { weekStartsOn: weekStart === 'monday' ? 1 : 0 })
      : period === 'month'
        ? startOfMonth(date)
        : period === 'quarter'
          ? startOfQuarter(date)
          : date;
  return format(start, 'yyyy-MM-dd');
}

/** Independent number of periods between two days: date-fns calendar differences. */
function libraryDistance(from: number, to: number, period: Period, weekStart: WeekStart): number {
  const [a, b] = [utcDate(from), utcDate(to)];
  if (period === 'week') return differenceInCalendarWeeks(b, a, { weekStartsOn: weekStart === 'monday' ? 1 : 0 });
  if (period === 'month') return differenceInCalendarMonths(b, a);
  if (period === 'quarter') return differenceInCalendarQuarters(b, a);
  return differenceInCalendarDays(b, a);
}

describe('periods', () => {
  it('start a week on Monday or Sunday', () => {
    // 2024-05-15 is a Wednesday: the Monday week starts 2024-05-13, the Sunday week 2024-05-12.
    expect(periodStart(d(2024, 5, 15), 'week', 'monday')).toBe(d(2024, 5, 13));
    expect(periodStart(d(2024, 5, 15), 'week', 'sunday')).toBe(d(2024, 5, 12));
    // A Sunday belongs to the previous Monday week but starts its own Sunday week.
    expect(periodStart(d(2024, 5, 19), 'week', 'monday')).toBe(d(2024, 5, 13));
    expect(periodStart(d(2024, 5, 19), 'week', 'sunday')).toBe(d(2024, 5, 19));
  });

  it('start months and quarters on their first day, and know where the next one starts', () => {
    expect(periodStart(d(2024, 2, 29), 'month')).toBe(d(2024, 2, 1));
    expect(nextPeriodStart(d(2024, 2, 29), 'month')).toBe(d(2024, 3, 1));
    expect(periodStart(d(2024, 12, 31), 'quarter')).toBe(d(2024, 10, 1));
    expect(nextPeriodStart(d(2024, 12, 31), 'quarter')).toBe(d(2025, 1, 1));
    expect(nextPeriodStart(d(2024, 12, 31), 'day')).toBe(d(2025, 1, 1));
    // Week of Wednesday 2024-05-15 (Monday start) ends before Monday 2024-05-20.
    expect(nextPeriodStart(d(2024, 5, 15), 'week', 'monday')).toBe(d(2024, 5, 20));
  });

  it('number consecutive periods consecutively, across year ends', () => {
    // December 2023 and January 2024 are neighbours: 2023*12+11 = 24287, 2024*12+0 = 24288.
    expect(periodIndex(d(2023, 12, 31), 'month')).toBe(24287);
    expect(periodIndex(d(2024, 1, 1), 'month')).toBe(24288);
    // Q4 2023 = 2023*4+3 = 8095, Q1 2024 = 8096.
    expect(periodIndex(d(2023, 11, 5), 'quarter')).toBe(8095);
    expect(periodIndex(d(2024, 3, 31), 'quarter')).toBe(8096);
  });

  it('label periods as YYYY-MM-DD, YYYY-MM and YYYY-Qn', () => {
    expect(periodLabelOfDay(d(2024, 5, 15), 'day')).toBe('2024-05-15');
    expect(periodLabelOfDay(d(2024, 5, 15), 'week', 'monday')).toBe('2024-05-13');
    expect(periodLabelOfDay(d(2024, 5, 15), 'week', 'sunday')).toBe('2024-05-12');
    expect(periodLabelOfDay(d(2024, 5, 15), 'month')).toBe('2024-05');
    expect(periodLabelOfDay(d(2024, 5, 15), 'quarter')).toBe('2024-Q2');
    expect(periodLabel(2024 * 12 + 1, 'month')).toBe('2024-02');
    expect(periodLabel(2024 * 4 + 3, 'quarter')).toBe('2024-Q4');
    // Before 1970 too: 1969-12-31 is a Wednesday, its Monday week starts 1969-12-29.
    expect(periodLabelOfDay(-1, 'week', 'monday')).toBe('1969-12-29');
  });

  it('agree with date-fns on random days (independent method)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 60_000 }),
        fc.constantFrom(...periods),
        fc.constantFrom<WeekStart>('monday', 'sunday'),
        (day, period, weekStart) => {
          const start = periodStart(day, period, weekStart);
          expect(new Date(start * 86_400_000).toISOString().slice(0, 10)).toBe(libraryStart(day, period, weekStart));
          const index = periodIndex(day, period, weekStart);
          // The day lies in [start, next start); the next period has the next index.
          const next = nextPeriodStart(day, period, weekStart);
          expect(start <= day && day < next).toBe(true);
          expect(periodIndex(next, period, weekStart)).toBe(index + 1);
          expect(periodIndex(start - 1, period, weekStart)).toBe(index - 1);
          expect(periodStartOfIndex(index, period, weekStart)).toBe(start);
        },
      ),
    );
  });

  it('count the periods between two days as date-fns counts calendar periods (the cohort offset k)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -30_000, max: 60_000 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.constantFrom(...periods),
        fc.constantFrom<WeekStart>('monday', 'sunday'),
        (first, gap, period, weekStart) => {
          const k = periodIndex(first + gap, period, weekStart) - periodIndex(first, period, weekStart);
          expect(k).toBe(libraryDistance(first, first + gap, period, weekStart));
        },
      ),
    );
  });

  it('build a day-to-index lookup table equal to periodIndex', () => {
    // 2024-01-30..2024-02-02 are in January (24288) then February (24289).
    expect(Array.from(periodIndexTable(d(2024, 1, 30), d(2024, 2, 2), 'month'))).toEqual([24288, 24288, 24289, 24289]);
    expect(periodIndexTable(5, 4, 'day').length).toBe(0);
  });
});
