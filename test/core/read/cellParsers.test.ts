/**
 * The cell parsers (cellParsers.ts) through the order reader: numbers that are no date, a missing
 * date cell, and an amount text too large for a number. Expected values by hand.
 */
import { describe, expect, it } from 'vitest';
import { createOrderReader } from '../../../src/core/read/orders';

describe('date cells', () => {
  it('skips numbers that are neither a serial date nor YYYYMMDD as unreadable dates', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRows({ customer: ['a', 'b', 'c'], date: [0, 1, 500000], amount: [1, 2, 3] });
    const t = reader.finish();
    expect(t.count).toBe(0);
    expect(t.health.skipped).toEqual({ bad_date: { count: 3, rows: [2, 3, 4] } });
  });

  it('reads a date cell missing from a short row as no date, not as an unreadable one', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRowBlock([[5, 'a'], [6, 'b', '2024-01-01']], { amount: 0, customer: 1, date: 2 });
    const t = reader.finish();
    expect(t.count).toBe(1);
    expect(t.health.skipped).toEqual({ no_date: { count: 1, rows: [2] } });
  });
});

describe('amount cells', () => {
  it('skips an amount text whose number is too large for a finite number as unreadable', () => {
    const reader = createOrderReader({ offsetAt: () => 0, firstRowNumber: 2 });
    reader.addRows({ customer: ['a', 'b'], date: ['2024-01-01', '2024-01-02'], amount: ['1' + '0'.repeat(400), '12.5'] });
    const t = reader.finish();
    expect(Array.from(t.amount)).toEqual([12.5]);
    expect(t.health.skipped).toEqual({ bad_amount: { count: 1, rows: [2] } });
  });
});
