/**
 * Text -> cell value, as Google Sheets' File > Import ("convert text to numbers, dates and
 * formulas") converts a CSV field in the spreadsheet's locale.
 *
 * What becomes what (decisions marked *):
 * - Numbers written the locale's way: en_US/en_GB "1,234.56"; pl_PL/ru_RU "1 234,56" (space,
 *   no-break space or narrow no-break space between groups of three); da_DK/ro_RO "1.234,56".
 *   A sign, an exponent ("1.5E3") and plain digits work everywhere. Group separators must stand
 *   between groups of three digits ("1,23" in en_US stays text).
 * - Leading zeros: Sheets turns "00123" into the number 123, and so do we (CDNOW's customer id
 *   "00001" becomes 1). Integers longer than 15 digits lose precision, as in Sheets.
 * - Percentages: "12%" (also "12 %") -> 0.12, with number format '0%' ('0.00%' when it has decimals).
 * - * Currency: Sheets reads "$12.50" (en_US) or "12,50 zł" (pl_PL) as a number with a currency
 *   format. We keep any text with a currency sign or word as text: the order readers see the
 *   original text and decide, and no currency table has to be guessed here.
 * - * Comma-decimal locales: Sheets reads "3.5" in pl_PL as a date of the current year
 *   (3 May); we keep it as text, so the result never depends on the clock.
 * - Dates: ISO "2024-01-31", "2024/01/31", optionally with a time "12:50", "12:50:00",
 *   "12:50:00.5" (fractions of a second are dropped) or "8:26 PM" in every locale; local dates with
 *   a two- or four-digit year, month/day/year in en_US and day/month/year in the other locales,
 *   separated by '/', '.' or '-' (the same separator twice). Two-digit years: 00-29 -> 2000s,
 *   30-99 -> 1900s (Sheets' rule). A time alone ("8:26") becomes a date cell on 1899-12-30, as
 *   Sheets stores times. An impossible date ("2/30/2024") stays text. * ISO with a 'T'
 *   ("2024-01-31T10:00:00") stays text, as in Sheets.
 * - YYYYMMDD integers such as 19970101 are numbers (Sheets does not read them as dates).
 * - "TRUE"/"FALSE" in any letter case -> booleans.
 * - * A field starting with '=' stays text: Sheets would make it a formula, but a local runner
 *   must not evaluate formulas that arrive in a data file.
 * - Spaces around a field are ignored when looking for a number, date or boolean; a field that is
 *   text keeps its spaces. The empty field is ''.
 */
import { isValidCivil } from '../../core/days';
import type { CellStyle, StoredValue, WallTime } from '../sheetData';

/** The spreadsheet locales the add-on supports. */
export const SUPPORTED_LOCALES = ['en_US', 'en_GB', 'pl_PL', 'ru_RU', 'ro_RO', 'da_DK'] as const;

interface LocaleFormat {
  decimal: '.' | ',';
  /** Characters that may separate groups of three digits. */
  groups: string;
  dateOrder: 'mdy' | 'dmy';
}

const FORMATS: Record<(typeof SUPPORTED_LOCALES)[number], LocaleFormat> = {
  en_US: { decimal: '.', groups: ',', dateOrder: 'mdy' },
  en_GB: { decimal: '.', groups: ',', dateOrder: 'dmy' },
  pl_PL: { decimal: ',', groups: ' \u00a0\u202f', dateOrder: 'dmy' },
  ru_RU: { decimal: ',', groups: ' \u00a0\u202f', dateOrder: 'dmy' },
  ro_RO: { decimal: ',', groups: '.', dateOrder: 'dmy' },
  da_DK: { decimal: ',', groups: '.', dateOrder: 'dmy' },
};

/** A converted field that also gets a number format, as Sheets gives percentages. */
export class Styled {
  constructor(
    readonly value: number,
    readonly style: CellStyle,
  ) {}
}

/** Turns one text field into a cell value; built once per locale by {@link makeConverter}. */
export type Converter = (field: string) => StoredValue | Styled;

