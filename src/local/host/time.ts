/**
 * Time-zone arithmetic for the host: wall times <-> instants in an IANA zone, and Java
 * SimpleDateFormat patterns for `Utilities.formatDate`. Built on `Intl.DateTimeFormat`.
 */
import { intlZoneOffset } from '../zone';

const zoneOffsets = new Map<string, (ms: number) => number>();
const offsetCache = new Map<string, Map<number, number>>();

/** The zone's uncached offset function (src/core/time.ts), made once per zone. */
function offsetFunction(zone: string): (ms: number) => number {
  let f = zoneOffsets.get(zone);
  if (!f) {
    f = intlZoneOffset(zone);
    zoneOffsets.set(zone, f);
  }
  return f;
}

/** Throws like Apps Script does for an unknown zone name. */
export function checkZone(zone: string): void {
  try {
    offsetFunction(zone);
  } catch {
    throw new Error(`Invalid argument: timeZone ${zone}`);
  }
}

const QUARTER_HOUR = 15 * 60 * 1000;

/**
 * Minutes east of UTC of `zone` at the instant `ms`.
 * @example zoneOffset(Date.UTC(2024, 6, 1), 'Europe/Warsaw') === 120
 */
export function zoneOffset(ms: number, zone: string): number {
  let cache = offsetCache.get(zone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(zone, cache);
  }
  // Zone transitions happen on quarter hours, so the offset is constant within one.
  const key = Math.floor(ms / QUARTER_HOUR);
  let off = cache.get(key);
  if (off === undefined) {
    off = offsetFunction(zone)(key * QUARTER_HOUR);
    if (cache.size > 200_000) cache.clear();
    cache.set(key, off);
  }
  return off;
}

/**
 * The instant of a wall time (given as `Date.UTC` of its fields) in `zone`.
 * A wall time skipped by a spring-forward gap maps past the gap (02:30 -> 03:30 summer time);
 * a repeated wall time (fall back) maps to its first occurrence.
 * @example wallToInstant(Date.UTC(2024, 0, 1), 'Europe/Warsaw') === Date.UTC(2023, 11, 31, 23)
 */
export function wallToInstant(wallMs: number, zone: string): number {
  let days = dayOffsets.get(zone);
  if (!days) {
    days = new Map();
    dayOffsets.set(zone, days);
  }
  const day = Math.floor(wallMs / 86_400_000);
  let off = days.get(day);
  if (off === undefined) {
    // The offset of the whole wall day when it has no transition, else NaN (take the slow path).
    const start = slowWallToInstant(day * 86_400_000, zone);
    const end = slowWallToInstant((day + 1) * 86_400_000 - 1, zone);
    const a = Math.round((day * 86_400_000 - start) / 60000);
    const b = Math.round(((day + 1) * 86_400_000 - 1 - end) / 60000);
    off = a === b && zoneOffset(start + 43_200_000, zone) === a ? a : NaN;
    if (days.size > 100_000) days.clear();
    days.set(day, off);
  }
  return Number.isNaN(off) ? slowWallToInstant(wallMs, zone) : wallMs - off * 60000;
}

const dayOffsets = new Map<string, Map<number, number>>();

function slowWallToInstant(wallMs: number, zone: string): number {
  const before = zoneOffset(wallMs - 86_400_000, zone);
  const after = zoneOffset(wallMs + 86_400_000, zone);
  if (before === after) {
    const t = wallMs - before * 60000;
    if (zoneOffset(t, zone) === before) return t;
  }
  // Near a transition: try the earlier offset's instant first (the larger offset gives the earlier instant).
  const offsets = before > after ? [before, after] : [after, before];
  for (const off of offsets) {
    const t = wallMs - off * 60000;
    if (zoneOffset(t, zone) === off) return t;
  }
  // In a gap: keep the pre-transition offset, which lands after the gap.
  return wallMs - before * 60000;
}

