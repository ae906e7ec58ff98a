import { describe, expect, test } from 'vitest';
import type { SheetData } from '../../../src/local/sheetData';
import { LocalHost } from '../../../src/local/host/index';

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
  test('a format over cells of different styles keeps each cell\'s own style, in runs and alternating', () => {
    const h = new LocalHost().load(`function f() {
      var s = SpreadsheetApp.getActiveSheet();
      s.getRange('A1:A6').setValues([[1], [2], [3], [4], [5], [6]]);
      s.getRange('A1').setFontWeight('bold');
      s.getRange('A3').setFontWeight('bold');
      s.getRange('A4').setFontColor('#ff0000');
      s.getRange('A5').setFontColor('#ff0000');
      s.getRange('A1:A6').setNumberFormat('0.0');
      s.getRange('A2:A3').setNumberFormat('0%');
    }`);
    h.run('f');
    const styles = h.sheetData('Sheet1').cells.map((row) => row[0].style);
    expect(styles).toEqual([
      { bold: true, numberFormat: '0.0' },
      { numberFormat: '0%' },
      { bold: true, numberFormat: '0%' },
      { fontColor: '#ff0000', numberFormat: '0.0' },
      { fontColor: '#ff0000', numberFormat: '0.0' },
      { numberFormat: '0.0' },
    ]);
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
