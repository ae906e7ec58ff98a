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
 * Texts: ISO `2024-01-31` (also with `/` or `.`), with an optional time. A text with a UTC offset
 * (Shopify's `2024-01-31 13:45:00 +0100`) is read at the wall time written there, the shop's own
 * clock, and the offset is noted; a UTC text (`Z`, `UTC`, or any text of a column in UTC) is an
 * instant whose wall day is taken in the spreadsheet's zone; a text without either is a wall time.
 * `d.m.y`, `d-m-y`, `d/m/y`, `m/d/y` with a 4- or 2-digit year and an optional time (`1:05 PM` too):
 * a first number above 12 proves day first, a second above 12 month first; the others are read in
 * the column's assumed order and re-read by the order reader once the whole column has spoken.
 */
import { dayFromCivil, isValidCivil, MS_PER_DAY } from '../days';
import { wallDayOfInstant } from '../time';
import type { CellValue, OffsetAt } from '../types';
import { isBlank } from './cells';
import { dateOrderOfLocale, type DateOrder } from './locale';

/** How to read the dates of one column. */
export interface DateContext {
  /** Offset of the spreadsheet's zone: turns Date cells and UTC texts into wall days. */
  offsetAt: OffsetAt;
  /** Order of ambiguous `01/02/2024` and `01-02-2024` texts (see `decideDateOrder`). */
  order: DateOrder;
  /** Order of ambiguous dotted `01.02.2024` texts; default day first (no locale writes them month first). */
  dotOrder?: DateOrder;
  /** `utc`: a text without an offset is a UTC time (Stripe's `Created date (UTC)`); default the shop's clock. */
  zone?: 'sheet' | 'utc';
  /** Where the offsets written in texts (`-05:00`) are collected, when given. */
  offsets?: Set<string>;
}

/**
 * How a date was read, which decides what the column's other dates prove and what may be re-read:
 * - EXACT: an ISO date, a serial or YYYYMMDD number (nothing to decide);
 * - DATE_CELL: a Date cell (the spreadsheet read it already, in its locale's order);
 * - AMBIGUOUS, AMBIGUOUS_DOTTED: `01/02/2024`, `01.02.2024` read in the assumed order;
 * - DAY_FIRST, MONTH_FIRST: `29/06/2019` proves day first, `06/29/2019` month first;
 * - OFFSET: a text with a UTC offset, read at the wall time written (the shop's own clock);
 * - UTC: a UTC text (`Z`, or a UTC column), converted to the spreadsheet's zone.
 */
export const DateKind = {
  EXACT: 0,
  DATE_CELL: 1,
  AMBIGUOUS: 2,
  DAY_FIRST: 3,
  MONTH_FIRST: 4,
  OFFSET: 5,
  UTC: 6,
  AMBIGUOUS_DOTTED: 7,
} as const;

/** A day number and how it was read (`DateKind`), packed as day × 8 + kind; NaN when not a date. */
export type DateCode = number;

/**
 * The day and kind of a date text, packed (`DateCode`): NaN when the text is not a date.
 * @example unpackDate(dateCodeOfText('29.06.2019', { offsetAt: () => 0, order: 'mdy' })) // { day: 18076, kind: DateKind.DAY_FIRST }
 */
export function dateCodeOfText(raw: string, ctx: DateContext): DateCode {
  const text = raw.trim();
  if (text === '') return NaN;
  if (DIGITS.test(text)) return packOrNaN(dayOfNumber(Number(text)), DateKind.EXACT);
  const iso = ISO.exec(text);
  if (iso) return isoCode(iso, ctx);
  const m = NUMERIC_DATE.exec(text);
  if (!m) return NaN;
  const first = Number(m[1]);
  const second = Number(m[3]);
  const year = m[4].length === 2 ? twoDigitYear(Number(m[4])) : Number(m[4]);
  if (m[5] !== undefined && !isValidTime(Number(m[5]), Number(m[6]), m[7], m[8])) return NaN;
  const dotted = m[2] === '.';
  let kind: number;
  let dayFirst: boolean;
  if (first > 12) [kind, dayFirst] = [DateKind.DAY_FIRST, true];
  else if (second > 12) [kind, dayFirst] = [DateKind.MONTH_FIRST, false];
  else if (dotted) [kind, dayFirst] = [DateKind.AMBIGUOUS_DOTTED, (ctx.dotOrder ?? 'dmy') === 'dmy'];
  else [kind, dayFirst] = [DateKind.AMBIGUOUS, ctx.order === 'dmy'];
  const [day, month] = dayFirst ? [first, second] : [second, first];
  return isValidCivil(year, month, day) ? pack(dayFromCivil(year, month, day), kind) : NaN;
}

/** Packs a day and a kind (`DateCode`). */
export function pack(day: number, kind: number): DateCode {
  return day * 8 + kind;
}

function packOrNaN(day: number | null, kind: number): DateCode {
  return day === null ? NaN : pack(day, kind);
}

/** The day and kind of a packed `DateCode`. */
export function unpackDate(code: DateCode): { day: number; kind: number } {
  return { day: dayOfCode(code), kind: kindOfCode(code) };
}

/** The day of a packed `DateCode` (codes are 32-bit integers: an arithmetic shift). */
export function dayOfCode(code: DateCode): number {
  return code >> 3;
}

/** The `DateKind` of a packed `DateCode`. */
export function kindOfCode(code: DateCode): number {
  return code & 7;
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
  const code = dateCodeOfText(raw, ctx);
  return code === code ? unpackDate(code).day : null;
}

function isoCode(m: RegExpExecArray, ctx: DateContext): DateCode {
  const [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (!isValidCivil(year, month, day)) return NaN;
  const wallDay = dayFromCivil(year, month, day);
  const utcMark = m[8] !== undefined;
  const offsetSign = m[9];
  if (m[5] === undefined) return utcMark || offsetSign ? NaN : pack(wallDay, DateKind.EXACT);
  const [hour, minute] = [Number(m[5]), Number(m[6])];
  if (!isValidTime(hour, minute, m[7], undefined)) return NaN;
  if (offsetSign) {
    // The shop's own clock, as written: the offset says which clock that was.
    ctx.offsets?.add(`${offsetSign}${m[10]}:${m[11] ?? '00'}`);
    return pack(wallDay, DateKind.OFFSET);
  }
  if (!utcMark && ctx.zone !== 'utc') return pack(wallDay, DateKind.EXACT);
  const second = Number(m[7] ?? 0);
  const epochMs = wallDay * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000;
  return pack(wallDayOfInstant(epochMs, ctx.offsetAt), DateKind.UTC);
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
 * Day-month order of a column's `01/02/2024`-style texts, decided once for the whole column (or a
 * sample of it): a first number above 12 proves day first (`31/01/2024`, `29.06.2019`), a second
 * number above 12 proves month first (`01/31/2024`); the side with more proofs wins; without proof,
 * the locale decides (`dateOrderOfLocale`). The order reader settles the order again from every row.
 * @example decideDateOrder(['01/02/2024', '01/31/2024'], 'pl_PL') === 'mdy'
 */
export function decideDateOrder(values: readonly CellValue[], locale: string | undefined): DateOrder {
  let dayFirst = 0;
  let monthFirst = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'string' || isBlank(value)) continue;
    const m = NUMERIC_DATE.exec(value.trim());
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst++;
    else if (Number(m[3]) > 12) monthFirst++;
  }
  if (dayFirst !== monthFirst) return dayFirst > monthFirst ? 'dmy' : 'mdy';
  return dateOrderOfLocale(locale);
}
