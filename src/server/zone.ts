/**
 * The spreadsheet's time zone as the core needs it: an `OffsetAt` built from
 * `Utilities.formatDate(…, 'Z')`, which works in every Apps Script runtime (no reliance on `Intl`).
 * The core caches it, so a sheet of any size costs about 150 formatDate calls per year of dates.
 */
import { makeOffsetAt, parseOffsetText } from '../core/time';
import type { OffsetAt } from '../core/types';

const cache: Record<string, OffsetAt> = {};

/**
 * The offset function of an IANA zone, cached for the rest of the execution.
 * @example offsetAtOfZone('Europe/Warsaw')(Date.UTC(2024, 6, 1)) === 120
 */
export function offsetAtOfZone(zone: string): OffsetAt {
  if (!cache[zone]) {
    cache[zone] = makeOffsetAt((epochMs) => {
      const text = Utilities.formatDate(new Date(epochMs), zone, 'Z');
      const minutes = parseOffsetText(text);
      if (minutes === null) throw new Error(`Unexpected time-zone offset "${text}" for ${zone}`);
      return minutes;
    });
  }
  return cache[zone];
}
