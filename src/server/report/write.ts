/**
 * Writes the report sheet: an owned sheet (src/server/ownedSheet.ts) found by its developer
 * metadata and the only sheet ever cleared; the whole write holds the document lock.
 */
import { t } from '../../i18n';
import type { Language } from '../../core/types';
import { UserError } from '../errors';
import { ensureSize, findOwnedSheet, ownedSheetForRun, withDocumentLock } from '../ownedSheet';
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

/**
 * Writes the grid into the report sheet (created if needed) and returns its name.
 * @example writeReport(grid, 'en') === 'Cohort report'
 */
export function writeReport(grid: ReportGrid, language: Language): string {
  const busy = (): string => {
    throw new UserError('report.error.busy', {}, language);
  };
  return withDocumentLock(LOCK_WAIT_MS, busy, () => {
    const sheet = ownedSheetForRun(t(language, 'report.sheetName'), REPORT_KEY, REPORT_KIND);
    writeGrid(sheet, grid, language);
    return sheet.getName();
  });
}

/**
 * Writes the grid into an empty sheet the add-on owns (the report sheet, or the self-check's
 * scratch sheet): values, formats, the heatmap, the chart. The caller holds the document lock.
 */
export function writeGrid(sheet: Sheet, grid: ReportGrid, language: Language): void {
  const rows = grid.values.length;
  const columns = grid.values[0].length;
  ensureSize(sheet, rows, columns);
  const all = sheet.getRange(1, 1, rows, columns);
  // Formats first: a text cell formatted '@' keeps "=…" as text.
  all.setNumberFormats(grid.formats);
  all.setValues(grid.values);
  sheet.getRange(1, 1).setFontWeight('bold').setFontSize(13);
  sheet.getRange(2, 1, 2, 1).setFontColor('#5f6368');
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
