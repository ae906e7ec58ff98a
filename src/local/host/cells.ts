/**
 * Cell values inside the host: how typed text becomes a value (as when a user types it into a cell),
 * and how a value is shown (`Range.getDisplayValues`) under a number format and a locale.
 */

/** A date cell: its wall time, kept as `Date.UTC` of the wall fields (no zone). */
export class WallDate {
  constructor(readonly wallMs: number) {}
}

/** What the host stores per cell. `''` is empty. */
export type HostValue = string | number | boolean | WallDate;

/** Days between Sheets' serial 0 (1899-12-30) and 1970-01-01. */
const SERIAL_EPOCH_DAYS = 25569;

/** @example serialOf(new WallDate(Date.UTC(1970, 0, 2))) === 25570 */
export function serialOf(d: WallDate): number {
  return d.wallMs / 86_400_000 + SERIAL_EPOCH_DAYS;
}

/** @example wallOfSerial(25570).wallMs === Date.UTC(1970, 0, 2) */
export function wallOfSerial(serial: number): WallDate {
  return new WallDate(Math.round((serial - SERIAL_EPOCH_DAYS) * 86_400_000));
}

interface LocaleRules {
  decimal: string;
  groups: string[];
  order: 'MDY' | 'DMY';
  dateFormat: string; // Sheets default date pattern
}

/** Number and date conventions of a spreadsheet locale ('en_US', 'pl_PL', …). */
export function localeRules(locale: string): LocaleRules {
  const lang = locale.split(/[_-]/)[0].toLowerCase();
  if (locale === 'en_US' || locale === 'en') return { decimal: '.', groups: [','], order: 'MDY', dateFormat: 'M/d/yyyy' };
  if (lang === 'en') return { decimal: '.', groups: [','], order: 'DMY', dateFormat: 'dd/MM/yyyy' };
  if (lang === 'pl' || lang === 'ru') return { decimal: ',', groups: [' ', '\u00a0', '\u202f'], order: 'DMY', dateFormat: 'dd.MM.yyyy' };
  if (lang === 'da' || lang === 'ro' || lang === 'de') return { decimal: ',', groups: ['.'], order: 'DMY', dateFormat: 'dd.MM.yyyy' };
  return { decimal: '.', groups: [','], order: 'DMY', dateFormat: 'dd/MM/yyyy' };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const numberRes = new Map<string, RegExp>();
function numberRe(locale: string): RegExp {
  let re = numberRes.get(locale);
  if (!re) {
    const r = localeRules(locale);
    const g = `[${r.groups.map(escapeRe).join('')}]`;
    const d = escapeRe(r.decimal);
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)?(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
    numberRes.set(locale, re);
  }
  return re;
}

function validWall(y: number, m: number, d: number, h = 0, mi = 0, s = 0): WallDate | null {
  if (m < 1 || m > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, m - 1, d, h, mi, s);
  const check = new Date(ms);
  if (check.getUTCDate() !== d) return null;
  if (y < 100) return validWall(y + (y < 30 ? 2000 : 1900), m, d, h, mi, s); // two-digit years
  return new WallDate(ms);
}

const TIME = '(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([AaPp][Mm]))?)?';
const ISO_DATE = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME}$`);
const LOCAL_DATE = new RegExp(`^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})${TIME}$`);
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([AaPp][Mm]))?$/;

function hour12(h: number, ampm: string | undefined): number {
  if (!ampm) return h;
  const pm = ampm.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

/**
 * What a cell holds after a user types `text` into it (Sheets' automatic conversion): numbers
 * (in the locale's notation, '12%' -> 0.12), dates and times (ISO, or the locale's day/month order),
 * TRUE/FALSE; anything else stays text.
 * @example parseTyped('1,5', 'pl_PL') === 1.5
 * @example (parseTyped('3/4/2024', 'en_US') as WallDate).wallMs === Date.UTC(2024, 2, 4)
 */
export function parseTyped(text: string, locale: string): HostValue {
  const t = text.trim();
  if (t === '') return text;
  const upper = t.toUpperCase();
  if (upper === 'TRUE') return true;
  if (upper === 'FALSE') return false;
  const n = numberRe(locale).exec(t);
  if (n && (n[2] !== undefined || n[3] !== undefined)) {
    const rules = localeRules(locale);
    let intPart = n[2] ?? '0';
    for (const g of rules.groups) intPart = intPart.split(g).join('');
    let v = Number(`${intPart}.${n[3] ?? '0'}e${n[4] ?? '0'}`);
    if (n[1] === '-') v = -v;
    if (n[5]) v /= 100;
    if (Number.isFinite(v)) return v;
  }
  let m = ISO_DATE.exec(t);
  if (m) {
    const d = validWall(+m[1], +m[2], +m[3], m[4] ? hour12(+m[4], m[7]) : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
    if (d) return d;
  }
  m = LOCAL_DATE.exec(t);
  if (m) {
    const mdy = localeRules(locale).order === 'MDY';
    const month = mdy ? +m[1] : +m[2];
    const day = mdy ? +m[2] : +m[1];
    const d = validWall(+m[3], month, day, m[4] ? hour12(+m[4], m[7]) : 0, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
    if (d) return d;
  }
  m = TIME_ONLY.exec(t);
  if (m) {
    const d = validWall(1899, 12, 30, hour12(+m[1], m[4]), +m[2], m[3] ? +m[3] : 0);
    if (d) return d;
  }
  return text;
}

function isDatePattern(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\\./g, '');
  return /[dy]/i.test(bare) || /h+:m|m+:s/i.test(bare);
}

/**
 * The type a stored value reads back as under a number format, as Sheets does: the format, not
 * how the value was written, decides. A date under a plain number format (`0`, `0.00`, `#,##0`)
 * is its serial number; a number under a date format is a date. Automatic, text (`@`) and other
 * formats keep the value.
 * @example typedByFormat(new WallDate(Date.UTC(1970, 0, 2)), '0') === 25570
 * @example (typedByFormat(25570, 'yyyy-mm-dd') as WallDate).wallMs === Date.UTC(1970, 0, 2)
 */
