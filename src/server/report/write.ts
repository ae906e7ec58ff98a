/**
 * Writes the report sheet: an owned sheet (src/server/ownedSheet.ts) found by its developer
 * metadata; the whole write holds the document lock. The size is checked before the old report is
 * cleared (src/server/sheetSize.ts), so a report too large for the spreadsheet keeps the previous one;
 * Sheets' own limit error, should it still come, becomes the same plain message.
 */
import { t } from '../../i18n';
import type { Language } from '../../core/types';
import { UserError } from '../errors';
import { ensureSize, findOwnedSheet, ownedSheetForRun, withDocumentLock } from '../ownedSheet';
import { asLimitError, checkFits, workbookCells } from '../sheetSize';
import type { Block, ReportGrid } from './layout';

/** Developer metadata key (and value) marking the add-on's cohort report sheet. */
const REPORT_KEY = 'retention.report';
const REPORT_KIND = 'cohort';

const HEAT_LOW = '#ffffff';
const HEAT_HIGH = '#57bb8a';
const LOCK_WAIT_MS = 20_000;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's own report sheet, found by its metadata; null when there is none. */
export function findReportSheet(): Sheet | null {
  return findOwnedSheet(REPORT_KEY);
}

/** The rows and columns the report needs. */
export function gridSize(grid: ReportGrid): { rows: number; columns: number } {
  return {
    rows: Math.max(grid.values.length, grid.chart.row - 1 + grid.chartValues.length),
    columns: Math.max(grid.values[0].length, grid.chartValues[0]?.length ?? 0),
  };
}

/**
 * The plain error for a report too large for the spreadsheet.
 * @example tooLargeError(12_000_000, 500_000, 'en').message // 'The report would need 12,000,000 cells …'
 */
export function tooLargeError(cells: number, used: number, language: Language): UserError {
  return new UserError('report.error.tooLarge', { cells: cells.toLocaleString('en-US'), used: used.toLocaleString('en-US') }, language);
}

/**
 * Writes the grid into the report sheet (created if needed) and returns its name.
 * @example writeReport(grid, 'en') === 'Cohort report'
 */
export function writeReport(grid: ReportGrid, language: Language): string {
  const busy = (): string => {
    throw new UserError('report.error.busy', {}, language);
  };
  return withDocumentLock(LOCK_WAIT_MS, busy, () => {
    const size = gridSize(grid);
    const tooLarge = (cells: number, used: number) => tooLargeError(cells, used, language);
    checkFits(size, findReportSheet(), tooLarge);
    const sheet = ownedSheetForRun(t(language, 'report.sheetName'), REPORT_KEY, REPORT_KIND);
    try {
      writeGrid(sheet, grid, language);
    } catch (error) {
      throw asLimitError(error, () => tooLarge(size.rows * size.columns, workbookCells()));
    }
    return sheet.getName();
  });
}

/**
 * Writes the grid into an empty sheet the add-on owns (the report sheet, or the self-check's
 * scratch sheet): values, formats, the heatmap, the chart. The caller holds the document lock.
 */
export function writeGrid(sheet: Sheet, grid: ReportGrid, language: Language): void {
  const size = gridSize(grid);
  ensureSize(sheet, size.rows, size.columns);
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  const all = sheet.getRange(1, 1, rows, columns);
  // Formats first: a text cell formatted '@' keeps "=…" as text.
  all.setNumberFormats(grid.formats);
  all.setValues(grid.values);
  if (grid.chartValues.length > 0) {
    const chartData = sheet.getRange(grid.chart.row, 1, grid.chartValues.length, grid.chartValues[0].length);
    chartData.setNumberFormats(grid.chartFormats);
    chartData.setValues(grid.chartValues);
  }
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 3, 1).setFontColor('#5f6368'); // the columns used, data health, what the cells mean
  blockRange(sheet, grid.header).setFontWeight('bold');
  sheet.getRange(grid.heatmap.row + grid.heatmap.numRows, 1, 1, grid.header.numColumns).setFontWeight('bold');
  blockRange(sheet, { ...grid.chart, numRows: 1 }).setFontWeight('bold');
  sheet.setFrozenRows(grid.header.row);
  sheet.setColumnWidth(1, 120);
  const heatmap = SpreadsheetApp.newConditionalFormatRule()
    .setGradientMinpoint(HEAT_LOW)
    .setGradientMaxpoint(HEAT_HIGH)
    .setRanges([blockRange(sheet, grid.heatmap)])
    .build();
  sheet.setConditionalFormatRules([heatmap]);
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(blockRange(sheet, grid.chart))
    .setNumHeaders(1)
    .setPosition(grid.chart.row, grid.chart.numColumns + 2, 0, 0)
    .setOption('title', grid.chartTitle)
    .setOption('hAxis.title', t(language, 'report.chart.period'))
    .setOption('legend.position', 'right')
    .build();
  sheet.insertChart(chart);
}

function blockRange(sheet: Sheet, block: Block): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(block.row, block.column, block.numRows, block.numColumns);
}
