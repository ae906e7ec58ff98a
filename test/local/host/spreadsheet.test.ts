import { describe, expect, test } from 'vitest';
import { LocalHost, type HostOptions } from '../../../src/local/host/index';
import type { SheetData } from '../../../src/local/sheetData';

/** A bundle shaped like dist/Code.js: an IIFE namespace plus top-level stubs. */
const CODE = `var AddOn = (function () {
  function sheet() { return SpreadsheetApp.getActiveSpreadsheet().getSheetByName('S'); }
  return {
    write: function (a1, rows) { sheet().getRange(a1).setValues(rows); },
    read: function (a1) { return sheet().getRange(a1).getValues(); },
    readIso: function (a1) {
      return sheet().getRange(a1).getValues().map(function (r) {
        return r.map(function (v) { return v instanceof Date ? v.toISOString() : v; });
      });
    },
    formulas: function (a1) { return sheet().getRange(a1).getFormulas(); },
    display: function (a1) { return sheet().getRange(a1).getDisplayValues(); },
    format: function (a1, f) { sheet().getRange(a1).setNumberFormat(f); },
    isArray: function (a1) { var v = sheet().getRange(a1).getValues(); return v instanceof Array && v[0] instanceof Array; },
    writeDate: function (a1, iso) { sheet().getRange(a1).setValue(new Date(iso)); },
  };
})();
function write(a1, rows) { return AddOn.write(a1, rows); }
function read(a1) { return AddOn.read(a1); }
`;

function host(options: HostOptions = {}): LocalHost {
  const h = new LocalHost(options).load(CODE);
  h.spreadsheet.insertSheet('S');
  return h;
}

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

describe('sheets, styles, rules, charts, metadata', () => {
  const code = `function build() {
    var ss = SpreadsheetApp.getActive();
    var s = ss.insertSheet('Report', 0);
    s.getRange('A1:B2').setValues([['Cohort', 'M0'], ['2024-01', 0.5]]);
    s.getRange('A1:B1').setFontWeight('bold').setBackground('#eeeeee');
    s.getRange('B2').setNumberFormat('0%').setFontColor('#ff0000').setHorizontalAlignment('right');
    s.setFrozenRows(1);
    s.setColumnWidth(1, 120);
    var rule = SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', SpreadsheetApp.InterpolationType.NUMBER, '0')
      .setGradientMaxpoint('#00ff00')
      .setRanges([s.getRange('B2:B2')]).build();
    s.setConditionalFormatRules([rule]);
    s.insertChart(s.newChart().setChartType(Charts.ChartType.LINE).addRange(s.getRange('A1:B2')).setPosition(4, 1, 0, 0).setOption('title', 'Retention').build());
    ss.addDeveloperMetadata('retention.report', 'v1');
    s.addDeveloperMetadata('retention.sheet', 'cohort');
    return [ss.getSheets().map(function (x) { return x.getName(); }).join(','),
      ss.createDeveloperMetadataFinder().withKey('retention.sheet').find().map(function (m) { return m.getLocation().getSheet().getName() + '=' + m.getValue(); }).join(','),
      ss.getDeveloperMetadata().length, s.getCharts()[0].getOptions().get('title')];
  }`;
  test('sheetData snapshots what the script wrote', () => {
    const h = new LocalHost().load(code);
    expect(h.run('build')).toEqual(['Report,Sheet1', 'Report=cohort', 1, 'Retention']);
    const d = h.sheetData('Report');
    expect(d.cells[0][0]).toEqual({ value: 'Cohort', style: { bold: true, background: '#eeeeee' } });
    expect(d.cells[1][0]).toEqual({ value: '2024-01' }); // en_US: '2024-01' is not a full date
    expect(d.cells[1][1]).toEqual({ value: 0.5, style: { numberFormat: '0%', fontColor: '#ff0000', horizontalAlignment: 'right' } });
    expect(d.frozenRows).toBe(1);
    expect(d.columnWidths).toEqual({ 1: 120 });
    expect(d.gradients).toEqual([{ range: 'B2', min: { color: '#ffffff', type: 'number', value: 0 }, max: { color: '#00ff00', type: 'max' } }]);
    expect(d.charts).toEqual([{ type: 'LINE', ranges: ['A1:B2'], anchor: { row: 4, column: 1 }, options: { title: 'Retention' } }]);
  });
  test('addSheet then sheetData round-trips values, formulas, styles, gradients and charts', () => {
    const data: SheetData = {
      name: 'Data',
      cells: [
        [{ value: 'a', style: { bold: true } }, { value: 3, formula: '=1+2' }],
        [{ value: { wall: { year: 2023, month: 12, day: 31, hour: 23, minute: 59, second: 59 } } }],
      ],
      frozenRows: 1,
      columnWidths: { 2: 80 },
      gradients: [{ range: 'A1:B2', min: { color: '#fff', type: 'min' }, mid: { color: '#888', type: 'percentile', value: 50 }, max: { color: '#000', type: 'max' } }],
      charts: [{ type: 'COLUMN', ranges: ['A1:B2'], anchor: { row: 3, column: 2 }, options: { legend: 'none' } }],
    };
    const h = new LocalHost();
    h.addSheet(data);
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Data']); // replaced the empty Sheet1
    expect(h.sheetData('Data')).toEqual(data);
  });
  test('duplicate sheet names are refused with Sheets wording', () => {
    const h = new LocalHost().load(`function f() { SpreadsheetApp.getActive().insertSheet('Sheet1'); }`);
    expect(() => h.run('f')).toThrow('A sheet with the name "Sheet1" already exists. Please enter another name.');
  });
  test('clear, clearContent and clearFormat', () => {
    const h = new LocalHost().load(`function f() {
      var s = SpreadsheetApp.getActive().getActiveSheet();
      s.getRange('A1:B1').setValues([[1, 2]]).setBackground('#123456');
      s.getRange('A1').clearContent();
      s.getRange('B1').clearFormat();
      return [s.getRange('A1:B1').getValues(), s.getRange('A1:B1').getBackgrounds()];
    }`);
    expect(h.run('f')).toEqual([[['', 2]], [['#123456', '#ffffff']]]);
  });
});

