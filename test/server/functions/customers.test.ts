/**
 * LOYALTY_TIER and NEXT_PURCHASE_DATE through the built bundle, on the test shop of
 * test/core/customers/shop.ts (hand computations there and in tiers.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { SHOP } from '../../core/customers/shop';
import { col, orderRanges, sheetHost, wall, type Cell } from './helpers';

const ZONE = 'Europe/Warsaw';
let host: LocalHost;
let ranges: [Cell[][], Cell[][], Cell[][]];
beforeAll(async () => {
  host = await sheetHost(ZONE, 'en_US');
  ranges = orderRanges(SHOP.map(([id, date, amount]) => [id, wall(date, ZONE), amount] as [Cell, Cell, Cell]), 5);
});

describe('LOYALTY_TIER', () => {
  it('spills one row per customer by net spend with the tier and what is missing', () => {
    const out = host.runCustomFunction('LOYALTY_TIER', ...ranges, 'Member:0,Silver:500,Gold:2000', '', '', wall('2024-06-30', ZONE)) as Cell[][];
    expect(out[0]).toEqual(['Customer', 'Net spend', 'Loyalty tier', 'Missing to the next tier']);
    expect(out.slice(1)).toEqual([
      ['B5', 3000, 'Gold', ''],
      ['O1', 900, 'Silver', 1100],
      ['B3', 600, 'Silver', 1400],
      ['B2', 560, 'Silver', 1440],
      ['B1', 200, 'Member', 300],
      ['B4', 150, 'Member', 350],
      ['D1', 120, 'Member', 380],
      ['N1', 50, 'Member', 450],
    ]);
  });

  it('takes the basis, the window and a two-column range of tiers', () => {
    const tiers = [['Member', 0], ['Regular', 2], ['VIP', 3]];
    const out = host.runCustomFunction('LOYALTY_TIER', ...ranges, tiers, 'orders', '12m', wall('2024-06-30', ZONE)) as Cell[][];
    expect(out[0][1]).toBe('Purchases');
    // 12 months to 2024-06-30: B5's three 2023 purchases are outside → 0, Member.
    expect(out.find((r) => r[0] === 'B5')).toEqual(['B5', 0, 'Member', 2]);
    expect(out.find((r) => r[0] === 'B3')).toEqual(['B3', 3, 'VIP', '']);
  });

  it('explains a bad tier rule or option', () => {
    expect(() => host.runCustomFunction('LOYALTY_TIER', ...ranges, 'Gold:2000,Silver:500')).toThrow('The tier "Silver" has the threshold 500: it must be above the previous tier\'s 2000.');
    expect(() => host.runCustomFunction('LOYALTY_TIER', ...ranges, 'A:0', 'visits')).toThrow('Function LOYALTY_TIER parameter 5 (basis) expects one of: spend, orders; but it is "visits".');
  });
});

describe('NEXT_PURCHASE_DATE', () => {
  it('spills the expected next purchase as dates of the spreadsheet\'s zone, and the status', () => {
    const out = host.runCustomFunction('NEXT_PURCHASE_DATE', ...ranges, wall('2024-06-30', ZONE)) as Cell[][];
    expect(out[0]).toEqual(['Customer', 'Purchases', 'Last purchase', 'Expected next purchase', 'Status']);
    const b3 = out.find((r) => r[0] === 'B3')!;
    // B3: three purchase days, last 05-20, G = 35 → 06-24; 41 days away: due.
    expect(b3).toEqual(['B3', 3, wall('2024-05-20', ZONE), wall('2024-06-24', ZONE), 'due']);
    expect(out.find((r) => r[0] === 'N1')).toEqual(['N1', 1, wall('2024-06-20', ZONE), wall('2024-07-20', ZONE), 'new']);
    expect(out.map((r) => r[0]).slice(1)).toEqual(['B5', 'O1', 'B3', 'B2', 'B1', 'B4', 'D1', 'N1']);
  });

  it('counts to the last order\'s day without an as-of date', () => {
    const out = host.runCustomFunction('NEXT_PURCHASE_DATE', col(['a', 'a']), col([wall('2024-01-01', ZONE), wall('2024-01-11', ZONE)]), col([5, 5])) as Cell[][];
    expect(out[1]).toEqual(['a', 2, wall('2024-01-11', ZONE), wall('2024-01-21', ZONE), 'active']);
  });
});
