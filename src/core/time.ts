/**
 * Time zones for the core: an `OffsetAt` (minutes east of UTC at an instant) turns the instant of a
 * date cell into the wall-clock day of the spreadsheet's zone. No Date arithmetic in local time, no
 * dependence on the script's own zone.
 */
import { MS_PER_DAY } from './days';
import type { OffsetAt } from './types';

const MS_PER_MINUTE = 60_000;

/**
 * Days between the instants at which `makeOffsetAt` asks its primitive. No zone since 1970 has had
 * two offset changes closer than 7 days (the closest: America/Boa_Vista, 2000-10-08 and 10-15,
 * found by sampling every zone of Node's tz data, 1970–2040, every 6 hours; docs/DECISIONS-reading.md).
 */
export const OFFSET_GRID_DAYS = 4;

const MS_PER_CELL = OFFSET_GRID_DAYS * MS_PER_DAY;

/**
 * A fast `OffsetAt` built from a slow primitive that gives the zone's offset in minutes at an instant
 * (in Apps Script: the server's `formatDate` of the zone with pattern 'Z', parsed to minutes:
 * see src/server/zone.ts).
 *
 * Time is cut into cells of OFFSET_GRID_DAYS UTC days. The primitive is asked for the offset at each
 * cell boundary the data touches; in a cell whose two boundaries disagree, the transition instant is
 * found by binary search (about 29 calls, to the millisecond). This assumes at most one transition
 * per cell, which every real zone satisfies (transitions come weeks or months apart). Ten years of
 * dates cost about 1,500 primitive calls (913 boundaries, ~29 per transition); any number of rows
 * after that costs a comparison, or a Map look-up when the rows leave the last cell.
 * @example
 * const offsetAt = makeOffsetAt((ms) => parseOffsetText(formatZ(new Date(ms), zone))!); // formatZ: the server's formatter
 * offsetAt(Date.UTC(2024, 6, 1)) // 120 in Europe/Warsaw
 */
export function makeOffsetAt(primitive: (epochMs: number) => number): OffsetAt {
  const atBoundary = new Map<number, number>();
  const cells = new Map<number, CellOffsets>();
  // The cell of the last call, [lastStart, lastEnd) in ms: sorted sheets stay in it for days of rows.
  let lastStart = 0;
  let lastEnd = -1;
  let last: CellOffsets = { before: 0, after: 0, switchAt: 0 };

  const boundaryOffset = (cell: number): number => {
    let offset = atBoundary.get(cell);
    if (offset === undefined) {
      offset = primitive(cell * MS_PER_CELL);
      atBoundary.set(cell, offset);
    }
    return offset;
  };

  const cellOffsets = (cell: number): CellOffsets => {
    const before = boundaryOffset(cell);
    const after = boundaryOffset(cell + 1);
    if (before === after) return { before, after, switchAt: Infinity };
    // primitive(lo) === before, primitive(hi) !== before: narrow to adjacent milliseconds.
    let lo = cell * MS_PER_CELL;
    let hi = lo + MS_PER_CELL;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (primitive(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, after, switchAt: hi };
  };

  return (epochMs: number): number => {
    if (!(epochMs >= lastStart && epochMs < lastEnd)) {
      const cell = Math.floor(epochMs / MS_PER_CELL);
      let known = cells.get(cell);
      if (known === undefined) {
        known = cellOffsets(cell);
        cells.set(cell, known);
      }
      last = known;
      lastStart = cell * MS_PER_CELL;
      lastEnd = lastStart + MS_PER_CELL;
    }
    return epochMs < last.switchAt ? last.before : last.after;
  };
}

interface CellOffsets {
  before: number;
  after: number;
  /** First instant with the `after` offset (Infinity when the cell has one offset). */
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
