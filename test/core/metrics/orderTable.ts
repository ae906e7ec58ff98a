/** Test helper: an OrderTable from readable rows. Shared by the metrics and cohort tests. */
import { dayOfIso } from '../../../src/core/days';
import type { OrderTable } from '../../../src/core/types';

/** [customer id, ISO date, net amount] */
export type Row = [string, string, number];

/** Builds the table with customer indexes in order of first appearance. */
export function tableOf(rows: readonly Row[]): OrderTable {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const customer = new Int32Array(rows.length);
  const day = new Int32Array(rows.length);
  const amount = new Float64Array(rows.length);
  rows.forEach(([id, iso, value], i) => {
    if (!index.has(id)) {
      index.set(id, ids.length);
      ids.push(id);
    }
    customer[i] = index.get(id)!;
    const d = dayOfIso(iso);
    if (d === null) throw new Error(`bad test date ${iso}`);
    day[i] = d;
    amount[i] = value;
  });
  return {
    count: rows.length,
    customerIds: ids,
    customer,
    day,
    amount,
    hasAmounts: true,
    health: { rowsRead: rows.length, rowsUsed: rows.length, skipped: {} },
  };
}

/** ISO date of a day offset from 2023-01-01 (fast-check generators draw offsets). */
export function isoFromOffset(offset: number): string {
  return new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10);
}
