/**
 * Writes the report sheet. Safety rules: the report sheet is found by its developer metadata (not
 * by name) and is the only sheet ever cleared; a user's sheet is never overwritten or renamed (a
 * name taken by the user gets " (2)", " (3)" …); the whole write holds the document lock.
 */
import { t } from '../../i18n';
import type { Language } from '../../core/types';
import { UserError } from '../errors';
import type { Block, ReportGrid } from './layout';

/** Developer metadata key (and value) marking the add-on's cohort report sheet. */
export const REPORT_KEY = 'retention.report';
export const REPORT_KIND = 'cohort';

const HEAT_LOW = '#ffffff';
const HEAT_HIGH = '#57bb8a';
const LOCK_WAIT_MS = 20_000;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The add-on's own report sheet, found by its metadata; null when there is none. */
export function findReportSheet(): Sheet | null {
  const found = SpreadsheetApp.getActiveSpreadsheet()
    .createDeveloperMetadataFinder()
    .withKey(REPORT_KEY)
    .withValue(REPORT_KIND)
    .find();
  for (const metadata of found) {
    const sheet = metadata.getLocation().getSheet();
    if (sheet) return sheet;
  }
  return null;
}

/**
 * Writes the grid into the report sheet (created if needed) and returns its name.
 * @example writeReport(grid, 'en') === 'Cohort report'
 */
export function writeReport(grid: ReportGrid, language: Language): string {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError('report.error.busy', {}, language);
  try {
    const sheet = reportSheet(language);
    const rows = grid.values.length;
    const columns = grid.values[0].length;
    if (sheet.getMaxRows() < rows) sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
    if (sheet.getMaxColumns() < columns) sheet.insertColumnsAfter(sheet.getMaxColumns(), columns - sheet.getMaxColumns());
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
    return sheet.getName();
  } finally {
    lock.releaseLock();
  }
}

function blockRange(sheet: Sheet, block: Block): GoogleAppsScript.Spreadsheet.Range {
  return sheet.getRange(block.row, block.column, block.numRows, block.numColumns);
}

/** The report sheet, emptied (values, formats, rules, charts); a new one if the add-on has none. */
function reportSheet(language: Language): Sheet {
  const existing = findReportSheet();
  if (existing) {
    existing.clear();
    existing.clearConditionalFormatRules();
    for (const chart of existing.getCharts()) existing.removeChart(chart);
    return existing;
  }
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const base = t(language, 'report.sheetName');
  let name = base;
  for (let n = 2; spreadsheet.getSheetByName(name); n++) name = `${base} (${n})`;
  const sheet = spreadsheet.insertSheet(name);
  sheet.addDeveloperMetadata(REPORT_KEY, REPORT_KIND);
  return sheet;
}
