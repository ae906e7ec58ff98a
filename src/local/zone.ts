/**
 * Zone offsets from Node's `Intl` for the local runner, the host and the tests. The core takes an
 * `OffsetAt` from outside: Apps Script builds it from its own date formatter (src/server/zone.ts).
 */
import { makeOffsetAt } from '../core/time';
import type { OffsetAt } from '../core/types';

const MS_PER_MINUTE = 60_000;

/**
 * The offset in minutes of an IANA zone at an instant, computed with `Intl` (one `formatToParts`
 * a call; years before 1 AD counted through the era) — for Node. Throws a RangeError for an
 * unknown zone. Apps Script code cannot use it (see intlOffsetAt).
 * @example intlZoneOffset('Europe/Warsaw')(Date.UTC(2024, 6, 1)) === 120
 */
export function intlZoneOffset(zone: string): (epochMs: number) => number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    era: 'short',
  });
  return (epochMs) => {
    const parts: Record<string, string> = {};
    for (const part of format.formatToParts(epochMs)) parts[part.type] = part.value;
    let year = Number(parts.year);
    if (parts.era === 'BC' || parts.era === 'B') year = 1 - year;
    const wallAsUtc = Date.UTC(year, Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
    const wholeSecond = Math.floor(epochMs / 1000) * 1000;
    return Math.round((wallAsUtc - wholeSecond) / MS_PER_MINUTE);
  };
}

/**
 * A cached `OffsetAt` for an IANA zone computed with `Intl` — for Node (the local runner and the
 * tests). Apps Script code cannot use it: src/server/zone.ts builds its `OffsetAt` from Apps Script's
 * date formatter.
 * @example intlOffsetAt('America/Los_Angeles')(Date.UTC(2024, 0, 1)) === -480
 */
export function intlOffsetAt(zone: string): OffsetAt {
  return makeOffsetAt(intlZoneOffset(zone));
}
