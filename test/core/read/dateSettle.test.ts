/**
 * The day/month order of a date column settled from all its rows (src/core/read/dateSettle.ts), through
 * the order reader: proofs, contradictions, Date cells the spreadsheet converted, the locale's say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromCivil } from '../../../src/core/days';
import { swapDayAndMonth } from '../../../src/core/read/dateSettle';
import { createOrderReader } from '../../../src/core/read/orders';
import type { CellValue, OrderTable } from '../../../src/core/types';

const utc = () => 0;
/** A Date cell as getValues gives it in a UTC spreadsheet: the instant of the wall time. */
const cell = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 12));

function read(dates: CellValue[], locale = 'en_US', options: { dateOrder?: 'dmy' | 'mdy'; earliestDay?: number; latestDay?: number } = {}): OrderTable {
  const reader = createOrderReader({ offsetAt: utc, locale, ...options });
  reader.addRows({ customer: dates.map((_, i) => `c${i}`), date: dates, amount: dates.map(() => 10) });
  return reader.finish();
}
const days = (table: OrderTable) => Array.from(table.day);

describe('a text column decides its own day/month order', () => {
  it('a first field above 12 proves day first, whatever the locale; ambiguous texts follow', () => {
    // en_US would read 05/06/2019 as May 6; 29/06/2019 proves day first, so it is 5 June.
    const t = read(['05/06/2019', '29/06/2019'], 'en_US', { dateOrder: 'mdy' });
    expect(days(t)).toEqual([dayFromCivil(2019, 6, 5), dayFromCivil(2019, 6, 29)]);
    expect(t.health.dates).toMatchObject({ order: 'dmy', source: 'proof', example: '29/06/2019', swappedTexts: 1, contradicting: 0 });
  });

  it('a second field above 12 proves month first, also for dotted dates', () => {
    const t = read(['05.06.2019', '06.29.2019'], 'pl_PL');
    expect(days(t)).toEqual([dayFromCivil(2019, 5, 6), dayFromCivil(2019, 6, 29)]);
    expect(t.health.dates).toMatchObject({ order: 'mdy', source: 'proof', example: '06.29.2019' });
  });

  it('without proof the locale decides for slashes (month first only in the US) and dotted dates stay day first', () => {
    expect(days(read(['05/06/2019'], 'en_US'))).toEqual([dayFromCivil(2019, 5, 6)]);
    expect(read(['05/06/2019'], 'en_US').health.dates).toMatchObject({ order: 'mdy', source: 'locale', ambiguous: 1 });
    expect(days(read(['05/06/2019'], 'en_GB'))).toEqual([dayFromCivil(2019, 6, 5)]);
    expect(days(read(['05.06.2019'], 'en_US'))).toEqual([dayFromCivil(2019, 6, 5)]);
    expect(read(['05.06.2019'], 'en_US').health.dates).toMatchObject({ source: 'dots' });
  });

  it('rows that contradict the proven order are skipped as unreadable dates, with their rows', () => {
    // Three prove day first, one (row 4) month first: the majority wins and row 4 is skipped.
    const t = read(['13/01/2024', '14/01/2024', '15/01/2024', '01/16/2024', '02/01/2024']);
    expect(days(t)).toEqual([dayFromCivil(2024, 1, 13), dayFromCivil(2024, 1, 14), dayFromCivil(2024, 1, 15), dayFromCivil(2024, 1, 2)]);
    expect(t.health.skipped).toEqual({ bad_date: { count: 1, rows: [5] } });
    expect(t.health.rowsRead).toBe(t.health.rowsUsed + 1);
    expect(t.health.dates?.contradicting).toBe(1);
  });
});

