/**
 * Order dates from cells: Date cells, text dates, YYYYMMDD numbers and spreadsheet serial numbers,
 * all turned into the day number of the wall-clock date in the spreadsheet's zone.
 *
 * Numbers (and digit-only text) are told apart by range:
 * - 19000101 … 21991231 and a real calendar date: `YYYYMMDD` (CDNOW's 19970101);
 * - SERIAL_MIN … SERIAL_MAX (1900-01-01 … 2199-12-31): a serial number, days since 1899-12-30 as
 *   Sheets counts them; the fraction is the time of day (a wall time, so no zone conversion);
 * - anything else (negative, 0, 1, or 109,575 … 19,000,100): not a date.
 * The two ranges cannot overlap, so no number is ambiguous.
 * Texts: ISO `2024-01-31` (also with `/` or `.`), with an optional time; with an offset or `Z`
 * (`2024-01-31T23:30:00Z`, Shopify's `2024-01-31 13:45:00 +0100`) the text is an instant and its
 * wall day is taken in the spreadsheet's zone, without one it is a wall time. `d.m.y`, `d-m-y`,
 * `d/m/y`, `m/d/y` with a 4- or 2-digit year and an optional time (`1:05 PM` too).
 */
import { dayFromCivil, isValidCivil, MS_PER_DAY } from '../days';
import { wallDayOfInstant } from '../time';
import type { CellValue, OffsetAt } from '../types';
import { isBlank } from './cells';
import { dateOrderOfLocale, type DateOrder } from './locale';

/** How to read the dates of one column. */
export interface DateContext {
  /** Offset of the spreadsheet's zone: turns Date cells and texts with an offset into wall days. */
  offsetAt: OffsetAt;
  /** Order of ambiguous `01/02/2024` texts (see `decideDateOrder`). Dotted dates are always day first. */
  order: DateOrder;
}

/** Sheets' serial 0 is 1899-12-30, i.e. day number −25,569. */
const SERIAL_EPOCH = 25_569;
/** Serial of 1900-01-01. */
export const SERIAL_MIN = dayFromCivil(1900, 1, 1) + SERIAL_EPOCH;
/** Serial of 2199-12-31. */
export const SERIAL_MAX = dayFromCivil(2199, 12, 31) + SERIAL_EPOCH;

const ISO =
  /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(?:([zZ]|UTC|GMT)|([+-])(\d{2}):?(\d{2})?)?$/;
const NUMERIC_DATE =
  /^(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:(?:,?\s+|[Tt])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:\s*([AaPp])\.?[Mm]\.?)?)?$/;
const DIGITS = /^\d+(?:\.\d+)?$/;

/**
 * Day number of a date cell, or `null` when the cell is empty (reason `no_date`) or not a date
 * (reason `bad_date`; `isBlank` tells the two apart).
 * @example
 * const ctx = { offsetAt: () => 60, order: 'dmy' } as const;
 * parseDateCell('31.01.2024', ctx) === 19753
 * parseDateCell(new Date(Date.UTC(2024, 0, 30, 23)), ctx) === 19753 // midnight in Warsaw
 * parseDateCell(45322, ctx) === 19753 // serial; 20240131 too
 */
export function parseDateCell(value: CellValue, ctx: DateContext): number | null {
  if (value instanceof Date) {
    const ms = value.getTime();
    return ms === ms ? wallDayOfInstant(ms, ctx.offsetAt) : null;
  }
  if (typeof value === 'number') return dayOfNumber(value);
  if (typeof value === 'string') return dayOfText(value, ctx);
  return null;
}

/**
 * Day number of a `YYYYMMDD` number or a serial number (ranges in the module comment), else `null`.
 * @example dayOfNumber(19970101) === 9862; dayOfNumber(45322.75) === 19753; dayOfNumber(500000) === null
 */
export function dayOfNumber(value: number): number | null {
  if (value >= SERIAL_MIN && value <= SERIAL_MAX + 0.999999) return Math.floor(value) - SERIAL_EPOCH;
  if (value >= 19000101 && value <= 21991231 && Number.isInteger(value)) {
    const year = Math.floor(value / 10000);
    const month = Math.floor(value / 100) % 100;
    const day = value % 100;
    return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
  }
  return null;
}

function dayOfText(raw: string, ctx: DateContext): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (DIGITS.test(text)) return dayOfNumber(Number(text));
  const iso = ISO.exec(text);
  if (iso) return dayOfIsoMatch(iso, ctx);
  const m = NUMERIC_DATE.exec(text);
  if (!m) return null;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = m[4].length === 2 ? twoDigitYear(Number(m[4])) : Number(m[4]);
  if (m[5] !== undefined && !isValidTime(Number(m[5]), Number(m[6]), m[7], m[8])) return null;
  const dayFirst = first > 12 || (second <= 12 && (m[2] === '.' || ctx.order === 'dmy'));
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}

function dayOfIsoMatch(m: RegExpExecArray, ctx: DateContext): number | null {
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (!isValidCivil(year, month, day)) return null;
  const wallDay = dayFromCivil(year, month, day);
  if (m[5] === undefined) return m[8] || m[9] ? null : wallDay;
  const [hour, minute] = [Number(m[5]), Number(m[6])];
  if (!isValidTime(hour, minute, m[7], undefined)) return null;
  if (!m[8] && !m[9]) return wallDay;
  // An explicit offset makes the text an instant: take its wall day in the spreadsheet's zone.
  const offset = m[9] ? (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11] ?? 0)) : 0;
  const second = Number(m[7] ?? 0);
  const epochMs = wallDay * MS_PER_DAY + ((hour * 60 + minute - offset) * 60 + second) * 1000;
  return wallDayOfInstant(epochMs, ctx.offsetAt);
}

/** Two-digit years as Sheets reads them: 00–29 are 2000–2029, 30–99 are 1930–1999. */
function twoDigitYear(yy: number): number {
  return yy < 30 ? 2000 + yy : 1900 + yy;
}

function isValidTime(hour: number, minute: number, second: string | undefined, meridiem: string | undefined): boolean {
  const hourOk = meridiem ? hour >= 1 && hour <= 12 : hour <= 23;
  return hourOk && minute <= 59 && (second === undefined || Number(second) <= 59);
}

/**
 * Day-month order of a column's `01/02/2024`-style texts, decided once for the whole column: a
 * first number above 12 proves day first (`31/01/2024`), a second number above 12 proves month
 * first (`01/31/2024`); the side with more proofs wins; without proof, the locale decides
 * (`dateOrderOfLocale`). Decide on the whole column, or on the same sample for every chunk, so
 * that every row of a column is read the same way.
 * @example decideDateOrder(['01/02/2024', '01/31/2024'], 'pl_PL') === 'mdy'
 */
export function decideDateOrder(values: readonly CellValue[], locale: string | undefined): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    if (typeof value !== 'string' || isBlank(value)) continue;
    const m = NUMERIC_DATE.exec(value.trim());
    if (!m || m[2] === '.') continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[3]) > 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy';
  return dateOrderOfLocale(locale);
}
