/**
 * The small shop of the hand-computed metric tests. Period of interest: February 2024.
 *   A: bought 2024-01-10 (20) and 2024-02-05 (30)
 *   B: bought 2024-01-20 (15)
 *   C: bought 2023-12-01 (50), lapsed, came back 2024-02-10 (25)
 *   D: first bought 2024-02-15 (40)
 *   E: bought 2023-11-01 (100); refund 2024-01-25 (−15)
 *   F: bought 2024-01-31 (10); refund 2024-02-29 (−10)
 *   G: first bought 2024-03-01 (5), after February
 */
import { tableOf, type Row } from './orderTable';

export const shopRows: Row[] = [
  ['A', '2024-01-10', 20],
  ['B', '2024-01-20', 15],
  ['C', '2023-12-01', 50],
  ['A', '2024-02-05', 30],
  ['C', '2024-02-10', 25],
  ['D', '2024-02-15', 40],
  ['E', '2024-01-25', -15],
  ['E', '2023-11-01', 100],
  ['F', '2024-01-31', 10],
  ['F', '2024-02-29', -10],
  ['G', '2024-03-01', 5],
];

export const shop = tableOf(shopRows);
