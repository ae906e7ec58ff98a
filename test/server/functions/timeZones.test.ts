/**
 * Dates follow the spreadsheet's wall clock: orders near midnight and across daylight-saving
 * changes, in a Warsaw sheet and a Los Angeles sheet (the host's script zone is New York, so code
 * that used the script zone or UTC would put these orders on other days).
 */
import { describe, expect, it } from 'vitest';
import { col, sheetHost, wall, type Cell } from './helpers';

describe.each([
  ['Europe/Warsaw', '2024-03-31', '2024-10-27'], // DST starts Mar 31, ends Oct 27
  ['America/Los_Angeles', '2024-03-10', '2024-11-03'], // DST starts Mar 10, ends Nov 3
])('a sheet in %s', (zone, springForward, fallBack) => {
  // Wall times: the last minutes of March and the first of April; the DST change days themselves.
  const orders: [string, string][] = [
    ['m', '2024-03-31 23:59'], // March 31, 23:59 on the wall clock → March
    ['n', '2024-04-01 00:01'], // April 1, 00:01 → April
    ['s', `${springForward} 03:30`], // just after the spring-forward gap
    ['f', `${fallBack} 01:30`], // inside the repeated hour of the fall back
    ['g', `${fallBack} 23:30`],
  ];
  const customers = col(orders.map((o) => o[0]));
  const dates = col(orders.map((o) => wall(o[1], zone)));
  const amounts = col(orders.map(() => 10));

  it('buckets orders into the periods of the wall clock', async () => {
    const host = await sheetHost(zone);
    const byDay = host.runCustomFunction('COHORT_TABLE', customers, dates, amounts, 'day', 'on', 'counts') as Cell[][];
    const days = byDay.slice(1).map((row) => row[0]);
    expect(days).toEqual([...new Set([springForward, '2024-03-31', '2024-04-01', fallBack])].sort());
    const byMonth = host.runCustomFunction('COHORT_TABLE', customers, dates, amounts, 'month', 'on', 'counts') as Cell[][];
    // March: m and s (both DST starts are in March); April: n; Oct/Nov: f and g on the same day
    const sizes = Object.fromEntries(byMonth.slice(1).map((row) => [row[0], row[1]]));
    expect(sizes['2024-03']).toBe(2);
    expect(sizes['2024-04']).toBe(1);
    expect(sizes[fallBack.slice(0, 7)]).toBe(2);
  });

  it('reads period boundaries as the wall-clock days of the sheet', async () => {
    const host = await sheetHost(zone);
    // April 1 (a DATE(2024,4,1) cell) to April 30: n is the only customer whose first purchase is in it
    const summary = host.runCustomFunction('RETENTION_SUMMARY', customers, dates, amounts, wall('2024-04-01', zone), wall('2024-04-30', zone)) as Cell[][];
    expect(summary[2]).toEqual(['New customers', 1]);
    // March 31 alone: m's 23:59 purchase counts; so does the ISO text '2024-03-31'
    const march31 = host.runCustomFunction('RETENTION_SUMMARY', customers, dates, amounts, '2024-03-31', '2024-03-31') as Cell[][];
    expect(march31[2][1]).toBe(springForward === '2024-03-31' ? 2 : 1);
    // Days between s (spring forward) and g (fall back day, 23:30): a customer with both orders
    const twice = host.runCustomFunction('AVG_DAYS_BETWEEN_PURCHASES', col(['z', 'z']), col([wall(`${springForward} 03:30`, zone), wall(`${fallBack} 23:30`, zone)]), col([5, 5]));
    const expected = (Date.parse(`${fallBack}T00:00:00Z`) - Date.parse(`${springForward}T00:00:00Z`)) / 86_400_000;
    expect(twice).toBe(expected);
  });
});