describe('Date cells the spreadsheet converted in its locale’s order', () => {
  it('are re-read when the column’s texts prove the other order', () => {
    // en_US Sheets read "05.06.2019" as May 6 (a Date cell) and left "29.06.2019" as text.
    const t = read([cell(2019, 5, 6), '29.06.2019', cell(2019, 7, 1)], 'en_US');
    expect(days(t)).toEqual([dayFromCivil(2019, 6, 5), dayFromCivil(2019, 6, 29), dayFromCivil(2019, 1, 7)]);
    expect(t.health.dates).toMatchObject({ order: 'dmy', swappedDateCells: 2 });
  });

  it('are kept when one has a day above 12 (no month-first conversion gives that), or the locale already agrees', () => {
    expect(days(read([cell(2019, 5, 6), cell(2019, 5, 20), '29.06.2019'], 'en_US'))).toEqual([
      dayFromCivil(2019, 5, 6), dayFromCivil(2019, 5, 20), dayFromCivil(2019, 6, 29),
    ]);
    expect(days(read([cell(2019, 6, 5), '29.06.2019'], 'pl_PL'))).toEqual([dayFromCivil(2019, 6, 5), dayFromCivil(2019, 6, 29)]);
  });

  it('are kept without proof, but a column of at least 10 whose days are all ≤ 12 is flagged', () => {
    const low = Array.from({ length: 10 }, (_, i) => cell(2024, i + 1, (i % 12) + 1));
    const t = read(low, 'en_US');
    expect(days(t)).toEqual(low.map((d) => Math.floor(d.getTime() / 86_400_000)));
    expect(t.health.dates?.lowDays).toBe(10);
    expect(read([...low.slice(0, 9), cell(2024, 10, 13)], 'en_US').health.dates?.lowDays).toBe(0);
    expect(read(low.slice(0, 9), 'en_US').health.dates?.lowDays).toBe(0);
  });
});

describe('offsets, UTC and the plausible window', () => {
  it('keeps the wall time of a text with an offset and lists the offsets', () => {
    const t = read(['2022-01-31 23:30:00 -0500', '2022-02-01 01:00:00 +0100']);
    expect(days(t)).toEqual([dayFromCivil(2022, 1, 31), dayFromCivil(2022, 2, 1)]);
    expect(t.health.dates).toMatchObject({ offsets: ['+01:00', '-05:00'], offsetTexts: 2 });
  });

  it('skips dates before 1970 and after the latest day, each with its reason and rows', () => {
    const today = dayFromCivil(2024, 5, 1);
    const t = read(['1899-12-30 08:26', '2204-02-10', '2024-05-02', '2024-05-03', '2024-04-30'], 'en_US', { latestDay: today + 1 });
    expect(days(t)).toEqual([dayFromCivil(2024, 5, 2), dayFromCivil(2024, 4, 30)]);
    expect(t.health.skipped).toEqual({ early_date: { count: 1, rows: [2] }, future_date: { count: 2, rows: [3, 5] } });
  });
});

describe('swapDayAndMonth', () => {
  it('exchanges day and month, and is its own inverse (property)', () => {
    expect(swapDayAndMonth(dayFromCivil(2019, 5, 6))).toBe(dayFromCivil(2019, 6, 5));
    expect(swapDayAndMonth(dayFromCivil(2019, 5, 13))).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (y, m, d) => {
        const day = dayFromCivil(y, m, d);
        expect(swapDayAndMonth(swapDayAndMonth(day)!)).toBe(day);
      }),
    );
  });
});

