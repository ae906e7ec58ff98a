/**
 * The small shop of the weekly e-mail tests. Weeks start on Monday; the reported week W0 is
 * 2024-05-06 … 2024-05-12. Hand computation of every figure in figures.test.ts.
 */
import type { Row } from '../metrics/orderTable';

export const WEEK0 = '2024-05-06';

/** [customer, date, amount] — one row per order. */
export const SHOP: Row[] = [
  ['A', '2024-04-02', 50], // W-5
  ['A', '2024-04-10', 30], // W-4
  ['A', '2024-04-30', 20], // W-1
  ['A', '2024-05-07', 40], // W0
  ['B', '2024-04-23', 100], // W-2
  ['B', '2024-05-01', 60], // W-1
  ['C', '2024-05-08', 25], // W0, first purchase
  ['D', '2024-04-16', 80], // W-3
  ['D', '2024-05-09', 70], // W0
  ['D', '2024-05-09', -10], // W0 refund: lowers revenue, is no purchase
  ['E', '2024-05-02', 10], // W-1, first purchase
  ['E', '2024-05-10', 15], // W0
  ['F', '2024-04-11', 45], // W-4
  ['G', '2024-05-14', 99], // after the week: counts nowhere
];
