import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateCodeOfText, DateKind, decideDateOrder, dayOfNumber, parseDateCell, SERIAL_MAX, unpackDate, type DateContext } from '../../../src/core/read/dates';
import { dateOrderOfLocale } from '../../../src/core/read/locale';
import { makeOffsetAt } from '../../../src/core/time';
import { losAngeles2024, warsaw2024 } from './zones';

/** Independent day numbers: Date.UTC of the civil date / ms per day. */
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

const utc: DateContext = { offsetAt: () => 0, order: 'dmy' };
const warsaw: DateContext = { offsetAt: makeOffsetAt(warsaw2024), order: 'dmy' };
const la: DateContext = { offsetAt: makeOffsetAt(losAngeles2024), order: 'mdy' };

describe('parseDateCell: Date cells', () => {
  it('take the wall day in Warsaw, near midnight and across DST', () => {
    // A Date cell holds the instant of its wall time in the sheet's zone.
    // 2024-01-31 00:00 CET (+1) = 2024-01-30 23:00Z; 23:59 CET = 22:59Z.
    expect(parseDateCell(new Date(Date.UTC(2024, 0, 30, 23, 0)), warsaw)).toBe(day(2024, 1, 31));
    expect(parseDateCell(new Date(Date.UTC(2024, 0, 31, 22, 59)), warsaw)).toBe(day(2024, 1, 31));
    expect(parseDateCell(new Date(Date.UTC(2024, 0, 31, 23, 0)), warsaw)).toBe(day(2024, 2, 1));
    // 2024-03-31 (spring forward at 02:00): 00:00 CET = 03-30 23:00Z; 23:30 CEST = 21:30Z.
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 30, 23, 0)), warsaw)).toBe(day(2024, 3, 31));
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 31, 21, 30)), warsaw)).toBe(day(2024, 3, 31));
    // 2024-10-27 (fall back at 03:00): 00:00 CEST = 10-26 22:00Z; 23:30 CET = 22:30Z.
    expect(parseDateCell(new Date(Date.UTC(2024, 9, 26, 22, 0)), warsaw)).toBe(day(2024, 10, 27));
    expect(parseDateCell(new Date(Date.UTC(2024, 9, 26, 21, 59)), warsaw)).toBe(day(2024, 10, 26));
    expect(parseDateCell(new Date(Date.UTC(2024, 9, 27, 22, 30)), warsaw)).toBe(day(2024, 10, 27));
  });

  it('take the wall day in Los Angeles, near midnight and across DST', () => {
    // 2024-01-31 00:00 PST (−8) = 08:00Z; 23:59 PST = 02-01 07:59Z.
    expect(parseDateCell(new Date(Date.UTC(2024, 0, 31, 8, 0)), la)).toBe(day(2024, 1, 31));
    expect(parseDateCell(new Date(Date.UTC(2024, 1, 1, 7, 59)), la)).toBe(day(2024, 1, 31));
    expect(parseDateCell(new Date(Date.UTC(2024, 0, 31, 7, 59)), la)).toBe(day(2024, 1, 30));
    // 2024-03-10 (spring forward): 00:00 PST = 08:00Z; 23:30 PDT (−7) = 03-11 06:30Z.
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 10, 8, 0)), la)).toBe(day(2024, 3, 10));
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 11, 6, 30)), la)).toBe(day(2024, 3, 10));
    expect(parseDateCell(new Date(Date.UTC(2024, 2, 11, 7, 0)), la)).toBe(day(2024, 3, 11));
    // 2024-11-03 (fall back): 00:00 PDT = 07:00Z; 23:30 PST = 11-04 07:30Z.
    expect(parseDateCell(new Date(Date.UTC(2024, 10, 3, 7, 0)), la)).toBe(day(2024, 11, 3));
    expect(parseDateCell(new Date(Date.UTC(2024, 10, 4, 7, 30)), la)).toBe(day(2024, 11, 3));
    expect(parseDateCell(new Date(Date.UTC(2024, 10, 4, 8, 0)), la)).toBe(day(2024, 11, 4));
  });

  it('reject an invalid Date', () => {
    expect(parseDateCell(new Date(NaN), warsaw)).toBeNull();
  });
});