const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d+)?)?(?:\\s*([AaPp][Mm]))?';
const ISO_DATE = new RegExp(`^(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})(?:\\s+${TIME})?$`);
const LOCAL_DATE = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:\\s+${TIME})?$`);
const TIME_ONLY = new RegExp(`^${TIME}$`);

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}

/**
 * The converter for a Sheets locale. Fields that are neither numbers, dates nor booleans come
 * back unchanged (as text). A percentage comes back as a `Styled` value with its number format.
 * @example
 * const convert = makeConverter('pl_PL');
 * convert('1 234,56') // 1234.56
 * convert('31.01.2024') // { wall: { year: 2024, month: 1, day: 31, hour: 0, minute: 0, second: 0 } }
 * convert('12%') // Styled { value: 0.12, style: { numberFormat: '0%' } }
 */
export function makeConverter(locale: string): Converter {
  const format = localeFormat(locale);
  const d = format.decimal === '.' ? '\\.' : ',';
  const g = `[${escapeClass(format.groups)}]`;
  const numberPattern = new RegExp(
    `^([+-])?((?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}\\d*)?|${d}\\d+)([eE][+-]?\\d+)?(\\s?%)?$`,
  );
  const groupChars = new RegExp(g, 'g');

  function toNumber(text: string): StoredValue | Styled | null {
    const m = numberPattern.exec(text);
    if (!m) return null;
    let digits = m[2].replace(groupChars, '');
    if (format.decimal === ',') digits = digits.replace(',', '.');
    const literal = (m[1] === '-' ? '-' : '') + digits + (m[3] ?? '');
    if (!m[4]) return Number(literal);
    // Number('12e-2') is the double nearest 0.12, where 12 / 100 would round twice.
    const value = m[3] ? Number(literal) / 100 : Number(`${literal}e-2`);
    return new Styled(value, { numberFormat: digits.includes('.') ? '0.00%' : '0%' });
  }

  return (field: string): StoredValue | Styled => {
    if (field === '') return '';
    const text = field.trim();
    const first = text.charCodeAt(0);
    const startsWithDigit = first >= 48 && first <= 57;
    if (startsWithDigit || text[0] === '-' || text[0] === '+' || text[0] === format.decimal) {
      const number = toNumber(text);
      if (number !== null) return number;
      if (startsWithDigit) return toDate(text, format.dateOrder) ?? field;
      return field;
    }
    const lower = text.length === 4 || text.length === 5 ? text.toLowerCase() : '';
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    return field;
  };
}

/**
 * The decimal separator of a locale.
 * @example decimalSeparator('da_DK') === ','
 */
export function decimalSeparator(locale: string): '.' | ',' {
  return localeFormat(locale).decimal;
}

/** The number/date conventions of a locale; a clear error for one the add-on does not support. */
function localeFormat(locale: string): LocaleFormat {
  const format = (FORMATS as Record<string, LocaleFormat | undefined>)[locale];
  if (!format) {
    throw new Error(`The locale "${locale}" is not supported. Use one of: ${SUPPORTED_LOCALES.join(', ')}.`);
  }
  return format;
}

function toDate(text: string, order: 'mdy' | 'dmy'): { wall: WallTime } | null {
  let m = ISO_DATE.exec(text);
  if (m) return wallOf(Number(m[1]), Number(m[3]), Number(m[4]), m, 5);
  m = LOCAL_DATE.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    const yy = Number(m[4]);
    const year = m[4].length === 2 ? (yy < 30 ? 2000 + yy : 1900 + yy) : yy;
    return order === 'mdy' ? wallOf(year, a, b, m, 5) : wallOf(year, b, a, m, 5);
  }
  m = TIME_ONLY.exec(text);
  if (m) return wallOf(1899, 12, 30, m, 1);
  return null;
}

/** A wall time from a date and the time groups of `m` starting at index `at`, or null if impossible. */
function wallOf(year: number, month: number, day: number, m: RegExpExecArray, at: number): { wall: WallTime } | null {
  if (!isValidCivil(year, month, day)) return null;
  let hour = m[at] === undefined ? 0 : Number(m[at]);
  const minute = m[at + 1] === undefined ? 0 : Number(m[at + 1]);
  const second = m[at + 2] === undefined ? 0 : Number(m[at + 2]);
  const meridiem = m[at + 3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return { wall: { year, month, day, hour, minute, second } };
}
