/**
 * The cohort report's request, as the sidebar and the runner send it (plain data, dates as ISO
 * text), and its checking: every wrong value becomes a UserError that names the field.
 */
import type { CohortMetric, CohortOptions } from '../../core/cohort';
import type { ColumnMapping } from '../../core/read/columns';
import { dayOfIso } from '../../core/days';
import type { Language, Period, WeekStart } from '../../core/types';
import { t } from '../../i18n';
import { weekStartOfLocale } from '../context';
import { UserError } from '../errors';

/** What the cells of the report show. */
export type ReportMetric = 'percent' | 'counts' | 'revenue' | 'ltv';

/** The options of step 3 of the sidebar. */
export interface ReportOptions {
  period: Period;
  /** Empty: the spreadsheet locale's first day of the week. */
  weekStart?: WeekStart | '';
  metric: ReportMetric;
  mode: 'on' | 'onOrAfter';
  includeRefunds: boolean;
  /** ISO `YYYY-MM-DD`, both days included; empty for no limit. */
  from?: string;
  to?: string;
  /** The currency to report when the order sheet holds several (`EUR`); empty: the sheet's only one. */
  currency?: string;
}

/** A `buildCohortReport` call. */
export interface ReportRequest {
  sheetName: string;
  /** The user's corrections to the detected columns (0-based), as `detectSheetColumns` takes them. */
  mapping?: Partial<ColumnMapping>;
  options?: Partial<ReportOptions>;
  /** The sidebar's language; default the spreadsheet's. */
  language?: string;
}

/** The options after checking, with day numbers. */
export interface CheckedOptions {
  period: Period;
  weekStart: WeekStart;
  metric: ReportMetric;
  mode: 'on' | 'onOrAfter';
  includeRefunds: boolean;
  from?: number;
  to?: number;
  /** Upper case, or undefined. */
  currency?: string;
}

const DEFAULT_OPTIONS: ReportOptions = { period: 'month', metric: 'percent', mode: 'on', includeRefunds: false };

const ALLOWED = {
  period: ['day', 'week', 'month', 'quarter'],
  weekStart: ['monday', 'sunday'],
  metric: ['percent', 'counts', 'revenue', 'ltv'],
  mode: ['on', 'onOrAfter'],
} as const;

/**
 * Checks the options (defaults fill what is missing) and turns the dates into day numbers.
 * @example checkOptions({ period: 'week', from: '2024-01-01' }, 'en_GB', 'en') // { period: 'week', weekStart: 'monday', from: 19723, … }
 */
export function checkOptions(options: Partial<ReportOptions> | undefined, locale: string, language: Language): CheckedOptions {
  const merged = { ...DEFAULT_OPTIONS, ...(options ?? {}) };
  for (const name of ['period', 'metric', 'mode'] as const) oneOf(name, merged[name], language);
  if (merged.weekStart) oneOf('weekStart', merged.weekStart, language);
  const from = dayOrNothing(merged.from, 'report.from', language);
  const to = dayOrNothing(merged.to, 'report.to', language);
  if (from !== undefined && to !== undefined && from > to) {
    throw new UserError('report.error.rangeReversed', { from: String(merged.from), to: String(merged.to) }, language);
  }
  const currency = typeof merged.currency === 'string' ? merged.currency.trim().toUpperCase() : '';
  if (currency !== '' && !/^[A-Z]{3}$/.test(currency)) {
    throw new UserError('report.error.badOption', { name: 'currency', value: String(merged.currency), allowed: 'EUR, USD, PLN, …' }, language);
  }
  return {
    period: merged.period,
    weekStart: merged.weekStart || weekStartOfLocale(locale),
    metric: merged.metric,
    mode: merged.mode,
    includeRefunds: merged.includeRefunds === true,
    from,
    to,
    currency: currency || undefined,
  };
}

function oneOf(name: keyof typeof ALLOWED, value: unknown, language: Language): void {
  const allowed: readonly string[] = ALLOWED[name];
  if (!allowed.includes(String(value))) {
    throw new UserError('report.error.badOption', { name, value: String(value), allowed: allowed.join(', ') }, language);
  }
}

function dayOrNothing(text: string | undefined, fieldKey: 'report.from' | 'report.to', language: Language): number | undefined {
  if (text === undefined || text === null || String(text).trim() === '') return undefined;
  const day = dayOfIso(String(text));
  if (day === null) throw new UserError('report.error.badDate', { value: String(text), field: t(language, fieldKey) }, language);
  return day;
}

/** The core's cohort metric behind each report metric (percent and counts both count customers). */
export const CORE_METRIC: Record<ReportMetric, CohortMetric> = {
  percent: 'customers',
  counts: 'customers',
  revenue: 'revenue',
  ltv: 'cumulativeRevenuePerCustomer',
};

/**
 * The core's cohort options of checked report options: the one mapping both the sheet path and
 * the BigQuery path use.
 * @example cohortOptionsOf(checked) // { period: 'month', weekStart: 'monday', metric: 'customers', … }
 */
export function cohortOptionsOf(options: CheckedOptions): CohortOptions {
  return {
    period: options.period,
    weekStart: options.weekStart,
    mode: options.mode,
    metric: CORE_METRIC[options.metric],
    includeRefunds: options.includeRefunds,
    from: options.from,
    to: options.to,
  };
}
