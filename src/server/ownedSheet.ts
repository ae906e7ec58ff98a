/**
 * The sheets the add-on creates (cohort report, customer predictions, e-mail log). Safety rules:
 * such a sheet is marked with developer metadata and found by that mark, never by name, so the
 * user may rename it; a new one never takes the name of a user's sheet (it gets " (2)", " (3)" …);
 * only a marked sheet is ever cleared. Writes hold the document lock.
 *
 * The mark has DOCUMENT visibility: PROJECT metadata is visible only to the Cloud project that
 * wrote it, so after moving from a bound copy to the add-on (or changing the script's Cloud
 * project before publishing) the add-on would no longer find its sheets. Sheets marked PROJECT by
 * earlier versions are still found (by the same project) and re-marked DOCUMENT when reused.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The add-on's sheet marked with metadata `key`, whatever its name now; null when there is none.
 * @example findOwnedSheet('retention.report') // the cohort report sheet, or null
 */
export function findOwnedSheet(key: string): Sheet | null {
  const mark = findMark(key);
  return mark ? mark.getLocation().getSheet() : null;
}

/** The sheet-level metadata `key` of an owned sheet, or null. */
function findMark(key: string): GoogleAppsScript.Spreadsheet.DeveloperMetadata | null {
  const found = SpreadsheetApp.getActiveSpreadsheet().createDeveloperMetadataFinder().withKey(key).find();
  for (const metadata of found) {
    if (metadata.getLocation().getSheet()) return metadata;
  }
  return null;
}

/**
 * The owned sheet marked `key`, about to be written: a mark of the old PROJECT visibility becomes
 * DOCUMENT, so the sheet stays the add-on's under another script or Cloud project. Null when none.
 * @example adoptOwnedSheet('retention.weeklyEmailLog') // the log sheet, or null
 */
export function adoptOwnedSheet(key: string): Sheet | null {
  const mark = findMark(key);
  if (!mark) return null;
  const visibility = SpreadsheetApp.DeveloperMetadataVisibility;
  if (mark.getVisibility() !== visibility.DOCUMENT) mark.setVisibility(visibility.DOCUMENT);
  return mark.getLocation().getSheet();
}

/**
 * A new sheet named `name` (or `name (2)`, `name (3)` … when a sheet has that name), marked with
 * metadata `key` = `value`; at position `index` when given.
 * @example createOwnedSheet('Cohort report', 'retention.report', 'cohort').getName() === 'Cohort report (2)' // a user's "Cohort report" exists
 */
export function createOwnedSheet(name: string, key: string, value: string, index?: number): Sheet {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  let free = name;
  for (let n = 2; spreadsheet.getSheetByName(free); n++) free = `${name} (${n})`;
  const sheet = index === undefined ? spreadsheet.insertSheet(free) : spreadsheet.insertSheet(free, index);
  sheet.addDeveloperMetadata(key, value, SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
  return sheet;
}

/**
 * The add-on's sheet marked `key` emptied for a new run (values, formats, conditional formats,
 * charts), or a new one made by createOwnedSheet.
 * @example ownedSheetForRun('Customer predictions', 'retention.clvPredictions', 'v1')
 */
export function ownedSheetForRun(name: string, key: string, value: string): Sheet {
  const existing = adoptOwnedSheet(key);
  if (!existing) return createOwnedSheet(name, key, value);
  existing.clear();
  existing.clearConditionalFormatRules();
  for (const chart of existing.getCharts()) existing.removeChart(chart);
  return existing;
}

/**
 * Grows the sheet to at least `rows` × `columns` (sheets do not grow when written past their edge).
 * @example ensureSize(sheet, 1000, 12)
 */
export function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Runs `work` holding the document lock; when another execution holds it for more than `waitMs`,
 * returns what `busy` returns (or throws what it throws) instead.
 * @example withDocumentLock(20_000, () => { throw new UserError('report.error.busy', {}, 'en'); }, () => write())
 */
export function withDocumentLock<T>(waitMs: number, busy: () => T, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(waitMs)) return busy();
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}
