/**
 * Arguments of the custom functions, read the way built-in functions read theirs: each problem
 * is a `UserError` in the document's language naming the function, the parameter (1-based, as
 * Sheets numbers them) and what it expected.
 * The order ranges (customers, dates, amounts, optional order ids) are read in orderArgs.ts.
 */
import { isBlank } from '../../core/read/cells';
import { parseDateCell } from '../../core/read/dates';
import { dateOrderOfLocale } from '../../core/read/locale';
import { MetricError } from '../../core/metrics/errors';
import { isoOfDay } from '../../core/days';
import type { CellValue, Language, OffsetAt } from '../../core/types';
import type { MessageKey, MessageParams } from '../../i18n';
import { documentLanguage, spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import { offsetAtOfZone } from '../zone';

/** A custom-function argument as Sheets passes it: a bare value, or a 2D array for a range. */
export type CellArgument = unknown;

/** A parameter: its 1-based position, its name (as in the JSDoc) and the value given. */
export type Param = [index: number, name: string, value: CellArgument];

/**
 * The parameters of a call, numbered from 1 in the order of `names`.
 * @example params(['customers', 'dates'], [A, B]) // [[1, 'customers', A], [2, 'dates', B]]
 */
export function params(names: readonly string[], values: CellArgument[]): Param[] {
  return names.map((name, i) => [i + 1, name, values[i]]);
}

/** One execution of a custom function: its name and the document it runs in. */
export class Call {
  readonly language: Language;
  readonly locale: string;
  private offset: OffsetAt | null = null;

  constructor(readonly fn: string) {
    this.locale = spreadsheetLocale();
    this.language = documentLanguage();
  }

  /** The spreadsheet zone's offsets, asked for only when a date needs it. */
  get offsetAt(): OffsetAt {
    if (this.offset === null) this.offset = offsetAtOfZone(spreadsheetTimeZone());
    return this.offset;
  }

  /** Throws the translated error `key`, with the function's name filled in. */
  fail(key: MessageKey, params: MessageParams = {}): never {
    throw new UserError(key, { fn: this.fn, ...params }, this.language);
  }

  /** Throws the error of parameter `param`. */
  failParam(key: MessageKey, [index, name]: Param, params: MessageParams = {}): never {
    return this.fail(key, { index, name, ...params });
  }

  /**
   * The function's result, refused when it is not a finite number (values too large: Sheets
   * would otherwise show a meaningless Infinity).
   */
  finite(value: number): number {
    if (!Number.isFinite(value)) this.fail('fn.resultNotFinite');
    return value;
  }

  /**
   * A core metric's value, or the error `key` when the metric had nothing to divide by (null).
   * @example call.defined(aov(totals)) // the AOV, or "no purchases in the period"
   */
  defined(value: number | null, key: MessageKey = 'fn.noPurchases', params: MessageParams = {}): number {
    if (value === null) return this.fail(key, params);
    return this.finite(value);
  }

  /** Runs a core metric, turning its MetricError into the function's translated error. */
  metric<T>(compute: () => T): T {
    try {
      return compute();
    } catch (error) {
      if (!(error instanceof MetricError)) throw error;
      if (error.code === 'no_purchases') return this.fail('fn.noPurchases');
      if (error.code === 'no_repeat_purchases') return this.fail('fn.noRepeatPurchases');
      if (error.code === 'no_start_customers') return this.fail('fn.noStartCustomers');
      if (error.code === 'result_not_finite') return this.fail('fn.resultNotFinite');
      throw error;
    }
  }
}

/** True when the argument is missing: left out (`undefined`), an empty cell or blank text. */
export function isMissing(value: CellArgument): boolean {
  return value === undefined || isBlank(value as CellValue);
}

/** True for a range of two or more cells (a one-cell range arrives as a bare value). */
export function isRange(value: CellArgument): value is CellValue[][] {
  return Array.isArray(value);
}

/**
 * The order form is used when parameter 1 is a range of two or more cells, or parameter 2 is a
 * date (a one-row range of orders); otherwise the numeric form.
 */
export function isOrderForm(first: CellArgument, second: CellArgument): boolean {
  return isRange(first) || second instanceof Date;
}

/** A readable text of a cell for an error message. */
export function shown(value: CellArgument): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (isRange(value)) return `${value.length}×${value[0]?.length ?? 0}`;
  return String(value);
}