export function typedByFormat(v: HostValue, format: string | undefined): HostValue {
  if (!format || format === 'General' || format === '@') return v;
  if (v instanceof WallDate) return isDatePattern(format) || !/[0#]/.test(format) ? v : serialOf(v);
  if (typeof v === 'number' && isDatePattern(format)) return wallOfSerial(v);
  return v;
}

function groupDigits(int: string, sep: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function formatNumberPattern(v: number, format: string, locale: string): string {
  const rules = localeRules(locale);
  const section = format.split(';')[v < 0 && format.includes(';') ? 1 : 0];
  const first = section.search(/[0#]/);
  if (first < 0) return section.replace(/"/g, '');
  let last = first;
  for (let i = first; i < section.length; i++) if (/[0#.,]/.test(section[i])) last = i;
  const core = section.slice(first, last + 1);
  const literal = (s: string) => s.replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1');
  const prefix = literal(section.slice(0, first));
  const suffix = literal(section.slice(last + 1));
  let x = Math.abs(v);
  if ((prefix + suffix).includes('%')) x *= 100;
  const dot = core.indexOf('.');
  const frac = dot >= 0 ? core.slice(dot + 1) : '';
  const minFrac = (frac.match(/0/g) ?? []).length;
  const maxFrac = frac.replace(/,/g, '').length;
  let s = x.toFixed(maxFrac);
  if (maxFrac > minFrac) s = s.replace(new RegExp(`0{1,${maxFrac - minFrac}}$`), '').replace(/\.$/, '');
  let [int, dec] = s.split('.');
  if (core.slice(0, dot >= 0 ? dot : undefined).includes(',')) int = groupDigits(int, rules.groups[0] === ' ' ? '\u00a0' : rules.groups[0]);
  const sign = v < 0 && !format.includes(';') && Number(s) !== 0 ? '-' : '';
  return sign + prefix + int + (dec ? rules.decimal + dec : '') + suffix;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Formats a wall time with a Sheets date pattern (yyyy, yy, m/mm/mmm/mmmm, d/dd/ddd/dddd, h/hh, mm minutes, ss, am/pm). */
function formatDatePattern(d: WallDate, format: string): string {
  const w = new Date(d.wallMs);
  const tokens = format.match(/"[^"]*"|\\.|y+|m+|d+|h+|s+|am\/pm|a\/p|[^ymdhs"\\]+/gi) ?? [];
  const hasAmPm = /am\/pm|a\/p/i.test(format);
  let out = '';
  tokens.forEach((tok, i) => {
    const lower = tok.toLowerCase();
    const prev = tokens.slice(0, i).reverse().find((t) => /^[ymdhs]/i.test(t))?.toLowerCase() ?? '';
    const next = tokens.slice(i + 1).find((t) => /^[ymdhs]/i.test(t))?.toLowerCase() ?? '';
    const hour = w.getUTCHours();
    if (tok.startsWith('"')) out += tok.slice(1, -1);
    else if (tok.startsWith('\\')) out += tok.slice(1);
    else if (lower[0] === 'y') out += lower.length <= 2 ? pad2(w.getUTCFullYear() % 100) : String(w.getUTCFullYear());
    else if (lower[0] === 'm' && lower.length <= 2 && (prev[0] === 'h' || next[0] === 's')) {
      out += lower.length === 2 ? pad2(w.getUTCMinutes()) : String(w.getUTCMinutes());
    } else if (lower[0] === 'm') {
      const m = w.getUTCMonth();
      out += lower.length >= 4 ? MONTHS[m] : lower.length === 3 ? MONTHS[m].slice(0, 3) : lower.length === 2 ? pad2(m + 1) : String(m + 1);
    } else if (lower[0] === 'd') {
      const dow = w.getUTCDay();
      out += lower.length >= 4 ? DAYS[dow] : lower.length === 3 ? DAYS[dow].slice(0, 3) : lower.length === 2 ? pad2(w.getUTCDate()) : String(w.getUTCDate());
    } else if (lower[0] === 'h') {
      const h = hasAmPm ? (hour % 12 === 0 ? 12 : hour % 12) : hour;
      out += lower.length >= 2 ? pad2(h) : String(h);
    } else if (lower[0] === 's') out += lower.length >= 2 ? pad2(w.getUTCSeconds()) : String(w.getUTCSeconds());
    else if (lower === 'am/pm') out += hour < 12 ? 'AM' : 'PM';
    else if (lower === 'a/p') out += hour < 12 ? 'A' : 'P';
    else out += tok;
  });
  return out;
}

function formatGeneral(v: number, locale: string): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e15) return String(v);
  const s = String(Number(v.toPrecision(10)));
  return s.replace('.', localeRules(locale).decimal);
}

/**
 * The text Sheets shows for a value under a number format ('' = automatic) in a locale.
 * @example displayValue(0.1234, '0.0%', 'en_US') === '12.3%'
 * @example displayValue(1234.5, '#,##0.00', 'pl_PL') === '1\u00a0234,50'
 */
export function displayValue(v: HostValue, format: string, locale: string): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const fmt = format === 'General' ? '' : format;
  if (v instanceof WallDate) {
    if (fmt && fmt !== '@' && !isDatePattern(fmt)) return formatNumberPattern(serialOf(v), fmt, locale);
    if (fmt && fmt !== '@') return formatDatePattern(v, fmt);
    const base = localeRules(locale).dateFormat.replace(/M/g, 'm');
    const w = new Date(v.wallMs);
    const hasTime = w.getUTCHours() || w.getUTCMinutes() || w.getUTCSeconds();
    if (v.wallMs < Date.UTC(1900, 0, 1) && v.wallMs >= Date.UTC(1899, 11, 30)) return formatDatePattern(v, 'h:mm:ss');
    return formatDatePattern(v, hasTime ? `${base} h:mm:ss` : base);
  }
  if (fmt && fmt !== '@' && isDatePattern(fmt)) return formatDatePattern(wallOfSerial(v), fmt);
  if (!fmt || fmt === '@') return formatGeneral(v, locale);
  return formatNumberPattern(v, fmt, locale);
}
