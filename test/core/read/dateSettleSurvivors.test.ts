/**
 * Settling a date column's day/month order (dateSettle.ts) through the order reader: the assumed
 * order without proof, re-read dates at the edges of the plausible window, and the low-days flag.
 */
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/core/days';
import { createOrderReader } from '../../../src/core/read/orders';
import type { CellValue, OrderTable } from '../../../src/core/types';

const d = dayFromCivil;
/** A Date cell at noon of that wall day in a UTC spreadsheet. */
const cell = (y: number, m: number, day: number) => new Date(Date.UTC(y, m - 1, day, 12));
type Options = { dateOrder?: 'dmy' | 'mdy'; earliestDay?: number; latestDay?: number };

function read(dates: CellValue[], locale: string, options: Options = {}): OrderTable {
  const reader = createOrderReader({ offsetAt: () => 0, locale, firstRowNumber: 2, ...options });
  reader.addRows({ customer: dates.map((_, i) => `c${i}`), date: dates, amount: dates.map(() => 10) });
  return reader.finish();
}
const days = (t: OrderTable) => Array.from(t.day);

describe('no proof in the column', () => {
  it('keeps the assumed order given, even when the spreadsheet locale reads the other way', () => {
    // en_US reads month first, but the sample decided day first: 05/06/2019 is 5 June.
    const t = read(['05/06/2019', '07/08/2019'], 'en_US', { dateOrder: 'dmy' });
    expect(days(t)).toEqual([d(2019, 6, 5), d(2019, 8, 7)]);
    expect(t.health.dates).toMatchObject({ order: 'dmy', source: 'locale', swappedTexts: 0, contradicting: 0 });
  });
});

describe('ambiguous texts re-read once the column proves month first', () => {
  // Polish sheet: read day first; 01/31/2024 proves month first, so the ambiguous text is re-read.
  it('rejects a re-read date that falls before the earliest day', () => {
    // 01/02/2024: read as 1 February, re-read as 2 January, before 15 January.
    const t = read(['01/31/2024', '01/02/2024'], 'pl_PL', { earliestDay: d(2024, 1, 15) });
    expect(days(t)).toEqual([d(2024, 1, 31)]);
    expect(t.health.dates!.contradicting).toBe(1);
    expect(t.health.skipped.bad_date?.count).toBe(1);
  });

  it('keeps a re-read date on the earliest day itself', () => {
    const t = read(['01/31/2024', '01/02/2024'], 'pl_PL', { earliestDay: d(2024, 1, 2) });
    expect(days(t)).toEqual([d(2024, 1, 31), d(2024, 1, 2)]);
    expect(t.health.dates).toMatchObject({ swappedTexts: 1, contradicting: 0 });
    expect(t.health.skipped).toEqual({});
  });

  it('keeps a re-read date on the latest day itself', () => {
    // 03/01/2024: read as 3 January, re-read as 1 March, the latest day.
    const t = read(['01/31/2024', '03/01/2024'], 'pl_PL', { latestDay: d(2024, 3, 1) });
    expect(days(t)).toEqual([d(2024, 1, 31), d(2024, 3, 1)]);
    expect(t.health.dates).toMatchObject({ swappedTexts: 1, contradicting: 0 });
    expect(t.health.skipped).toEqual({});
  });
});

describe('the flag for a column of Date cells all on days ≤ 12', () => {
  it('counts a Date cell on the 12th as a low day', () => {
    const cells = Array.from({ length: 10 }, (_, i) => cell(2024, i + 1, 12));
    expect(read(cells, 'en_US').health.dates!.lowDays).toBe(10);
  });

  it('needs ten orders, not ten rows: ten lines in five orders are not flagged', () => {
    const reader = createOrderReader({ offsetAt: () => 0, locale: 'en_US' });
    const rows = Array.from({ length: 10 }, (_, i) => i);
    reader.addRows({
      orderId: rows.map((i) => `o${Math.floor(i / 2)}`),
      customer: rows.map((i) => `c${Math.floor(i / 2)}`),
      date: rows.map((i) => cell(2024, 1 + Math.floor(i / 2), 3)),
      amount: rows.map(() => 5),
    });
    const t = reader.finish();
    expect(t.count).toBe(5);
    expect(t.health.dates!.lowDays).toBe(0);
  });
});