describe('a big sheet', () => {
  test('reading a 1,000,000 x 3 range with dates is fast', () => {
    const rows = 1_000_000;
    const cells = new Array(rows);
    for (let i = 0; i < rows; i++) {
      cells[i] = [
        { value: `c${i % 5000}` },
        { value: { wall: { year: 2024, month: 1 + (i % 12), day: 1 + (i % 28), hour: 0, minute: 0, second: 0 } } },
        { value: i * 0.5 },
      ];
    }
    const h = new LocalHost({ timeZone: 'Europe/Warsaw' }).load(`function count() {
      var v = SpreadsheetApp.getActive().getSheetByName('Big').getRange(1, 1, ${rows}, 3).getValues();
      var dates = 0; for (var i = 0; i < v.length; i++) if (v[i][1] instanceof Date) dates++;
      return [v.length, dates, v[999999][2]];
    }`);
    h.addSheet({ name: 'Big', cells });
    expect(h.run('count')).toEqual([rows, rows, 499999.5]);
  });
});

describe('addSheet with the lean values form of imported files', () => {
  test('keeps values, date cells and the styles of the few styled cells', () => {
    const h = new LocalHost({ timeZone: 'Europe/Warsaw' }).load(`function read() {
      var r = SpreadsheetApp.getActive().getSheetByName('Lean').getRange(1, 1, 2, 3);
      return [r.getValues()[1][1] instanceof Date, r.getValues()[1][1].getTime(), r.getValues()[1][2], r.getNumberFormats()[1][2]];
    }`);
    h.addSheet({
      name: 'Lean',
      cells: [],
      values: [
        ['Customer', 'Date', 'Share'],
        ['a', { wall: { year: 2024, month: 1, day: 31, hour: 23, minute: 30, second: 0 } }, 0.12],
      ],
      valueStyles: [{ row: 1, column: 2, style: { numberFormat: '0%' } }],
    });
    // 2024-01-31 23:30 in Warsaw (UTC+1) is 22:30 UTC.
    expect(h.run('read')).toEqual([true, Date.UTC(2024, 0, 31, 22, 30), 0.12, '0%']);
  });
});
