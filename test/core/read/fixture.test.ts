import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectColumns } from '../../../src/core/read/columns';
import { readOrders } from '../../../src/core/read/orders';

// The first 15 purchases of the CDNOW sample (Fader & Hardie), copied from ../shared/datasets.
const rows = readFileSync(new URL('../../fixtures/cdnow-head.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => line.split(','));

describe('a real file: the head of the CDNOW sample', () => {
  it('is found and read end to end, YYYYMMDD texts and point decimals', () => {
    const guess = detectColumns(rows[0], rows.slice(1), 'en_US');
    expect(guess.mapping).toEqual({ customer: 0, date: 2, amount: 4, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null });
    expect(guess.platform).toBeNull();
    const table = readOrders(rows, guess.mapping, { offsetAt: () => 0, locale: 'en_US', firstDataRow: 1 });
    // Customers in order of appearance: 4, 21, 50, 71, 86, 111.
    expect(table.customerIds).toEqual(['4', '21', '50', '71', '86', '111']);
    // 1997-01-01 = 27 years after 1970 with 7 leap days: 27 × 365 + 7 = 9862.
    expect(table.day[0]).toBe(9862);
    // 1997-12-12: 9862 + 334 (Jan–Nov 1997) + 11 = 10207.
    expect(table.day[3]).toBe(10207);
    // Customer 111's spend: 35.99 + 32.99 + 77.96 + 59.30 + 134.98 + 91.92 = 433.14.
    let spend = 0;
    for (let i = 0; i < table.count; i++) if (table.customerIds[table.customer[i]] === '111') spend += table.amount[i];
    expect(spend).toBeCloseTo(433.14, 9);
    expect(table.health).toMatchObject({ rowsRead: 15, rowsUsed: 15, skipped: {} });
    expect(Object.keys(table.health.skipped)).toEqual([]);
  });
});
