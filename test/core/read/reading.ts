/** Test helpers shared by the order reader's tests (orders, orderRows, orderBuffer). */
import type { ColumnMapping } from '../../../src/core/read/columns';
import type { OrderTable } from '../../../src/core/types';

/** The day number of a calendar day: `day(2024, 1, 31)` is 19753. */
export const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** A column mapping with only the roles given. */
export const map = (m: Partial<ColumnMapping>): ColumnMapping => ({
  customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null, ...m,
});

/** The orders of a table as readable tuples: [customer id, day, amount]. */
export function orders(table: OrderTable): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (let i = 0; i < table.count; i++) out.push([table.customerIds[table.customer[i]], table.day[i], table.amount[i]]);
  return out;
}
