/**
 * The growable order buffer (orderBuffer.ts): orders pushed one by one past its first size, and
 * the line and refund arrays kept when a later chunk makes it grow. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { OrderBuffer } from '../../../src/core/read/orderBuffer';
import { createOrderReader } from '../../../src/core/read/orders';
import { day } from './reading';

describe('OrderBuffer', () => {
  it('takes any number of orders pushed one by one, without a reserve first', () => {
    const buffer = new OrderBuffer(0);
    const n = 2500;
    for (let i = 0; i < n; i++) expect(buffer.push(i % 7, 1000 + i, 1, i / 2, true, i + 2)).toBe(i);
    expect(buffer.count).toBe(n);
    for (const i of [0, 1023, 1024, 1025, 2047, 2048, 2499]) {
      expect([buffer.customer[i], buffer.day[i], buffer.dayKind[i], buffer.amount[i]]).toEqual([i % 7, 1000 + i, 1, i / 2]);
    }
  });
});

describe('a later chunk that makes the buffer grow', () => {
  it('keeps the order lines of a second chunk far larger than the first', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    // Chunk 1: one order of two lines (3 + 4).
    reader.addRows({ orderId: ['o0', 'o0'], customer: ['a', 'a'], date: ['2024-01-01', '2024-01-01'], amount: [3, 4] });
    // Chunk 2: 2,400 orders of one line each, amount i + 1.
    const n = 2400;
    const ids = Array.from({ length: n }, (_, i) => i);
    reader.addRows({
      orderId: ids.map((i) => `p${i}`),
      customer: ids.map((i) => `c${i % 10}`),
      date: ids.map(() => '2024-01-02'),
      amount: ids.map((i) => i + 1),
    });
    const t = reader.finish();
    expect(t.count).toBe(1 + n);
    expect(t.health.skipped).toEqual({});
    expect(t.health.rowsUsed).toBe(2 + n);
    expect([t.amount[0], t.day[0]]).toEqual([7, day(2024, 1, 1)]);
    for (const i of [0, 1022, 1023, 1500, 2399]) expect([t.amount[1 + i], t.day[1 + i]]).toEqual([i + 1, day(2024, 1, 2)]);
  });

  it('keeps a refund of a one-row order far beyond the first chunk’s orders', () => {
    const reader = createOrderReader({ offsetAt: () => 0 });
    // Chunk 1: one order with a refund of 1 (net 9).
    reader.addRows({ customer: ['a'], date: ['2024-01-01'], amount: [10], refunds: [1] });
    // Chunk 2: 2,000 orders of 20; only the one at row 1,500 of the chunk has a refund (of 5).
    const n = 2000;
    const rows = Array.from({ length: n }, (_, i) => i);
    reader.addRows({
      customer: rows.map((i) => `c${i % 10}`),
      date: rows.map(() => '2024-01-02'),
      amount: rows.map(() => 20),
      refunds: rows.map((i) => (i === 1500 ? 5 : '')),
    });
    const t = reader.finish();
    expect(t.count).toBe(1 + n);
    expect([t.amount[0], t.amount[1 + 1499], t.amount[1 + 1500], t.amount[1 + 1501]]).toEqual([9, 20, 15, 20]);
    expect(t.health.refunds).toEqual({ orders: 2, inFull: 0 });
  });
});
