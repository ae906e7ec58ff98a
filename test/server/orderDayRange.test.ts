import { describe, expect, it } from 'vitest';
import type { OrderTable } from '../../src/core/types';
import { orderDayRange } from '../../src/server/orders';

describe('orderDayRange', () => {
  it('is the smallest and largest day of the rows, in any order', () => {
    // days 19800, 19723, 20088, 19723: first 19723, last 20088
    const table = { count: 4, day: Int32Array.from([19800, 19723, 20088, 19723]) } as unknown as OrderTable;
    expect(orderDayRange(table)).toEqual({ first: 19723, last: 20088 });
  });

  it('is Infinity to -Infinity for no rows', () => {
    expect(orderDayRange({ count: 0, day: new Int32Array(0) } as unknown as OrderTable)).toEqual({ first: Infinity, last: -Infinity });
  });
});
