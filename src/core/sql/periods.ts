/**
 * Periods in SQL, as src/core/periods.ts counts them, on day numbers (days since 1970-01-01):
 * - day: the day number; week: whole weeks since the first week start after 1970-01-01
 *   (Monday 1970-01-05 = day 4, Sunday 1970-01-04 = day 3);
 * - month: year × 12 + month − 1; quarter: year × 4 + quarter − 1.
 * Only the dialect's `intDiv`, `dateOfDay` differ; the rest is written the same for both.
 * Days are ≥ 0 (older orders are left out, as the core skips them), so integer division of
 * non-negative numbers is all the week needs: ⌊(d − a) / 7⌋ = ⌊(d − a + 7) / 7⌋ − 1.
 */
import type { Period, WeekStart } from '../types';
import type { Dialect } from './dialect';

/** Day number of the first week start after 1970-01-01 (as periods.ts). */
function weekAnchor(weekStart: WeekStart): number {
  return weekStart === 'sunday' ? 3 : 4;
}

/**
 * The period index of a day-number expression.
 * @example periodIndexSql(bigQuery, 'day', 'week', 'monday') === '(DIV(day + 3, 7) - 1)'
 */
export function periodIndexSql(d: Dialect, day: string, period: Period, weekStart: WeekStart): string {
  switch (period) {
    case 'day':
      return day;
    case 'week':
      return `(${d.intDiv(`${day} + ${7 - weekAnchor(weekStart)}`, '7')} - 1)`;
    case 'month':
      return `(EXTRACT(YEAR FROM ${d.dateOfDay(day)}) * 12 + EXTRACT(MONTH FROM ${d.dateOfDay(day)}) - 1)`;
    case 'quarter':
      return `(EXTRACT(YEAR FROM ${d.dateOfDay(day)}) * 4 + EXTRACT(QUARTER FROM ${d.dateOfDay(day)}) - 1)`;
  }
}

/**
 * The label of a period-index expression, as periodLabel: `YYYY-MM-DD` (a day, a week's first
 * day), `YYYY-MM`, `YYYY-Qn`.
 * @example periodLabelSql(duckDb, 'i', 'quarter', 'monday') // "CAST((i // 4) AS STRING) || '-Q' || CAST(MOD(i, 4) + 1 AS STRING)"
 */
export function periodLabelSql(d: Dialect, index: string, period: Period, weekStart: WeekStart): string {
  switch (period) {
    case 'day':
      return `CAST(${d.dateOfDay(index)} AS STRING)`;
    case 'week':
      return `CAST(${d.dateOfDay(`${weekAnchor(weekStart)} + 7 * ${index}`)} AS STRING)`;
    case 'month':
      return `CAST(${d.intDiv(index, '12')} AS STRING) || '-' || LPAD(CAST(MOD(${index}, 12) + 1 AS STRING), 2, '0')`;
    case 'quarter':
      return `CAST(${d.intDiv(index, '4')} AS STRING) || '-Q' || CAST(MOD(${index}, 4) + 1 AS STRING)`;
  }
}
