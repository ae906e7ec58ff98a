/**
 * Time zones for the core: an `OffsetAt` (minutes east of UTC at an instant) turns the instant of a
 * date cell into the wall-clock day of the spreadsheet's zone. No Date arithmetic in local time, no
 * dependence on the script's own zone.
 */
import { MS_PER_DAY } from './days';
import type { OffsetAt } from './types';

const MS_PER_MINUTE = 60_000;

/**
 * A fast `OffsetAt` built from a slow primitive that gives the zone's offset in minutes at an instant
 * (in Apps Script: the server's `formatDate` of the zone with pattern 'Z', parsed to minutes:
 * see src/server/zone.ts).
 *
 * The primitive is asked for the offset at each UTC midnight the data touches, and once more per
 * UTC day whose two midnights disagree: inside such a day the transition instant is found by binary
 * search (about 27 calls, to the millisecond). This assumes at most one transition per UTC day,
 * which every real zone satisfies (transitions come months apart). Ten years of dates cost about
 * 3,700 primitive calls, any number of rows after that cost a Map look-up at most.
 * @example
 * const offsetAt = makeOffsetAt((ms) => parseOffsetText(formatZ(new Date(ms), zone))!); // formatZ: the server's formatter
 * offsetAt(Date.UTC(2024, 6, 1)) // 120 in Europe/Warsaw
 */
export function makeOffsetAt(primitive: (epochMs: number) => number): OffsetAt {
  const atMidnight = new Map<number, number>();
  const days = new Map<number, DayOffsets>();
  let lastDay = NaN;
  let last: DayOffsets = { before: 0, after: 0, switchAt: 0 };

  const midnightOffset = (utcDay: number): number => {
    let offset = atMidnight.get(utcDay);
    if (offset === undefined) {
      offset = primitive(utcDay * MS_PER_DAY);
      atMidnight.set(utcDay, offset);
    }
    return offset;
  };

  const dayOffsets = (utcDay: number): DayOffsets => {
    const before = midnightOffset(utcDay);
    const after = midnightOffset(utcDay + 1);
    if (before === after) return { before, after, switchAt: Infinity };
    // primitive(lo) === before, primitive(hi) !== before: narrow to adjacent milliseconds.
    let lo = utcDay * MS_PER_DAY;
    let hi = lo + MS_PER_DAY;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (primitive(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, after, switchAt: hi };
  };

  return (epochMs: number): number => {
    const utcDay = Math.floor(epochMs / MS_PER_DAY);
    if (utcDay !== lastDay) {
      let known = days.get(utcDay);
      if (known === undefined) {
        known = dayOffsets(utcDay);
        days.set(utcDay, known);
      }
      last = known;
      lastDay = utcDay;
    }
    return epochMs < last.switchAt ? last.before : last.after;
  };
}

interface DayOffsets {
  before: number;
  after: number;
  /** First instant with the `after` offset (Infinity when the day has one offset). */
  switchAt: number;
}

/**
 * Day number of the wall-clock date at an instant in the zone of `offsetAt`.
 * @example wallDayOfInstant(Date.UTC(2024, 0, 31, 23, 30), () => 60) === 19754 // 2024-02-01 in Warsaw
 */
export function wallDayOfInstant(epochMs: number, offsetAt: OffsetAt): number {
  return Math.floor((epochMs + offsetAt(epochMs) * MS_PER_MINUTE) / MS_PER_DAY);
}

/**
 * Offset in minutes of an ISO-8601 or Java `Z`-pattern offset text: `+0100`, `-07:00`,
 * `Z`. `null` when the text is not an offset.
 * @example parseOffsetText('+0530') === 330; parseOffsetText('-0700') === -420
 */
export function parseOffsetText(text: string): number | null {
  const m = /^(?:([zZ])|([+-])(\d{2}):?(\d{2}))$/.exec(text.trim());
  if (!m) return null;
  if (m[1]) return 0;
  const minutes = Number(m[3]) * 60 + Number(m[4]);
  return m[2] === '-' ? -minutes : minutes;
}
