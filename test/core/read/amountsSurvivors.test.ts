/**
 * Amounts (amounts.ts): a mistyped amount with two separators in a row is no amount, and so it
 * has no say in a column's decimal separator. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/core/read/columns';
import { decideDecimalSeparator, parseAmountWith } from '../../../src/core/read/amounts';
import { readOrders } from '../../../src/core/read/orders';

const map = (m: Partial<ColumnMapping>): ColumnMapping => ({
  customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null, ...m,
});

describe('two separators in a row', () => {
  it('make a text no amount', () => {
    expect([parseAmountWith('1,,234.50', '.'), parseAmountWith('1  .1', '.'), parseAmountWith('12,.5', ',')]).toEqual([null, null, null]);
  });

  it('give the text no vote for the decimal separator: the locale decides', () => {
    expect(decideDecimalSeparator(['1,,234.50'], 'pl_PL')).toBe(',');
    expect(decideDecimalSeparator(['1  .1', '1,,234.50'], 'pl_PL')).toBe(',');
    expect(decideDecimalSeparator(['1..234,50'], 'en_US')).toBe('.');
  });

  it('leave a Polish column’s "1.234" at 1234 (the point groups thousands)', () => {
    const t = readOrders([['a', '2024-01-01', '1,,234.50'], ['b', '2024-01-02', '1.234']], map({ customer: 0, date: 1, amount: 2 }), {
      offsetAt: () => 0, locale: 'pl_PL', firstRowNumber: 2,
    });
    expect(Array.from(t.amount)).toEqual([1234]);
    expect(t.health.skipped).toEqual({ bad_amount: { count: 1, rows: [2] } });
  });
});
