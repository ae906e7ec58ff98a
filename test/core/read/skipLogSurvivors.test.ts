/**
 * The skipped-rows log (skipLog.ts): row 0, the memory bound while collecting, and finished()
 * giving a copy. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { ROWS_KEPT, SkipLog } from '../../../src/core/read/skipLog';

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
