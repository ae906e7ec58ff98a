/**
 * The row rules for the lines of an order (orderRows.ts), through readOrders. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/core/read/columns';
import { readOrders } from '../../../src/core/read/orders';
import type { CellValue, OrderTable } from '../../../src/core/types';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const map = (m: Partial<ColumnMapping>): ColumnMapping => ({
  customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null, ...m,
});
function orders(table: OrderTable): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let i = 0; i < table.count; i++) out.push([table.customerIds[table.customer[i]], table.day[i], table.amount[i]]);
  return out;
}

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