describe('parseDateCell: numbers', () => {
  it('reads YYYYMMDD numbers and text', () => {
    expect(parseDateCell(19970101, utc)).toBe(day(1997, 1, 1));
    expect(parseDateCell('19970101', utc)).toBe(day(1997, 1, 1));
    expect(parseDateCell(20240229, utc)).toBe(day(2024, 2, 29));
    expect(parseDateCell(20230229, utc)).toBeNull(); // no such day
    expect(parseDateCell(20241301, utc)).toBeNull();
  });

  it('reads serial numbers: days since 1899-12-30, the fraction is the wall time', () => {
    // 45322 − 25569 (serial of 1970-01-01) = 19753 = 2024-01-31.
    expect(parseDateCell(45322, utc)).toBe(day(2024, 1, 31));
    expect(parseDateCell(45322.99, la)).toBe(day(2024, 1, 31)); // 23:45 wall time, no zone shift
    expect(parseDateCell('45322.5', utc)).toBe(day(2024, 1, 31));
    expect(dayOfNumber(2)).toBe(day(1900, 1, 1));
    // 2199-12-31 is the last serial accepted: its day number + 25569.
    expect(dayOfNumber(day(2199, 12, 31) + 25569)).toBe(day(2199, 12, 31));
  });

  it('rejects numbers that are neither', () => {
    for (const n of [0, 1, -5, day(2200, 1, 1) + 25569, 500_000, 19000100, 22000101, 20240131.5, NaN, Infinity]) {
      expect(dayOfNumber(n)).toBeNull();
    }
  });

  it('never confuses the serial and YYYYMMDD ranges (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1900, 1, 1), max: day(2199, 12, 31) }), (n) => {
        const d = new Date(n * 86_400_000);
        const yyyymmdd = d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
        expect(dayOfNumber(n + 25569)).toBe(n);
        expect(dayOfNumber(yyyymmdd)).toBe(n);
      }),
    );
  });
});

describe('parseDateCell: text', () => {
  it('reads ISO dates, with or without a wall time', () => {
    expect(parseDateCell('2024-01-31', warsaw)).toBe(day(2024, 1, 31));
    expect(parseDateCell(' 2024-1-5 ', warsaw)).toBe(day(2024, 1, 5));
    expect(parseDateCell('2024-01-31 13:45', la)).toBe(day(2024, 1, 31));
    expect(parseDateCell('2010-12-01 08:26:00', utc)).toBe(day(2010, 12, 1));
    expect(parseDateCell('2024-01-31T23:59:59.123', la)).toBe(day(2024, 1, 31));
    expect(parseDateCell('2024/01/31', la)).toBe(day(2024, 1, 31));
  });

  it('turns UTC texts into the spreadsheet’s wall day', () => {
    // 23:30Z on Jan 31 = 00:30 Feb 1 in Warsaw (+1) and 15:30 Jan 31 in LA (−8).
    expect(parseDateCell('2024-01-31T23:30:00Z', warsaw)).toBe(day(2024, 2, 1));
    expect(parseDateCell('2024-01-31T23:30:00Z', la)).toBe(day(2024, 1, 31));
    // 05:00Z on Feb 1 = 21:00 Jan 31 in LA.
    expect(parseDateCell('2024-02-01T05:00:00Z', la)).toBe(day(2024, 1, 31));
    expect(parseDateCell('2024-02-01 05:00:00 UTC', la)).toBe(day(2024, 1, 31));
    // A column in UTC (Stripe's "Created date (UTC)"): texts without a mark are UTC too.
    expect(parseDateCell('2024-02-01 05:00:00', { ...la, zone: 'utc' })).toBe(day(2024, 1, 31));
    expect(parseDateCell('2024-02-01 05:00:00', la)).toBe(day(2024, 2, 1));
  });

  it('reads a text with a UTC offset at the wall time written (the shop’s own clock) and notes the offset', () => {
    const offsets = new Set<string>();
    const ctx = { ...la, offsets };
    // Shopify: 23:30 −05:00 is still Jan 31 for the shop, whatever the spreadsheet's zone (22:30 in LA, 05:30 Feb 1 in Warsaw).
    expect(parseDateCell('2024-01-31 23:30:00 -0500', ctx)).toBe(day(2024, 1, 31));
    expect(parseDateCell('2024-01-31 23:30:00 -0500', { ...warsaw, offsets })).toBe(day(2024, 1, 31));
    expect(parseDateCell('2024-07-01T00:30:00+02:00', ctx)).toBe(day(2024, 7, 1));
    expect(parseDateCell('2024-03-30T20:00-07', ctx)).toBe(day(2024, 3, 30));
    expect([...offsets].sort()).toEqual(['+02:00', '-05:00', '-07:00']);
  });


  it('reads dotted dates day first whatever the locale', () => {
    expect(parseDateCell('31.01.2024', la)).toBe(day(2024, 1, 31));
    expect(parseDateCell('01.02.2024', la)).toBe(day(2024, 2, 1));
    expect(parseDateCell('01.02.2024 13:45', warsaw)).toBe(day(2024, 2, 1));
    expect(parseDateCell('5.3.24', warsaw)).toBe(day(2024, 3, 5));
  });

  it('reads ambiguous slash and dash dates in the column’s order', () => {
    expect(parseDateCell('01/02/2024', warsaw)).toBe(day(2024, 2, 1)); // dmy
    expect(parseDateCell('01/02/2024', la)).toBe(day(2024, 1, 2)); // mdy
    expect(parseDateCell('01-02-2024', warsaw)).toBe(day(2024, 2, 1));
    expect(parseDateCell('1/2/2024 1:05 PM', la)).toBe(day(2024, 1, 2));
    expect(parseDateCell('01/31/24', la)).toBe(day(2024, 1, 31)); // Etsy: MM/DD/YY
    expect(parseDateCell('12/31/99', la)).toBe(day(1999, 12, 31)); // 30–99 are 19xx
  });

  it('reads unambiguous day-month texts correctly whatever the order', () => {
    expect(parseDateCell('13/1/2024', la)).toBe(day(2024, 1, 13));
    expect(parseDateCell('1/13/2024', warsaw)).toBe(day(2024, 1, 13));
    expect(parseDateCell('31-12-2023', la)).toBe(day(2023, 12, 31));
  });

  it('rejects what is not a date', () => {
    for (const bad of ['abc', '2024-02-30', '32/01/2024', '13/13/2024', '2024-01-31 25:00', '1/2', '12.5.2024x', '2024-01-31 13:45 CET']) {
      expect(parseDateCell(bad, utc)).toBeNull();
    }
    expect(parseDateCell('', utc)).toBeNull();
    expect(parseDateCell(true, utc)).toBeNull();
    expect(parseDateCell(null, utc)).toBeNull();
  });
});

