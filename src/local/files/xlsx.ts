/**
 * XLSX <-> SheetData with exceljs.
 *
 * Reading keeps values: numbers, text, booleans, date cells as `{wall}` (exceljs gives a JS Date
 * whose UTC fields are the wall time), a formula cell's last result with its formula, rich text
 * flattened to plain text, error cells as their text ('#N/A').
 *
 * Writing keeps values, formulas, number formats, backgrounds, font colour/bold/italic, horizontal
 * alignment, frozen rows, column widths and gradient conditional formats (as colour scales).
 * exceljs cannot write charts, so each chart becomes a note (the yellow comment Excel and Sheets
 * show on hover) on its anchor cell, saying what the chart showed: "Chart (LINE) of B2:B14 …".
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { cellsOf, msOfWallTime, wallTimeOfMs, type CellStyle, type ChartRecord, type GradientRule, type SheetData, type StoredCell, type StoredValue, type WallTime } from '../sheetData';
import type { ImportOptions } from './delimited';
import { RUNNER_AUTHOR, RUNNER_MARK } from './marker';

const PROGRESS_EVERY = 10_000;

/**
 * Reads one sheet of an XLSX file (already read into `bytes`): `options.sheet`, or the first.
 * `path` is only used in messages.
 * @example
 * const sheet = await readXlsx(await readFile('orders.xlsx'), 'orders.xlsx', { locale: 'en_US', sheet: 'Orders' });
 */
export async function readXlsx(bytes: Buffer, path: string, options: ImportOptions): Promise<SheetData> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new Error(`Cannot open "${path}" as an Excel workbook (.xlsx): the file is damaged or is not really an .xlsx file.`);
  }
  const worksheet = pickSheet(workbook, path, options.sheet);
  const cells: StoredCell[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    while (cells.length < rowNumber - 1) cells.push([]);
    const stored: StoredCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      while (stored.length < column - 1) stored.push({ value: '' });
      stored.push(storedOf(cell));
    });
    cells.push(stored);
    if (options.onProgress && rowNumber % PROGRESS_EVERY === 0) options.onProgress(rowNumber);
  });
  options.onProgress?.(cells.length);
  return { name: worksheet.name, cells };
}

function pickSheet(workbook: ExcelJS.Workbook, path: string, name: string | undefined): ExcelJS.Worksheet {
  const sheets = workbook.worksheets;
  const names = sheets.map((s) => `"${s.name}"`).join(', ');
  if (sheets.length === 0) throw new Error(`The workbook "${path}" has no sheets.`);
  if (name === undefined) return sheets[0];
  const found = sheets.find((s) => s.name === name) ?? sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!found) throw new Error(`The workbook "${path}" has no sheet named "${name}". Its sheets are: ${names}.`);
  return found;
}

function storedOf(cell: ExcelJS.Cell): StoredCell {
  const value = cell.value;
  if (value !== null && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) {
    return { value: valueOf(value.result), formula: `=${cell.formula}` };
  }
  return { value: valueOf(value) };
}

function valueOf(value: ExcelJS.CellValue | undefined): StoredValue {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return wallOfDate(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : valueOf(value.text);
  if ('error' in value) return value.error;
  if ('result' in value) return valueOf(value.result as ExcelJS.CellValue);
  return '';
}

/** exceljs's Date for a date cell: its UTC fields are the wall time (rounded to the second). */
function wallOfDate(date: Date): { wall: WallTime } {
  return { wall: wallTimeOfMs(Math.round(date.getTime() / 1000) * 1000) };
}

/**
 * Saves sheets (either form, `cells` or lean `values`) as an XLSX workbook at `path`, creating its
 * folder. See the file comment for what is kept; charts become notes on their anchor cells. The
 * workbook carries the runner's mark (files/marker.ts), so a later `--out` may replace it.
 * @example
 * await writeXlsx([{ name: 'Report', cells: [[{ value: 'Cohort', style: { bold: true } }]], frozenRows: 1 }], 'out/report.xlsx');
 */
export async function writeXlsx(sheets: SheetData[], path: string): Promise<void> {
  if (sheets.length === 0) throw new Error(`Nothing to save in "${path}": there are no sheets.`);
  const workbook = new ExcelJS.Workbook();
  // The runner's mark: `--out` replaces only files that carry it (marker.ts).
  workbook.creator = RUNNER_AUTHOR;
  workbook.lastModifiedBy = RUNNER_AUTHOR;
  workbook.keywords = RUNNER_MARK;
  const used = new Set<string>();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(excelSheetName(sheet.name, used));
    if (sheet.frozenRows) worksheet.views = [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: 0 }];
    for (const [column, pixels] of Object.entries(sheet.columnWidths ?? {})) {
      worksheet.getColumn(Number(column)).width = widthOfPixels(pixels);
    }
    cellsOf(sheet).forEach((row, r) => row.forEach((cell, c) => writeCell(worksheet.getCell(r + 1, c + 1), cell)));
    (sheet.gradients ?? []).forEach((rule, i) => worksheet.addConditionalFormatting(colorScaleOf(rule, i + 1)));
    writeChartNotes(worksheet, sheet.charts ?? []);
  }
  await mkdir(dirname(path), { recursive: true });
  try {
    await workbook.xlsx.writeFile(path);
  } catch (error) {
    throw new Error(`Cannot save "${path}": ${(error as Error).message}`);
  }
}

