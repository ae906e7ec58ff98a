/**
 * The rows the reader did not use, by reason: how many, and the first few row numbers of each
 * (the data health shows them so the user can find the rows).
 */
import type { DataHealth, SkipReason } from '../types';

/** How many row numbers each skip reason keeps. */
export const ROWS_KEPT = 5;

/** The smallest ROWS_KEPT row numbers. */
export function keepFirstRows(rows: number[]): number[] {
  return rows.sort((a, b) => a - b).slice(0, ROWS_KEPT);
}

/**
 * @example
 * const log = new SkipLog(); log.skip('no_date', 1, 7); log.entries // { no_date: { count: 1, rows: [7] } }
 */
export class SkipLog {
  readonly entries: DataHealth['skipped'] = {};

  /** Counts `lines` rows under `reason`, the first of them at sheet row `row` (−1: unknown). */
  skip(reason: SkipReason, lines: number, row: number): void {
    const entry = this.entries[reason] ?? (this.entries[reason] = { count: 0, rows: [] });
    entry.count += lines;
    if (row < 0) return;
    entry.rows.push(row);
    if (entry.rows.length > ROWS_KEPT * 2) entry.rows = keepFirstRows(entry.rows);
  }

  /** A copy of the entries, each keeping its first rows only. */
  finished(): DataHealth['skipped'] {
    const out: DataHealth['skipped'] = {};
    for (const [reason, entry] of Object.entries(this.entries)) {
      out[reason as SkipReason] = { count: entry!.count, rows: keepFirstRows(entry!.rows.slice()) };
    }
    return out;
  }
}
