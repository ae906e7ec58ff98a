/**
 * The order reader's entry points (createOrderReader's addRows and addRowBlock, readOrders): the
 * column shapes, the fast path's limits and ragged rows. Expected values are worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../../../src/core/read/columns';
import { createOrderReader, readOrders } from '../../../src/core/read/orders';
import type { CellValue, OrderTable } from '../../../src/core/types';

const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
/** A Date cell at noon UTC (the spreadsheet's zone is UTC in these tests). */
const noon = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));
const map = (m: Partial<ColumnMapping>): ColumnMapping => ({
  customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null, ...m,
});

/** The orders of a table as [customer, day, amount]. */
function orders(table: OrderTable): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let i = 0; i < table.count; i++) out.push([table.customerIds[table.customer[i]], table.day[i], table.amount[i]]);
  return out;
}

describe('rows of Date cells and number amounts with refunds or flags', () => {
  it('subtracts the refunds of rows whose dates are Date cells and amounts numbers', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({
      customer: ['a', 'b'],
      date: [noon(2024, 1, 1), noon(2024, 1, 2)],
      amount: [30, 10],
      refunds: [5, ''],
    });
    const t = reader.finish();
    // a: 30 − 5 = 25; b has no refund.
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 25], ['b', day(2024, 1, 2), 10]]);
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 0 });
  });

  it('applies the row flags of rows whose dates are Date cells and amounts numbers', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRows({
      customer: ['a', 'b', 'c'],
      date: [noon(2024, 1, 1), noon(2024, 1, 2), noon(2024, 1, 3)],
      amount: [10, 20, 30],
      flags: [1, 0, 2], // a void, b plain, c refunded in full
    });
    const t = reader.finish();
    expect(orders(t)).toEqual([['b', day(2024, 1, 2), 20], ['c', day(2024, 1, 3), 0]]);
    expect(t.health.skipped).toEqual({ cancelled: { count: 1, rows: [2] } });
    expect(t.health.refunds).toEqual({ orders: 1, inFull: 1 });
  });
});

describe('columns without an amount', () => {
  it('counts every order 1 when a quantity column comes without a price column', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({ customer: ['a', 'b'], date: ['2024-01-01', '2024-01-02'], quantity: [2, 3] });
    const t = reader.finish();
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.skipped).toEqual({});
  });

  it('does not read a blank row of a chunk without an amount column (columns)', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRows({ customer: ['a', ''], date: ['2024-01-01', ''] });
    const t = reader.finish();
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1]]);
    expect([t.health.rowsRead, t.health.rowsUsed, t.health.skipped]).toEqual([1, 1, {}]);
  });

  it('does not read a blank row of a block without an amount column (rows)', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock([['a', '2024-01-01'], ['', '']], { customer: 0, date: 1 });
    const t = reader.finish();
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1]]);
    expect([t.health.rowsRead, t.health.rowsUsed, t.health.skipped]).toEqual([1, 1, {}]);
  });

  it('counts every order 1 in a block with a price column but no quantity', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock([['2024-01-01', 'a', 5], ['2024-01-02', 'b', 7]], { date: 0, customer: 1, price: 2 });
    const t = reader.finish();
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.skipped).toEqual({});
  });

  it('counts every order 1 in a block with a quantity column but no price', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock([['2024-01-01', 'a', 3], ['2024-01-02', 'b', 4]], { date: 0, customer: 1, quantity: 2 });
    const t = reader.finish();
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.skipped).toEqual({});
  });

  it('readOrders counts every order 1 when the mapping has a price but no quantity and no amount', () => {
    const t = readOrders([['a', '2024-01-01', 5], ['b', '2024-01-02', 6]], map({ customer: 0, date: 1, price: 2 }), { offsetAt: () => 0 });
    expect(t.hasAmounts).toBe(false);
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 1], ['b', day(2024, 1, 2), 1]]);
  });
});

describe('blocks of rows', () => {
  it('groups the lines of an order whose id sits in a later column of the block', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    reader.addRowBlock(
      [['a', '2024-01-01', 4, 'o1'], ['a', '2024-01-01', 6, 'o1'], ['b', '2024-01-02', 1, 'o2']],
      { customer: 0, date: 1, amount: 2, orderId: 3 },
    );
    const t = reader.finish();
    // o1 = 4 + 6 on one order; o2 on its own.
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 10], ['b', day(2024, 1, 2), 1]]);
    expect(t.health.rowsUsed).toBe(3);
  });
});

describe('readOrders with ragged rows (getValues of a trimmed range)', () => {
  it('reads a missing cell as empty: a row without its amount cell has no amount, a row of no cells is not read', () => {
    const rows: CellValue[][] = [['a', '2024-01-01', 5], ['b', '2024-01-02'], []];
    const t = readOrders(rows, map({ customer: 0, date: 1, amount: 2 }), { offsetAt: () => 0, firstRowNumber: 2 });
    expect(orders(t)).toEqual([['a', day(2024, 1, 1), 5]]);
    expect([t.health.rowsRead, t.health.rowsUsed]).toEqual([2, 1]);
    expect(t.health.skipped).toEqual({ no_amount: { count: 1, rows: [3] } });
  });
});
