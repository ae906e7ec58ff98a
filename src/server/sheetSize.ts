/**
 * Sheets' size limits, checked before an owned sheet is written: a spreadsheet holds at most
 * 10,000,000 cells over all its sheets, a sheet at most 18,278 columns. A report that would not fit
 * is refused with a plain message before anything is cleared or written. (Owned sheets are then
 * rewritten in place, not replaced by a new sheet: a user's formula pointing at the old sheet would
 * turn into #REF! if it were deleted.)
 */
import type { UserError } from './errors';

/** Sheets' cell limit for a whole spreadsheet. */
export const WORKBOOK_CELLS = 10_000_000;
/** Sheets' column limit for one sheet (column ZZZ). */
export const MAX_COLUMNS = 18_278;
/** A new sheet's size: 1,000 rows × 26 columns. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows × columns of every sheet of the active spreadsheet. */
export function workbookCells(): number {
  return SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()
    .reduce((sum, sheet) => sum + sheet.getMaxRows() * sheet.getMaxColumns(), 0);
}

/**
 * Throws a plain UserError unless an owned sheet of `rows` × `columns` fits the spreadsheet, written
 * in place of `existing` (or as a new sheet of at least 1,000 × 26). Checked before the old sheet
 * is cleared, so a report that cannot fit never costs the user the previous one.
 * @example checkFits({ rows: 40, columns: 30 }, existingReport, (cells, used) => new UserError(…))
 */
export function checkFits(size: { rows: number; columns: number }, existing: Sheet | null, tooLarge: (cells: number, used: number) => UserError): void {
  const used = workbookCells();
  if (size.columns > MAX_COLUMNS) throw tooLarge(size.rows * size.columns, used);
  const oldRows = existing ? existing.getMaxRows() : 0;
  const oldColumns = existing ? existing.getMaxColumns() : 0;
  const rows = Math.max(size.rows, existing ? oldRows : NEW_SHEET_ROWS);
  const columns = Math.max(size.columns, existing ? oldColumns : NEW_SHEET_COLUMNS);
  if (used - oldRows * oldColumns + rows * columns > WORKBOOK_CELLS) throw tooLarge(size.rows * size.columns, used);
}

/**
 * Turns Sheets' own limit error into a UserError; any other error passes through.
 * @example throw asLimitError(error, () => new UserError('report.error.tooLarge', {…}, 'en'))
 */
export function asLimitError(error: unknown, tooLarge: () => UserError): unknown {
  const message = error instanceof Error ? error.message : String(error);
  return /above the limit of 10000000 cells|exceeds? the (maximum|limit)/i.test(message) ? tooLarge() : error;
}