/** Excel sheet names: at most 31 characters, none of \ / ? * [ ] :, unique ignoring case. */
function excelSheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[\\/?*[\]:]/g, '_').slice(0, 31) || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** Sheets measures columns in pixels; Excel in widths of the digit '0' (7 px in Calibri 11) plus 5 px of padding. */
function widthOfPixels(pixels: number): number {
  return Math.max(0, Math.round(((pixels - 5) / 7) * 100) / 100);
}

function writeCell(target: ExcelJS.Cell, cell: StoredCell): void {
  const value = cell.value;
  const excelValue = typeof value === 'object' ? dateOfWall(value.wall) : value;
  if (cell.formula) target.value = { formula: cell.formula.replace(/^=/, ''), result: excelValue } as ExcelJS.CellFormulaValue;
  else if (excelValue !== '') target.value = excelValue;
  const style: CellStyle = cell.style ?? {};
  const numberFormat = style.numberFormat ?? (typeof value === 'object' ? defaultDateFormat(value.wall) : undefined);
  if (numberFormat) target.numFmt = numberFormat;
  if (style.background && argbOf(style.background)) {
    target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(style.background) } };
  }
  if (style.bold || style.italic || (style.fontColor && argbOf(style.fontColor))) {
    const font: Partial<ExcelJS.Font> = {};
    if (style.bold) font.bold = true;
    if (style.italic) font.italic = true;
    if (style.fontColor && argbOf(style.fontColor)) font.color = { argb: argbOf(style.fontColor) };
    target.font = font;
  }
  if (style.horizontalAlignment) target.alignment = { horizontal: style.horizontalAlignment };
}

/** The Date exceljs saves as the date cell of a wall time (exceljs reads a Date's UTC fields). */
function dateOfWall(wall: WallTime): Date {
  return new Date(msOfWallTime(wall));
}

function defaultDateFormat(wall: WallTime): string {
  if (wall.year === 1899 && wall.month === 12 && wall.day === 30) return 'hh:mm:ss';
  return wall.hour || wall.minute || wall.second ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
}

/** '#rrggbb' or '#rgb' -> exceljs 'FFRRGGBB'; other colour notations are not written. */
function argbOf(color: string): string | undefined {
  const long = /^#([0-9a-f]{6})$/i.exec(color);
  if (long) return `FF${long[1].toUpperCase()}`;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return short ? `FF${short.slice(1).map((h) => h + h).join('').toUpperCase()}` : undefined;
}

const CFVO_TYPES = { min: 'min', max: 'max', number: 'num', percent: 'percent', percentile: 'percentile' } as const;

function colorScaleOf(rule: GradientRule, priority: number): ExcelJS.ConditionalFormattingOptions {
  const points = rule.mid ? [rule.min, rule.mid, rule.max] : [rule.min, rule.max];
  return {
    ref: rule.range,
    rules: [
      {
        type: 'colorScale',
        priority,
        cfvo: points.map((p) => (p.value === undefined ? { type: CFVO_TYPES[p.type] } : { type: CFVO_TYPES[p.type], value: p.value })),
        color: points.map((p) => ({ argb: argbOf(p.color) })),
      },
    ],
  };
}

function writeChartNotes(worksheet: ExcelJS.Worksheet, charts: ChartRecord[]): void {
  const notes = new Map<string, string[]>();
  for (const chart of charts) {
    const key = `${chart.anchor.row},${chart.anchor.column}`;
    const title = typeof chart.options.title === 'string' && chart.options.title ? ` "${chart.options.title}"` : '';
    const text =
      `Chart${title} (${chart.type}) of ${chart.ranges.join(', ')}. ` +
      'Charts are not saved in this .xlsx file; open the report in Google Sheets to see it.';
    notes.set(key, [...(notes.get(key) ?? []), text]);
  }
  for (const [key, texts] of notes) {
    const [row, column] = key.split(',').map(Number);
    worksheet.getCell(row, column).note = texts.join('\n');
  }
}
