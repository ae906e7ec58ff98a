/**
 * Test shop of the customer rules, as of 2024-06-30. Hand computations (docs/CUSTOMERS.md rules):
 * gaps after purchase 1 (first → second purchase day): B1 20, B2 40, B3 30, B4 10, B5 60 → five
 * customers, sorted 10 20 30 40 60, median 30. Gaps after purchase 2: B3 50, B4 10, B5 60 → three
 * customers (< 5): fall back to the median of all gaps 10 10 20 30 40 50 60 60 = (30 + 40) / 2 = 35.
 * So G = 30 for one purchase day, 35 for two or more.
 *
 * | id | purchase days               | last       | D   | G  | status  | spend |
 * | N1 | 2024-06-20                  | 2024-06-20 | 10  | 30 | new     | 50    |
 * | D1 | 2024-05-21                  | 2024-05-21 | 40  | 30 | due     | 120   |
 * | O1 | 2024-04-01                  | 2024-04-01 | 90  | 30 | overdue (90 ≥ 60, 90 < 120) | 900 |
 * | B1 | 06-01, 06-21                | 2024-06-21 | 9   | 35 | active  | 200   |
 * | B2 | 05-01, 06-10 (+ refund −40) | 2024-06-10 | 20  | 35 | active  | 560   |
 * | B3 | 03-01, 03-31, 05-20         | 2024-05-20 | 41  | 35 | due (41 < 70) | 600 |
 * | B4 | 01-01, 01-11, 01-21         | 2024-01-21 | 161 | 35 | lapsed (161 ≥ 140 and ≥ 95) | 150 |
 * | B5 | 2023-01-01, 03-02, 05-01    | 2023-05-01 | 426 | 35 | lapsed (> 365) | 3000 |
 */
import { dayOfIso } from '../../../src/core/days';
import type { Row } from '../metrics/orderTable';

export const day = (iso: string) => dayOfIso(iso)!;
export const AS_OF = day('2024-06-30');

export const SHOP: Row[] = [
  ['N1', '2024-06-20', 50],
  ['D1', '2024-05-21', 120],
  ['O1', '2024-04-01', 900],
  ['B1', '2024-06-01', 100],
  ['B1', '2024-06-21', 100],
  ['B2', '2024-05-01', 300],
  ['B2', '2024-06-10', 300],
  ['B2', '2024-06-15', -40],
  ['B3', '2024-03-01', 200],
  ['B3', '2024-03-31', 200],
  ['B3', '2024-05-20', 200],
  ['B4', '2024-01-01', 50],
  ['B4', '2024-01-11', 50],
  ['B4', '2024-01-21', 50],
  ['B5', '2023-01-01', 1000],
  ['B5', '2023-03-02', 1000],
  ['B5', '2023-05-01', 1000],
];
