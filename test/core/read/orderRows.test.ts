/**
 * The row rules for the lines of an order (orderRows.ts), through readOrders. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { readOrders } from '../../../src/core/read/orders';
import type { CellValue } from '../../../src/core/types';
import { day, map, orders } from './reading';

describe('refunds on the lines of an order', () => {
  const m = map({ orderId: 0, customer: 1, date: 2, amount: 3, refunds: 4 });

  it('takes a refund given on the third line when the first two lines have none', () => {
    const rows: CellValue[][] = [
      ['o1', 'a', '2024-01-01', 30, ''],
      ['o1', 'a', '2024-01-01', '', ''],
      ['o1', 'a', '2024-01-01', '', 4],
    ];
    const t = readOrders(rows, m, { offsetAt: () => 0 });
    // 30 − 4.
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 26]]);
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 0 });
  });
});