describe('decideDateOrder', () => {
  it('follows the column when a value proves the order', () => {
    expect(decideDateOrder(['01/02/2024', '31/01/2024'], 'en_US')).toBe('dmy');
    expect(decideDateOrder(['01/02/2024', '01/31/2024'], 'pl_PL')).toBe('mdy');
    expect(decideDateOrder(['01-02-2024', '12-25-2023', '13-01-2024', '12-26-2023'], 'da_DK')).toBe('mdy');
  });

  it('falls back on the locale: month first only in the US', () => {
    const ambiguous = ['01/02/2024', '03/04/2024', 45322, '', '01.02.2024'];
    expect(decideDateOrder(ambiguous, 'en_US')).toBe('mdy');
    for (const locale of ['en_GB', 'pl_PL', 'ru_RU', 'ro_RO', 'da_DK']) {
      expect(decideDateOrder(ambiguous, locale)).toBe('dmy');
    }
    expect(dateOrderOfLocale(undefined)).toBe('mdy');
  });
});

describe('dates that mutation testing showed untested', () => {
  it('reads a dotted date with a day ≤ 12 in December day first (5 December, not 12 May)', () => {
    expect(parseDateCell('05.12.2023', la)).toBe(day(2023, 12, 5));
    expect(parseDateCell('12.05.2023', warsaw)).toBe(day(2023, 5, 12));
  });

  it('keeps the wall day of an ISO text with a time and no offset, whatever the zone (no shift east of UTC)', () => {
    // 23:30 without an offset is a wall time: Jan 31 in Warsaw (UTC+1), where an instant 23:30Z would be Feb 1.
    expect(parseDateCell('2024-01-31 23:30', warsaw)).toBe(day(2024, 1, 31));
    expect(parseDateCell('2024-01-31T00:30:00', la)).toBe(day(2024, 1, 31));
  });

  it('checks the time of a day-month text: 24-hour clock to 23:59:59, 12-hour clock from 1 to 12', () => {
    for (const valid of ['31.01.2024 23:59', '31.01.2024 0:00', '31.01.2024 23:59:59', '01/31/2024 12:05 PM', '01/31/2024 1:00 am']) {
      expect(parseDateCell(valid, utc), valid).toBe(day(2024, 1, 31));
    }
    for (const invalid of ['31.01.2024 24:00', '31.01.2024 12:60', '31.01.2024 23:59:60', '01/31/2024 13:05 PM', '01/31/2024 0:30 AM']) {
      expect(parseDateCell(invalid, utc), invalid).toBeNull();
    }
  });

  it('reads an ambiguous dotted date in the dotted order and a slashed one in the column order', () => {
    const us: DateContext = { offsetAt: () => 0, order: 'mdy' };
    expect(unpackDate(dateCodeOfText('01.02.2024', us))).toEqual({ day: day(2024, 2, 1), kind: DateKind.AMBIGUOUS_DOTTED });
    expect(unpackDate(dateCodeOfText('01/02/2024', us))).toEqual({ day: day(2024, 1, 2), kind: DateKind.AMBIGUOUS });
    expect(unpackDate(dateCodeOfText('01.02.2024', { ...us, dotOrder: 'mdy' }))).toEqual({ day: day(2024, 1, 2), kind: DateKind.AMBIGUOUS_DOTTED });
  });

  it('gives no code for digit texts that are no date (not a zero code)', () => {
    for (const text of ['500000', '19000100', '0']) expect(dateCodeOfText(text, utc), text).toBeNaN();
  });

  it('reads the range ends: YYYYMMDD from 19000101 to 21991231, serials to the last moment of 2199-12-31', () => {
    expect(dayOfNumber(19000101)).toBe(day(1900, 1, 1));
    expect(dayOfNumber(21991231)).toBe(day(2199, 12, 31));
    expect(dayOfNumber(18991231)).toBeNull();
    expect(dayOfNumber(22000101)).toBeNull();
    expect(dayOfNumber(20240131.5)).toBeNull();
    expect(dayOfNumber(SERIAL_MAX + 0.999999)).toBe(day(2199, 12, 31));
    expect(dayOfNumber(SERIAL_MAX + 1)).toBeNull();
  });

  it('refuses an ISO date with a UTC mark or an offset but no time', () => {
    for (const text of ['2024-01-31Z', '2024-01-31 UTC', '2024-01-31+0100', '2024-01-31 -05:00']) expect(parseDateCell(text, utc), text).toBeNull();
  });

  it('reads an offset text when nobody collects the offsets', () => {
    expect(unpackDate(dateCodeOfText('2024-01-31 13:45:00 +0100', utc))).toEqual({ day: day(2024, 1, 31), kind: DateKind.OFFSET });
  });

  it('counts the seconds of a UTC text, and reads one without seconds', () => {
    // A made-up zone that moves from +0 to +1 h at 2024-01-31 23:00:30Z.
    const change = Date.UTC(2024, 0, 31, 23, 0, 30);
    const zone: DateContext = { offsetAt: (ms) => (ms < change ? 0 : 60), order: 'dmy' };
    expect(parseDateCell('2024-01-31T23:00:45Z', zone)).toBe(day(2024, 2, 1)); // 00:00:45 on Feb 1
    expect(parseDateCell('2024-01-31T23:00:15Z', zone)).toBe(day(2024, 1, 31)); // 23:00:15, still +0
    expect(parseDateCell('2024-01-31T23:30Z', warsaw)).toBe(day(2024, 2, 1));
  });

  it('reads two-digit years as Sheets does: 00–29 are 20xx, 30–99 are 19xx', () => {
    expect(parseDateCell('15.06.29', utc)).toBe(day(2029, 6, 15));
    expect(parseDateCell('15.06.30', utc)).toBe(day(1930, 6, 15));
    expect(parseDateCell('15.06.99', utc)).toBe(day(1999, 6, 15));
  });

  it('decides the order from trimmed texts, and a 12 proves nothing', () => {
    expect(decideDateOrder([' 31/01/2024 '], 'en_US')).toBe('dmy');
    expect(decideDateOrder([' 01/31/2024 '], 'pl_PL')).toBe('mdy');
    expect(decideDateOrder(['01/12/2024', '12/01/2024'], 'pl_PL')).toBe('dmy');
    expect(decideDateOrder(['01/12/2024', '12/01/2024'], 'en_US')).toBe('mdy');
  });
});
