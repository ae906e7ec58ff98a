/**
 * Day numbers: integer days since 1970-01-01 of a wall-clock (civil) date, proleptic Gregorian.
 * All date arithmetic of the core uses them; conversions below use integer maths only
 * (H. Hinnant's civil-date algorithms), no Date objects and no time zones.
 */

/** A civil date; month is 1-12. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

/**
 * Day number of a civil date.
 * @example dayFromCivil(1970, 1, 1) === 0; dayFromCivil(2024, 2, 29) === 19782
 */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthIndex = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthIndex + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Civil date of a day number.
 * @example civilFromDay(19782) // { year: 2024, month: 2, day: 29 }
 */
export function civilFromDay(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** True for a real calendar date (rejects 2023-02-29, month 13, …). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const c = civilFromDay(dayFromCivil(year, month, day));
  return c.month === month && c.day === day;
}

/** Day of week of a day number: 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * ISO `YYYY-MM-DD` of a day number.
 * @example isoOfDay(0) === '1970-01-01'
 */
export function isoOfDay(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Day number of an ISO `YYYY-MM-DD` string, or `null` when it is not a real date.
 * @example dayOfIso('2024-02-29') === 19782
 */
export function dayOfIso(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(year, month, day) ? dayFromCivil(year, month, day) : null;
}

/** Milliseconds in a day. */
export const MS_PER_DAY = 86_400_000;
