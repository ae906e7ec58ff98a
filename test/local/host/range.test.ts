import { describe, expect, test } from 'vitest';
import type { SheetData } from '../../../src/local/sheetData';
import { LocalHost } from '../../../src/local/host/index';
import { CODE, host } from './sheetHost';

describe('setValues shape (rule 1)', () => {
  test('too many rows: Apps Script message', () => {
    const h = host();
    expect(() => h.run('AddOn.write', 'A1:B2', [[1, 2], [3, 4], [5, 6]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 3 but the range has 2.',
    );
  });
  test('wrong number of columns: Apps Script message', () => {
    const h = host();
    expect(() => h.run('AddOn.write', 'A1:C1', [[1, 2]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.',
    );
  });
  test('the right shape writes', () => {
    const h = host();
    h.run('AddOn.write', 'B2:C3', [[1, 'a'], [true, 2.5]]);
    expect(h.run('AddOn.read', 'B2:C3')).toEqual([[1, 'a'], [true, 2.5]]);
  });
});

describe('date cells hold wall times in the spreadsheet zone (rule 2)', () => {
  test('Warsaw sheet: a Date written is stored as its Warsaw wall time and read back as the same instant', () => {
    const h = host({ timeZone: 'Europe/Warsaw' });
    // 2024-01-31T23:30Z is 2024-02-01 00:30 in Warsaw (UTC+1).
    h.run('AddOn.writeDate', 'A1', '2024-01-31T23:30:00Z');
    expect(h.sheetData('S').cells[0][0].value).toEqual({ wall: { year: 2024, month: 2, day: 1, hour: 0, minute: 30, second: 0 } });
    expect(h.run('AddOn.readIso', 'A1')).toEqual([['2024-01-31T23:30:00.000Z']]);
  });
  test('the same wall time reads as different instants in Warsaw and Los Angeles sheets', () => {
    const data: SheetData = { name: 'S2', cells: [[{ value: { wall: { year: 2024, month: 3, day: 31, hour: 0, minute: 0, second: 0 } } }]] };
    const warsaw = new LocalHost({ timeZone: 'Europe/Warsaw' }).load(CODE.replace("'S'", "'S2'"));
    const la = new LocalHost({ timeZone: 'America/Los_Angeles' }).load(CODE.replace("'S'", "'S2'"));
    warsaw.addSheet(data);
    la.addSheet(data);
    // Midnight 2024-03-31: Warsaw is still UTC+1 (DST starts 01:00 UTC) -> 23:00Z on the 30th;
    // LA is already on PDT (since 03-10), UTC-7 -> 07:00Z on the 31st.
    expect(warsaw.run('AddOn.readIso', 'A1')).toEqual([['2024-03-30T23:00:00.000Z']]);
    expect(la.run('AddOn.readIso', 'A1')).toEqual([['2024-03-31T07:00:00.000Z']]);
  });
  test('across the DST change: 1 a.m. wall times before and after the switch', () => {
    const h = host({ timeZone: 'America/Los_Angeles' });
    // LA switches 2024-11-03 02:00 PDT -> 01:00 PST. 2024-11-02 23:59 PDT = 2024-11-03T06:59Z;
    // 2024-11-04 00:00 PST = 08:00Z.
    h.run('AddOn.writeDate', 'A1', '2024-11-03T06:59:00Z');
    h.run('AddOn.writeDate', 'A2', '2024-11-04T08:00:00Z');
    const walls = h.sheetData('S').cells.map((r) => r[0].value);
    expect(walls).toEqual([
      { wall: { year: 2024, month: 11, day: 2, hour: 23, minute: 59, second: 0 } },
      { wall: { year: 2024, month: 11, day: 4, hour: 0, minute: 0, second: 0 } },
    ]);
    expect(h.run('AddOn.readIso', 'A1:A2')).toEqual([['2024-11-03T06:59:00.000Z'], ['2024-11-04T08:00:00.000Z']]);
  });
  test('the script zone and the host machine zone do not matter: only the spreadsheet zone', () => {
    const a = host({ timeZone: 'Europe/Warsaw', scriptTimeZone: 'America/New_York' });
    const b = host({ timeZone: 'Europe/Warsaw', scriptTimeZone: 'Asia/Tokyo' });
    for (const h of [a, b]) h.run('AddOn.write', 'A1', [['2024-06-01']]);
    // Typed '2024-06-01' is midnight in Warsaw (UTC+2 in June) = 2024-05-31T22:00Z.
    expect(a.run('AddOn.readIso', 'A1')).toEqual([['2024-05-31T22:00:00.000Z']]);
    expect(b.run('AddOn.readIso', 'A1')).toEqual([['2024-05-31T22:00:00.000Z']]);
  });
  test("Date's local methods in the script use the script zone", () => {
    const h = new LocalHost({ scriptTimeZone: 'Asia/Tokyo' }).load(
      'function hour() { return new Date(Date.UTC(2024, 0, 1, 20)).getHours(); }',
    );
    const before = process.env.TZ;
    expect(h.run('hour')).toBe(5); // 20:00 UTC = 05:00 next day in Tokyo (UTC+9)
    expect(process.env.TZ).toBe(before); // restored after the execution
  });
});

describe('values behave like typed input (rule 3)', () => {
  test("a leading '=' makes a formula; the host does not evaluate it", () => {
    const h = host();
    h.run('AddOn.write', 'A1:B1', [['=SUM(1,2)', '=IMPORTXML("x")']]);
    expect(h.run('AddOn.formulas', 'A1:B1')).toEqual([['=SUM(1,2)', '=IMPORTXML("x")']]);
    expect(h.run('AddOn.read', 'A1:B1')).toEqual([['#ERROR!', '#ERROR!']]);
  });
  test('a leading apostrophe keeps text', () => {
    const h = host();
    h.run('AddOn.write', 'A1:B1', [["'=x", "'0012"]]);
    expect(h.run('AddOn.read', 'A1:B1')).toEqual([['=x', '0012']]);
    expect(h.run('AddOn.formulas', 'A1:B1')).toEqual([['', '']]);
  });
  test('numeric and date-looking text is converted in the spreadsheet locale', () => {
    const us = host({ locale: 'en_US', timeZone: 'UTC' });
    const pl = host({ locale: 'pl_PL', timeZone: 'UTC' });
    us.run('AddOn.write', 'A1:C1', [['1,234.5', '1/2/2024', '12%']]);
    pl.run('AddOn.write', 'A1:C1', [['1234,5', '1.02.2024', 'abc']]);
    expect(us.run('AddOn.readIso', 'A1:C1')).toEqual([[1234.5, '2024-01-02T00:00:00.000Z', 0.12]]);
    expect(pl.run('AddOn.readIso', 'A1:C1')).toEqual([[1234.5, '2024-02-01T00:00:00.000Z', 'abc']]);
  });
  test("plain text format '@' keeps the text exactly, even '=…'", () => {
    const h = host();
    h.run('AddOn.format', 'A1:C1', '@');
    h.run('AddOn.write', 'A1:C1', [['=HYPERLINK("x")', '00123', '2024-01-02']]);
    expect(h.run('AddOn.read', 'A1:C1')).toEqual([['=HYPERLINK("x")', '00123', '2024-01-02']]);
    expect(h.run('AddOn.formulas', 'A1:C1')).toEqual([['', '', '']]);
  });
  test('display values follow the number format and the locale', () => {
    const h = host({ locale: 'pl_PL' });
    h.run('AddOn.write', 'A1:B1', [[0.256, 1234.5]]);
    h.run('AddOn.format', 'A1', '0.0%');
    h.run('AddOn.format', 'B1', '#,##0.00');
    expect(h.run('AddOn.display', 'A1:B1')).toEqual([['25,6%', '1\u00a0234,50']]);
  });
});

describe('ranges and sheet size', () => {
  test('cells past the last row read as ""', () => {
    const h = host();
    h.run('AddOn.write', 'A1:B1', [[1, 2]]);
    expect(h.run('AddOn.read', 'A1:C3')).toEqual([[1, 2, ''], ['', '', ''], ['', '', '']]);
  });
  test('getValues gives arrays of the script realm', () => {
    const h = host();
    expect(h.run('AddOn.isArray', 'A1:B2')).toBe(true);
  });
  test('a range outside the sheet (1000 x 26 by default) throws like Apps Script', () => {
    const h = host();
    expect(() => h.run('AddOn.read', 'A1001')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
    expect(() => h.run('AddOn.read', 'AA1')).toThrow('The coordinates of the range are outside the dimensions of the sheet.');
  });
  test('insertRowsAfter grows the sheet; appendRow grows it too', () => {
    const h = new LocalHost().load(`function f() {
      var s = SpreadsheetApp.getActive().insertSheet('T');
      s.insertRowsAfter(s.getMaxRows(), 5);
      s.getRange(1005, 1).setValue('x');
      for (var i = 0; i < 3; i++) s.appendRow(['r', i]);
      return [s.getMaxRows(), s.getLastRow(), s.getLastColumn(), s.getDataRange().getA1Notation()];
    }`);
    expect(h.run('f')).toEqual([1008, 1008, 2, 'A1:B1008']);
  });
  test('A1 notation: open-ended columns and rows', () => {
    const h = new LocalHost().load(`function f() {
      var s = SpreadsheetApp.getActive().getActiveSheet();
      return [s.getRange('B:C').getA1Notation(), s.getRange('A2:B').getNumRows(), s.getRange('2:3').getNumColumns(), s.getRange(2, 3, 4, 5).getA1Notation()];
    }`);
    expect(h.run('f')).toEqual(['B1:C1000', 999, 26, 'C2:G5']);
  });
});