/**
 * The wall time (as `Date.UTC` of its fields) of instant `ms` in `zone`.
 * @example instantToWall(Date.UTC(2023, 11, 31, 23), 'Europe/Warsaw') === Date.UTC(2024, 0, 1)
 */
export function instantToWall(ms: number, zone: string): number {
  return ms + zoneOffset(ms, zone) * 60000;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function pad(n: number, width: number): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

function offsetText(off: number, colon: boolean, hoursOnly = false): string {
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = pad(Math.floor(a / 60), 2);
  if (hoursOnly) return sign + hh;
  return sign + hh + (colon ? ':' : '') + pad(a % 60, 2);
}

function shortZoneName(ms: number, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'short' }).formatToParts(new Date(ms));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
}

/**
 * Formats an instant in a zone with a Java `SimpleDateFormat` pattern, as `Utilities.formatDate` does
 * (English month and day names; `z` gives Intl's short zone name, e.g. "PST" or "GMT+1").
 * @example formatJavaDate(new Date(Date.UTC(2024, 0, 5, 12)), 'Europe/Warsaw', "yyyy-MM-dd'T'HH:mm XXX") === '2024-01-05T13:00 +01:00'
 */
export function formatJavaDate(date: Date, zone: string, pattern: string): string {
  checkZone(zone);
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new Error('Invalid argument: date');
  const off = zoneOffset(ms, zone);
  const w = new Date(ms + off * 60000);
  const year = w.getUTCFullYear();
  const month = w.getUTCMonth();
  const day = w.getUTCDate();
  const hour = w.getUTCHours();
  const dow = w.getUTCDay();
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      let text = '';
      while (j < pattern.length) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern[j++];
      }
      if (j >= pattern.length) throw new Error(`Invalid argument: format (unterminated quote in ${pattern})`);
      out += text;
      i = j + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    switch (c) {
      case 'G':
        out += year > 0 ? 'AD' : 'BC';
        break;
      case 'y':
      case 'Y':
        out += n === 2 ? pad(year % 100, 2) : pad(year, n);
        break;
      case 'M':
      case 'L':
        out += n >= 4 ? MONTHS[month] : n === 3 ? MONTHS[month].slice(0, 3) : pad(month + 1, n);
        break;
      case 'd':
        out += pad(day, n);
        break;
      case 'D': {
        const doy = Math.round((Date.UTC(year, month, day) - Date.UTC(year, 0, 1)) / 86_400_000) + 1;
        out += pad(doy, n);
        break;
      }
      case 'E':
        out += n >= 4 ? DAYS[dow] : DAYS[dow].slice(0, 3);
        break;
      case 'u':
        out += pad(dow === 0 ? 7 : dow, n);
        break;
      case 'a':
        out += hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(hour, n);
        break;
      case 'k':
        out += pad(hour === 0 ? 24 : hour, n);
        break;
      case 'K':
        out += pad(hour % 12, n);
        break;
      case 'h':
        out += pad(hour % 12 === 0 ? 12 : hour % 12, n);
        break;
      case 'm':
        out += pad(w.getUTCMinutes(), n);
        break;
      case 's':
        out += pad(w.getUTCSeconds(), n);
        break;
      case 'S':
        out += pad(w.getUTCMilliseconds(), n);
        break;
      case 'Z':
        out += offsetText(off, false);
        break;
      case 'X':
        out += off === 0 ? 'Z' : offsetText(off, n >= 3, n === 1);
        break;
      case 'z':
        out += n >= 4 ? zone : shortZoneName(ms, zone);
        break;
      case 'w': {
        // ISO-like week of year (Java's default for en_US counts Sunday-start weeks; close enough here).
        const jan1 = Date.UTC(year, 0, 1);
        const doy = Math.round((Date.UTC(year, month, day) - jan1) / 86_400_000);
        out += pad(Math.floor((doy + new Date(jan1).getUTCDay()) / 7) + 1, n);
        break;
      }
      default:
        throw new Error(`Invalid argument: format (Illegal pattern character '${c}')`);
    }
  }
  return out;
}
