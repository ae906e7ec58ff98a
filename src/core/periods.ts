/**
 * Reporting periods on day numbers (see days.ts): integer maths only, no Date objects.
 *
 * A period index is a monotonic integer: consecutive periods have consecutive indexes, so
 * "cohort c, period c + k" is plain addition. Indexes per period kind:
 * - day: the day number itself;
 * - week: weeks since the first week start after 1970-01-01 (Monday 1970-01-05 or Sunday 1970-01-04);
 * - month: year × 12 + (month − 1);
 * - quarter: year × 4 + (quarter − 1).
 */
import { civilFromDay, dayFromCivil, isoOfDay } from './days';
import type { Period, WeekStart } from './types';

/** Day number of the week start that anchors week index 0: Monday 1970-01-05 or Sunday 1970-01-04. */
function weekAnchor(weekStart: WeekStart): number {
  return weekStart === 'sunday' ? 3 : 4;
}

/**
 * Index of the period containing a day.
 * @example periodIndex(dayFromCivil(2024, 2, 29), 'month') === 2024 * 12 + 1
 */
export function periodIndex(day: number, period: Period, weekStart: WeekStart = 'monday'): number {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return Math.floor((day - weekAnchor(weekStart)) / 7);
    case 'month': {
      const c = civilFromDay(day);
      return c.year * 12 + c.month - 1;
    }
    case 'quarter': {
      const c = civilFromDay(day);
      return c.year * 4 + Math.floor((c.month - 1) / 3);
    }
  }
}

/**
 * First day of the period with a given index (the inverse of periodIndex).
 * @example periodStartOfIndex(2024 * 4 + 1, 'quarter') === dayFromCivil(2024, 4, 1)
 */
export function periodStartOfIndex(index: number, period: Period, weekStart: WeekStart = 'monday'): number {
  switch (period) {
    case 'day':
      return index;
    case 'week':
      return weekAnchor(weekStart) + index * 7;
    case 'month':
      return dayFromCivil(Math.floor(index / 12), (((index % 12) + 12) % 12) + 1, 1);
    case 'quarter':
      return dayFromCivil(Math.floor(index / 4), (((index % 4) + 4) % 4) * 3 + 1, 1);
  }
}

/**
 * First day of the period containing a day.
 * @example periodStart(dayFromCivil(2024, 5, 15), 'week', 'monday') === dayFromCivil(2024, 5, 13)
 */
export function periodStart(day: number, period: Period, weekStart: WeekStart = 'monday'): number {
  return periodStartOfIndex(periodIndex(day, period, weekStart), period, weekStart);
}

/**
 * First day of the period after the one containing a day (the exclusive end of that period).
 * @example nextPeriodStart(dayFromCivil(2024, 2, 10), 'month') === dayFromCivil(2024, 3, 1)
 */
export function nextPeriodStart(day: number, period: Period, weekStart: WeekStart = 'monday'): number {
  return periodStartOfIndex(periodIndex(day, period, weekStart) + 1, period, weekStart);
}

/**
 * Label of the period with a given index: `YYYY-MM-DD` for a day or a week (its start day),
 * `YYYY-MM` for a month, `YYYY-Qn` for a quarter.
 * @example periodLabel(2024 * 12 + 1, 'month') === '2024-02'
 */
export function periodLabel(index: number, period: Period, weekStart: WeekStart = 'monday'): string {
  switch (period) {
    case 'day':
    case 'week':
      return isoOfDay(periodStartOfIndex(index, period, weekStart));
    case 'month': {
      const c = civilFromDay(periodStartOfIndex(index, 'month'));
      return `${String(c.year).padStart(4, '0')}-${String(c.month).padStart(2, '0')}`;
    }
    case 'quarter': {
      const year = Math.floor(index / 4);
      return `${String(year).padStart(4, '0')}-Q${index - year * 4 + 1}`;
    }
  }
}

/**
 * Label of the period containing a day (see periodLabel).
 * @example periodLabelOfDay(dayFromCivil(2024, 5, 15), 'quarter') === '2024-Q2'
 */
export function periodLabelOfDay(day: number, period: Period, weekStart: WeekStart = 'monday'): string {
  return periodLabel(periodIndex(day, period, weekStart), period, weekStart);
}

/**
 * Period indexes of every day in [fromDay, toDay] as a lookup table (entry i is the index of
 * day fromDay + i), so hot loops index an array instead of doing calendar maths per order.
 * @example periodIndexTable(dayFromCivil(2024, 1, 31), dayFromCivil(2024, 2, 1), 'month') // [24288, 24289]
 */
export function periodIndexTable(fromDay: number, toDay: number, period: Period, weekStart: WeekStart = 'monday'): Int32Array {
  const out = new Int32Array(Math.max(0, toDay - fromDay + 1));
  for (let i = 0; i < out.length; i++) out[i] = periodIndex(fromDay + i, period, weekStart);
  return out;
}

