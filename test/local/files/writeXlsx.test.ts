import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { importDelimitedText, readSheetFile, writeXlsx } from '../../../src/local/files';
import type { SheetData } from '../../../src/local/sheetData';

const dir = mkdtempSync(join(tmpdir(), 'xlsx-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function wall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  return { wall: { year, month, day, hour, minute, second } };
}

const report: SheetData = {
  name: 'Report',
  cells: [
    [
      { value: 'Cohort', style: { bold: true, background: '#ffeeaa', horizontalAlignment: 'center' } },
      { value: 'Retention', style: { italic: true, fontColor: '#c00' } },
      { value: 'Total' },
    ],
    [{ value: wall(2024, 1, 1) }, { value: 0.4567, style: { numberFormat: '0.0%' } }, { value: 10 }],
    [{ value: wall(2024, 2, 1, 8, 26, 5) }, { value: 0.25, style: { numberFormat: '0.0%' } }, { value: 20 }],
    [{ value: wall(2024, 3, 15), style: { numberFormat: 'dd.mm.yyyy' } }, { value: '' }, { value: 30, formula: '=SUM(C2:C3)' }],
    [{ value: wall(1899, 12, 30, 8, 26, 0) }, { value: true }],
  ],
  frozenRows: 1,
  columnWidths: { 1: 120, 3: 40 },
  gradients: [
    {
      range: 'B2:B3',
      min: { color: '#ffffff', type: 'min' },
      mid: { color: '#ffeb84', type: 'percentile', value: 50 },
      max: { color: '#63be7b', type: 'max' },
    },
    { range: 'C2:C3', min: { color: '#fff', type: 'number', value: 0 }, max: { color: '#000000', type: 'percent', value: 90 } },
  ],
  charts: [
    { type: 'LINE', ranges: ['A1:B3'], anchor: { row: 2, column: 5 }, options: { title: 'Retention by cohort' } },
    { type: 'COLUMN', ranges: ['A1:A3', 'C1:C3'], anchor: { row: 2, column: 5 }, options: {} },
  ],
};

async function writeAndLoad(sheets: SheetData[], name: string): Promise<ExcelJS.Workbook> {
  const path = join(dir, name);
  await writeXlsx(sheets, path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

describe('writeXlsx', () => {
  it('writes values, dates as dates with their formats, and formulas with their results', async () => {
    const sheet = (await writeAndLoad([report], 'values.xlsx')).getWorksheet('Report')!;
    expect(sheet.getCell('A1').value).toBe('Cohort');
    expect(sheet.getCell('C2').value).toBe(10);
    expect(sheet.getCell('B5').value).toBe(true);
    // Date cells: exceljs reads back a Date whose UTC fields are the wall time.
    expect(sheet.getCell('A2').value).toEqual(new Date(Date.UTC(2024, 0, 1)));
    expect(sheet.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('A3').value).toEqual(new Date(Date.UTC(2024, 1, 1, 8, 26, 5)));
    expect(sheet.getCell('A3').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect(sheet.getCell('A4').value).toEqual(new Date(Date.UTC(2024, 2, 15)));
    expect(sheet.getCell('A4').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('A5').numFmt).toBe('hh:mm:ss'); // a time alone
    expect(sheet.getCell('B4').value).toBe(null); // '' is an empty cell
    expect(sheet.getCell('C4').value).toEqual({ formula: 'SUM(C2:C3)', result: 30 });
    expect(sheet.getCell('B2').value).toBe(0.4567);
    expect(sheet.getCell('B2').numFmt).toBe('0.0%');
  });

  it('writes backgrounds, fonts and alignment', async () => {
    const sheet = (await writeAndLoad([report], 'styles.xlsx')).getWorksheet('Report')!;
    expect(sheet.getCell('A1').fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEEAA' } });
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true });
    expect(sheet.getCell('A1').alignment).toEqual({ horizontal: 'center' });
    expect(sheet.getCell('B1').font).toMatchObject({ italic: true, color: { argb: 'FFCC0000' } }); // '#c00' spelled out
    expect(sheet.getCell('B1').font.bold).toBeFalsy();
    expect(sheet.getCell('C1').fill).toBeUndefined();
  });

  it('writes frozen rows and column widths (pixels to Excel widths: (px - 5) / 7)', async () => {
    const sheet = (await writeAndLoad([report], 'layout.xlsx')).getWorksheet('Report')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(1).width).toBe(16.43); // (120 - 5) / 7 = 16.428…
    expect(sheet.getColumn(3).width).toBe(5); // (40 - 5) / 7 = 5
  });

  it('writes gradients as colour-scale conditional formats', async () => {
    const sheet = (await writeAndLoad([report], 'gradients.xlsx')).getWorksheet('Report')!;
    // exceljs keeps the rules it read in `conditionalFormattings`, which its typings do not declare.
    const formats = (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    expect(formats.map((f) => f.ref)).toEqual(['B2:B3', 'C2:C3']);
    expect(formats[0].rules[0]).toMatchObject({
      type: 'colorScale',
      cfvo: [{ type: 'min' }, { type: 'percentile', value: 50 }, { type: 'max' }],
      color: [{ argb: 'FFFFFFFF' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
    });
    expect(formats[1].rules[0]).toMatchObject({
      type: 'colorScale',
      cfvo: [
        { type: 'num', value: 0 },
        { type: 'percent', value: 90 },
      ],
      color: [{ argb: 'FFFFFFFF' }, { argb: 'FF000000' }],
    });
  });

  it('writes each chart as a note on its anchor cell', async () => {
    // exceljs reads notes back only on cells that have a value, and a chart's anchor cell is
    // usually empty: read the comments part of the file (xl/comments1.xml) with jszip, exceljs's own unzipper.
    const path = join(dir, 'charts.xlsx');
    await writeXlsx([report], path);
    const zip = await JSZip.loadAsync(readFileSync(path));
    const xml = await zip.file('xl/comments1.xml')!.async('string');
    expect(xml).toContain('ref="E2"'); // anchor row 2, column 5
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Chart &quot;Retention by cohort&quot; (LINE) of A1:B3.');
    expect(text).toContain('Chart (COLUMN) of A1:A3, C1:C3.');
    expect(text).toContain('open the report in Google Sheets');
  });

  it('makes sheet names Excel accepts: no / : ? * [ ] \\, at most 31 characters, no repeats', async () => {
    const sheets: SheetData[] = ['Cohorts 2024/01', 'A very long sheet name that goes on and on', 'cohorts 2024_01', ''].map((name) => ({
      name,
      cells: [[{ value: name }]],
    }));
    const workbook = await writeAndLoad(sheets, 'names.xlsx');
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Cohorts 2024_01',
      'A very long sheet name that goe', // 31 characters
      'cohorts 2024_01_2',
      'Sheet',
    ]);
  });

  it('writes a sheet in the lean form, percent formats included', async () => {
    const sheet = importDelimitedText('share,when\n12%,2024-01-31\n', { locale: 'en_US', name: 'Lean' });
    const written = (await writeAndLoad([sheet], 'lean.xlsx')).getWorksheet('Lean')!;
    expect(written.getCell('A2').value).toBe(0.12);
    expect(written.getCell('A2').numFmt).toBe('0%');
    expect(written.getCell('B2').value).toEqual(new Date(Date.UTC(2024, 0, 31)));
  });

  it('reads back what it wrote', async () => {
    const path = join(dir, 'again.xlsx');
    await writeXlsx([report], path);
    const [sheet] = await readSheetFile(path, { locale: 'en_US' });
    expect(sheet.cells.map((row) => row.map((cell) => cell.value))).toEqual([
      ['Cohort', 'Retention', 'Total'],
      [wall(2024, 1, 1), 0.4567, 10],
      [wall(2024, 2, 1, 8, 26, 5), 0.25, 20],
      [wall(2024, 3, 15), '', 30],
      [wall(1899, 12, 30, 8, 26, 0), true],
    ]);
    expect(sheet.cells[3][2].formula).toBe('=SUM(C2:C3)');
  });

  it('creates the folder, and refuses to save no sheets', async () => {
    const path = join(dir, 'new', 'folder', 'report.xlsx');
    await writeXlsx([{ name: 'S', cells: [] }], path);
    expect(existsSync(path)).toBe(true);
    await expect(writeXlsx([], join(dir, 'none.xlsx'))).rejects.toThrow(/Nothing to save in ".*none\.xlsx": there are no sheets\./);
  });
});
