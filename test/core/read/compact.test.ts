/**
 * The end of reading (compact.ts): a date the settling rejects after re-reading it is counted as
 * unreadable, and no row outside the data rows is named for it.
 */
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/core/days';
import { createOrderReader } from '../../../src/core/read/orders';

describe('dates rejected after re-reading', () => {
  it('counts a re-read date past the latest day as unreadable, naming no row outside the data rows', () => {
    // Polish sheet, data in rows 2–3: 01/31/2024 proves month first, so 03/01/2024 (read as 3 January)
    // is 1 March, after the latest day (1 February).
    const reader = createOrderReader({ offsetAt: () => 0, locale: 'pl_PL', firstRowNumber: 2, latestDay: dayFromCivil(2024, 2, 1) });
    reader.addRows({ customer: ['a', 'b'], date: ['01/31/2024', '03/01/2024'], amount: [1, 2] });
    const t = reader.finish();
    expect(Array.from(t.day)).toEqual([dayFromCivil(2024, 1, 31)]);
    const badDate = t.health.skipped.bad_date!;
    expect(badDate.count).toBe(1);
    for (const row of badDate.rows) expect([2, 3]).toContain(row);
  });
});
