/**
 * The "Customer value" request, as the sidebar and the runner send it (plain data, dates as ISO
 * text), and its checking: every wrong value becomes a translated UserError naming the field.
 */
import type { ColumnMapping } from '../../core/read/columns';
import type { ClvUnit } from '../../core/clv';
import { dayOfIso } from '../../core/days';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import { UserError } from '../errors';

/** A `buildCustomerValue` call. */
export interface CustomerValueRequest {
  /** The order sheet. */
  sheetName: string;
  /** The user's corrections to the detected columns (0-based). */
  mapping?: Partial<ColumnMapping>;
  /** Model period (default week). */
  period?: ClvUnit;
  /** Last day of the calibration period, `YYYY-MM-DD`; later purchases are the holdout. Empty: no holdout. */
  calibrationEnd?: string;
  /** Last day of the data, `YYYY-MM-DD`. Empty: the last order's day. */
  observationEnd?: string;
  /** Periods ahead for the expected purchases (default a year: 52 weeks or 365 days). */
  t?: number;
  /** CLV horizon in months (default 12). */
  horizonMonths?: number;
  /** Monthly discount rate as a fraction (default 0.01). */
  monthlyDiscount?: number;
  /** The currency to model when the sheet holds several (`EUR`). */
  currency?: string;
}

/** The request after checking: dates as day numbers, defaults filled in. */
export interface CheckedRequest {
  unit: ClvUnit;
  calibrationEndDay?: number;
  observationEndDay?: number;
  t: number;
  horizonMonths: number;
  monthlyDiscount: number;
}

/** The longest horizon: the CLV sum costs one series per month and distinct (x, T). */
const MAX_HORIZON_MONTHS = 120;

/**
 * Checks the request's options and fills the defaults.
 * @example checkRequest({ sheetName: 'Orders', period: 'day' }, 'en') // { unit: 'day', t: 365, horizonMonths: 12, monthlyDiscount: 0.01 }
 */
export function checkRequest(request: CustomerValueRequest, language: Language): CheckedRequest {
  const period = request.period ?? 'week';
  if (period !== 'week' && period !== 'day') throw new UserError('clv.badPeriod', { value: String(period) }, language);
  const year = period === 'week' ? 52 : 365;
  const checked: CheckedRequest = {
    unit: period,
    t: number(request.t, year, { min: 0, max: year * 10, positive: true }, 'clv.periodsAhead', language),
    horizonMonths: number(request.horizonMonths, 12, { min: 1, max: MAX_HORIZON_MONTHS, whole: true }, 'clv.horizon', language),
    monthlyDiscount: number(request.monthlyDiscount, 0.01, { min: 0, max: 1 }, 'clv.discount', language),
  };
  const calibrationEndDay = day(request.calibrationEnd, 'clv.calibrationEnd', language);
  const observationEndDay = day(request.observationEnd, 'clv.observationEnd', language);
  if (calibrationEndDay !== undefined) checked.calibrationEndDay = calibrationEndDay;
  if (observationEndDay !== undefined) checked.observationEndDay = observationEndDay;
  if (calibrationEndDay !== undefined && observationEndDay !== undefined && calibrationEndDay > observationEndDay) {
    throw new UserError('clv.badEndDates', {}, language);
  }
  return checked;
}

interface Bounds {
  min: number;
  max: number;
  /** Above `min`, not equal to it. */
  positive?: boolean;
  whole?: boolean;
}

function number(value: unknown, fallback: number, bounds: Bounds, label: MessageKey, language: Language): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  const { min, max } = bounds;
  if (!Number.isFinite(n) || n < min || n > max || (bounds.positive && n === min) || (bounds.whole && !Number.isInteger(n))) {
    throw new UserError('clv.badNumber', { name: t(language, label), min, max, value: String(value) }, language);
  }
  return n;
}

function day(value: unknown, label: MessageKey, language: Language): number | undefined {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const n = dayOfIso(String(value));
  if (n === null) throw new UserError('clv.badDate', { name: t(language, label), value: String(value) }, language);
  return n;
}