describe('property: a day-first column reads the same whatever the locale and whatever Sheets converted', () => {
  it('gives the true days once one text proves day first', () => {
    const date = fc.record({ y: fc.integer({ min: 2015, max: 2025 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) });
    fc.assert(
      fc.property(fc.array(date, { minLength: 1, maxLength: 30 }), fc.constantFrom('en_US', 'en_GB', 'pl_PL'), (list, locale) => {
        const rows = [...list, { y: 2020, m: 3, d: 20 }]; // one that proves day first
        const pad = (n: number) => String(n).padStart(2, '0');
        // As Sheets imports DD/MM/YYYY: in en_US the ones with a day ≤ 12 become month-first Date cells.
        const cells: CellValue[] = rows.map(({ y, m, d }) =>
          locale === 'en_US' && d <= 12 ? cell(y, d, m) : locale === 'en_US' ? `${pad(d)}/${pad(m)}/${y}` : cell(y, m, d),
        );
        const t = read(cells, locale);
        expect(days(t)).toEqual(rows.map(({ y, m, d }) => dayFromCivil(y, m, d)));
      }),
    );
  });
});

describe('settling that mutation testing showed untested', () => {
  const d = dayFromCivil;

  it('counts slashed and dotted ambiguous texts together, and says what decided', () => {
    const both = read(['01/02/2024', '03.04.2024'], 'pl_PL');
    expect([both.health.dates!.ambiguous, both.health.dates!.source, both.health.dates!.order]).toEqual([2, 'locale', 'dmy']);
    expect(read(['03.04.2024', '05.06.2024'], 'en_US').health.dates!.source).toBe('dots');
    expect(read([cell(2024, 1, 5), '2024-01-06'], 'en_US').health.dates!.source).toBe('none');
  });

  it('leaves the order to the locale when the proofs are even', () => {
    const even = read(['31/01/2024', '01/31/2024', '02/03/2024'], 'pl_PL');
    expect([even.health.dates!.source, even.health.dates!.order]).toEqual(['proof', 'dmy']);
    // Day first by the locale: the month-first proof now contradicts it; the ambiguous text is 2 March.
    expect(days(even)).toEqual([d(2024, 1, 31), d(2024, 3, 2)]);
    expect(read(['31/01/2024', '01/31/2024', '02/03/2024'], 'en_US').health.dates!.order).toBe('mdy');
  });

  it('re-reads dotted texts only when the column proves month first, and never an ISO text or a day above 12', () => {
    const dmy = read(['31/01/2024', '03.04.2024', '2024-03-04'], 'en_US');
    expect(days(dmy)).toEqual([d(2024, 1, 31), d(2024, 4, 3), d(2024, 3, 4)]);
    const mdy = read(['01/31/2024', '03.04.2024', '2024-03-04', '03/04/2024'], 'pl_PL');
    expect(days(mdy)).toEqual([d(2024, 1, 31), d(2024, 3, 4), d(2024, 3, 4), d(2024, 3, 4)]);
    expect(mdy.health.dates!.swappedTexts).toBe(2);
  });

  it('re-reads only the Date cells, not the ISO texts, when the texts prove the other order', () => {
    // A Polish sheet (day first) whose texts prove month first: its Date cells were converted day first.
    const t = read(['01/31/2024', cell(2024, 3, 4), '2024-03-04'], 'pl_PL');
    expect(days(t)).toEqual([d(2024, 1, 31), d(2024, 4, 3), d(2024, 3, 4)]);
    expect(t.health.dates!.swappedDateCells).toBe(1);
  });

  it('rejects a re-read date that falls after the latest day', () => {
    const t = read(['01/31/2024', '03/01/2024'], 'pl_PL', { latestDay: d(2024, 2, 1), dateOrder: 'dmy' });
    // Read day first while reading (3 January); month first once proven: 1 March, after the latest day.
    expect(days(t)).toEqual([d(2024, 1, 31)]);
    expect(t.health.dates!.contradicting).toBe(1);
    expect(t.health.skipped.bad_date).toEqual({ count: 1, rows: [3] });
  });

  it('names the row of a Date cell whose re-read day falls after the latest day, read by the fast path', () => {
    // A Polish sheet whose text proves month first: its Date cells are re-read (2 Jan → 1 Feb,
    // 3 Jan → 1 Mar, after the latest day 1 Feb: rejected, sheet row 4).
    const t = read(['01/31/2024', cell(2024, 1, 2), cell(2024, 1, 3), cell(2024, 1, 4)], 'pl_PL', { latestDay: d(2024, 2, 1) });
    expect(t.health.skipped.bad_date).toEqual({ count: 2, rows: [4, 5] });
    expect(days(t)).toEqual([d(2024, 1, 31), d(2024, 2, 1)]);
    expect(t.health.dates).toMatchObject({ order: 'mdy', swappedDateCells: 1, contradicting: 2 });
  });

  it('names as bad dates exactly the rows whose orders the settling rejected (property, both paths)', () => {
    // Every date read as written lies before the latest day (1 July 2024): a row is skipped only
    // when the settling re-reads it into July or later, or when it contradicts the proven order.
    const pad = (n: number) => String(n).padStart(2, '0');
    const written = (dateOrder: 'dmy' | 'mdy') =>
      fc.oneof(
        // ambiguous, read in the assumed order as a month of January–June
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 })).map(([m, dd]) => (dateOrder === 'mdy' ? `${pad(m)}/${pad(dd)}/2024` : `${pad(dd)}/${pad(m)}/2024`)),
        // proofs of either order
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 13, max: 28 })).map(([m, dd]) => `${pad(dd)}/${pad(m)}/2024`),
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 13, max: 28 })).map(([m, dd]) => `${pad(m)}/${pad(dd)}/2024`),
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 12 })).map(([m, dd]) => cell(2024, m, dd) as CellValue),
      );
    const input = fc.constantFrom<'dmy' | 'mdy'>('dmy', 'mdy').chain((dateOrder) =>
      fc.record({ dateOrder: fc.constant(dateOrder), dates: fc.array(written(dateOrder), { minLength: 1, maxLength: 30 }) }),
    );
    let rejecting = 0;
    fc.assert(
      fc.property(input, fc.constantFrom('en_US', 'pl_PL'), fc.boolean(), ({ dateOrder, dates }, locale, fastPath) => {
        const reader = createOrderReader({ offsetAt: utc, locale, dateOrder, latestDay: d(2024, 7, 1), fastPath });
        reader.addRows({ customer: dates.map((_, i) => `c${i}`), date: dates, amount: dates.map(() => 10) });
        const t = reader.finish();
        // Every row has its own customer: the rows missing from the table are the rejected ones.
        const used = new Set(t.customerIds);
        const missing = dates.map((_, i) => i + 2).filter((row) => !used.has(`c${row - 2}`));
        expect(Object.keys(t.health.skipped).filter((reason) => reason !== 'bad_date')).toEqual([]);
        expect(t.health.skipped.bad_date ?? { count: 0, rows: [] }).toEqual({ count: missing.length, rows: missing.slice(0, 5) });
        if (missing.length > 0) rejecting++;
      }),
      { numRuns: 300 },
    );
    // The runs reached the rows this is about.
    expect(rejecting).toBeGreaterThan(30);
  });

  it('keeps an ambiguous date read outside the window until the column proves its order', () => {
    // Read month first while reading, 10/03/2024 is 3 October, after the latest day (1 August);
    // 25/03/2024 proves day first: it is 10 March.
    const late = d(2024, 8, 1);
    const proven = read(['10/03/2024', '25/03/2024'], 'en_US', { dateOrder: 'mdy', latestDay: late });
    expect(days(proven)).toEqual([d(2024, 3, 10), d(2024, 3, 25)]);
    expect(proven.health.skipped).toEqual({});
    expect(proven.health.dates).toMatchObject({ order: 'dmy', swappedTexts: 1 });
    // Nothing proves it: 3 October stays, a future date, with its row.
    const unproven = read(['03/05/2024', '10/03/2024'], 'en_US', { dateOrder: 'mdy', latestDay: late });
    expect(days(unproven)).toEqual([d(2024, 3, 5)]);
    expect(unproven.health.skipped).toEqual({ future_date: { count: 1, rows: [3] } });
    // 10/13/2024 has no other reading (no month 13): a future date at once, which proves nothing,
    // so 25/03/2024 alone proves day first.
    const other = read(['10/13/2024', '25/03/2024'], 'en_US', { dateOrder: 'mdy', latestDay: late });
    expect(other.health.skipped).toEqual({ future_date: { count: 1, rows: [2] } });
    expect(days(other)).toEqual([d(2024, 3, 25)]);
    // 12/10/2024 is after the latest day either way (10 December, 12 October): a future date at
    // once, not a date the settling re-reads and then rejects as unreadable.
    const both = read(['12/10/2024', '25/03/2024'], 'en_US', { dateOrder: 'mdy', latestDay: late });
    expect(both.health.skipped).toEqual({ future_date: { count: 1, rows: [2] } });
  });

  it('keeps an ambiguous date read before the earliest day until the column proves its order', () => {
    const reader = (dates: CellValue[]) => {
      const r = createOrderReader({ offsetAt: utc, locale: 'en_US', dateOrder: 'mdy', earliestDay: d(2024, 2, 1) });
      r.addRows({ customer: dates.map((_, i) => `c${i}`), date: dates, amount: dates.map(() => 10) });
      return r.finish();
    };
    // 01/03/2024 read month first is 3 January, before 1 February; 25/03/2024 proves day first: 1 March.
    expect(days(reader(['01/03/2024', '25/03/2024']))).toEqual([d(2024, 3, 1), d(2024, 3, 25)]);
    const unproven = reader(['02/05/2024', '01/03/2024']);
    expect(days(unproven)).toEqual([d(2024, 2, 5)]);
    expect(unproven.health.skipped).toEqual({ early_date: { count: 1, rows: [3] } });
  });

  it('names every skipped row under one reason when dates fall on both sides of the window (property, both paths)', () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const anyDate = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.boolean()).map(([a, b, dayFirst]) => (dayFirst ? `${pad(a)}/${pad(b)}/2024` : `${pad(b)}/${pad(a)}/2024`)),
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([m, dd]) => cell(2024, m, dd) as CellValue),
    );
    fc.assert(
      fc.property(
        fc.array(anyDate, { minLength: 1, maxLength: 5 }),
        fc.constantFrom<'dmy' | 'mdy'>('dmy', 'mdy'),
        fc.constantFrom('en_US', 'pl_PL'),
        fc.boolean(),
        (dates, dateOrder, locale, fastPath) => {
          const reader = createOrderReader({ offsetAt: utc, locale, dateOrder, earliestDay: d(2024, 3, 1), latestDay: d(2024, 10, 1), fastPath });
          reader.addRows({ customer: dates.map((_, i) => `c${i}`), date: dates, amount: dates.map(() => 10) });
          const t = reader.finish();
          const used = new Set(t.customerIds);
          const missing = dates.map((_, i) => i + 2).filter((row) => !used.has(`c${row - 2}`));
          const entries = Object.values(t.health.skipped);
          expect(entries.reduce((sum, entry) => sum + entry!.count, 0)).toBe(missing.length);
          // At most 5 rows (the skip log names 5 per reason): each reason names all of its rows.
          expect(entries.flatMap((entry) => entry!.rows).sort((a, b) => a - b)).toEqual(missing);
          // Every day kept lies in the window.
          for (const day of t.day) expect(day >= d(2024, 3, 1) && day <= d(2024, 10, 1)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('flags a column of at least 10 Date cells all on days ≤ 12, not 9, not one with a 13th', () => {
    const cells = (n: number, dayOf = (i: number) => 1 + (i % 12)) => Array.from({ length: n }, (_, i) => cell(2024, 1 + (i % 12), dayOf(i)));
    expect(read(cells(10)).health.dates!.lowDays).toBe(10);
    expect(read(cells(9)).health.dates!.lowDays).toBe(0);
    expect(read(cells(12, (i) => (i === 11 ? 13 : 1 + i))).health.dates!.lowDays).toBe(0);
    expect(read([...cells(10), '2024-05-20']).health.dates!.lowDays).toBe(10);
  });
});

const d = dayFromCivil;


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
