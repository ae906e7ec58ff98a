import { describe, expect, it } from 'vitest';
import { keepFirstRows, ROWS_KEPT, SkipLog } from '../../../src/core/read/skipLog';

describe('SkipLog', () => {
  it('counts every skipped row and keeps the smallest five row numbers, whatever the order they come in', () => {
    const log = new SkipLog();
    const rows = [40, 3, 99, 12, 7, 55, 8, 2, 61, 30, 4, 77, 5];
    for (const row of rows) log.skip('no_date', 2, row);
    log.skip('no_date', 1, -1); // a row unknown: counted, not listed
    expect(log.finished()).toEqual({ no_date: { count: 2 * rows.length + 1, rows: [2, 3, 4, 5, 7] } });
    expect(ROWS_KEPT).toBe(5);
  });

  it('finishing does not change what it keeps collecting', () => {
    const log = new SkipLog();
    for (const row of [9, 8, 7, 6, 5, 4]) log.skip('bad_amount', 1, row);
    expect(log.finished().bad_amount?.rows).toEqual([4, 5, 6, 7, 8]);
    log.skip('bad_amount', 1, 1);
    expect(log.finished().bad_amount).toEqual({ count: 7, rows: [1, 4, 5, 6, 7] });
  });

  it('sorts row numbers as numbers, not as texts', () => {
    expect(keepFirstRows([100, 20, 3, 1000, 9])).toEqual([3, 9, 20, 100, 1000]);
  });
});

describe('SkipLog', () => {
  it('lists row 0 like any row: only a negative row is unknown', () => {
    const log = new SkipLog();
    log.skip('no_date', 1, 0);
    log.skip('no_date', 1, -1);
    expect(log.finished()).toEqual({ no_date: { count: 2, rows: [0] } });
  });

  it('keeps at most twice ROWS_KEPT row numbers per reason while collecting a million skipped rows', () => {
    const log = new SkipLog();
    for (let row = 1_000_000; row > 0; row--) log.skip('bad_amount', 1, row);
    expect(log.entries.bad_amount!.rows.length).toBeLessThanOrEqual(2 * ROWS_KEPT);
    expect(log.finished()).toEqual({ bad_amount: { count: 1_000_000, rows: [1, 2, 3, 4, 5] } });
  });

  it('finishes into a copy: the rows collected stay as they came', () => {
    const log = new SkipLog();
    for (const row of [9, 3, 7]) log.skip('no_customer', 1, row);
    expect(log.finished().no_customer!.rows).toEqual([3, 7, 9]);
    expect(log.entries.no_customer!.rows).toEqual([9, 3, 7]);
  });
});