/**
 * A number parameter, at least `min`.
 * @example requiredNumber(call, [1, 'customers_at_start', 200]) === 200
 */
export function requiredNumber(call: Call, param: Param, min = 0): number {
  const value = param[2];
  if (isMissing(value)) return call.failParam('fn.missingArgument', param);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return call.failParam('fn.expectsNumber', param, { value: shown(value) });
  }
  if (value < min) {
    return call.failParam(min === 0 ? 'fn.expectsNonNegative' : 'fn.expectsAtLeast', param, { value, min });
  }
  return value;
}

/**
 * A count parameter (customers, orders, purchases): a whole number of at least `min`.
 * @example requiredCount(call, [2, 'dates_or_lost', 10]) === 10
 */
export function requiredCount(call: Call, param: Param, min = 0): number {
  const value = requiredNumber(call, param, min);
  if (!Number.isInteger(value)) return call.failParam('fn.expectsWhole', param, { value, min });
  return value;
}

/**
 * Refuses a count larger than the count of another parameter it is part of (new customers among
 * the customers at the end, lost among those at the start, repeat customers among all). Both
 * parameters have been read with requiredCount.
 * @example atMostParam(call, [2, 'dates_or_lost', 20], [1, 'customers_or_start', 10]) // throws: at most 10
 */
export function atMostParam(call: Call, param: Param, limit: Param): void {
  const value = param[2] as number;
  const max = limit[2] as number;
  if (value > max) call.failParam('fn.expectsAtMostParam', param, { value, max, other: limit[0], otherName: limit[1] });
}

/** An optional number parameter: `fallback` when missing. */
export function optionalNumber(call: Call, param: Param, fallback: number, min = 0): number {
  return isMissing(param[2]) ? fallback : requiredNumber(call, param, min);
}

/** An optional whole number ≥ `min`, or undefined when missing. */
export function optionalWhole(call: Call, param: Param, min: number): number | undefined {
  if (isMissing(param[2])) return undefined;
  const value = requiredNumber(call, param, -Infinity);
  if (!Number.isInteger(value) || value < min) return call.failParam('fn.expectsWhole', param, { value, min });
  return value;
}

/** An optional TRUE/FALSE parameter (1 and 0 too); false when missing. */
export function optionalBoolean(call: Call, param: Param): boolean {
  const value = param[2];
  if (isMissing(value)) return false;
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === 0) return value === 1;
  return call.failParam('fn.expectsBoolean', param, { value: shown(value) });
}

/**
 * A date parameter as a wall-clock day number in the spreadsheet's zone: a date cell, a date text
 * in the spreadsheet's locale (or ISO), a serial number or a YYYYMMDD number.
 */
export function optionalDay(call: Call, param: Param): number | undefined {
  const value = param[2];
  if (isMissing(value)) return undefined;
  const day = isRange(value) ? null : parseDateCell(value as CellValue, { offsetAt: call.offsetAt, order: dateOrderOfLocale(call.locale) });
  if (day === null) return call.failParam('fn.expectsDate', param, { value: shown(value) });
  return day;
}

/** A required date parameter (see optionalDay). */
export function requiredDay(call: Call, param: Param): number {
  if (isMissing(param[2])) return call.failParam('fn.missingArgument', param);
  return optionalDay(call, param)!;
}

/** A [start, end] period of two date parameters, both days included; either may be missing. */
export function optionalPeriod(call: Call, startParam: Param, endParam: Param): { from?: number; to?: number } {
  const from = optionalDay(call, startParam);
  const to = optionalDay(call, endParam);
  if (from !== undefined && to !== undefined && to < from) call.fail('fn.periodOrder', { start: isoOfDay(from), end: isoOfDay(to) });
  return { from, to };
}

/**
 * A text option, one of `choices` (case and spaces, dashes and underscores ignored), or `fallback`.
 * @example optionalChoice(call, [4, 'period', 'Month'], { month: 'month' }, 'month') === 'month'
 */
export function optionalChoice<T>(call: Call, param: Param, choices: Record<string, T>, fallback: T): T {
  const value = param[2];
  if (isMissing(value)) return fallback;
  const key = String(value).toLowerCase().replace(/[\s_-]+/g, '');
  if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(choices, key)) return choices[key];
  return call.failParam('fn.expectsChoice', param, { value: shown(value), choices: Object.keys(choices).join(', ') });
}
