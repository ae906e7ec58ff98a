/**
 * Sheets' size limits, checked before an owned sheet is written: a spreadsheet holds at most
 * 10,000,000 cells over all its sheets, a sheet at most 18,278 columns. A report that would not fit
 * is refused with a plain message before anything is cleared or written.
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

/** How an owned sheet will be written, by what fits. */
export type WritePlan = 'newSheet' | 'inPlace';

/**
 * Whether a sheet of `rows` × `columns` fits: written into a new sheet beside the old one (so a
 * failure keeps the old), or else in place of the old one. Throws a plain UserError when neither fits.
 * @example planWrite({ rows: 40, columns: 30 }, existingReport, (cells, used) => new UserError(…)) === 'newSheet'
 */
export function planWrite(size: { rows: number; columns: number }, existing: Sheet | null, tooLarge: (cells: number, used: number) => UserError): WritePlan {
  const rows = Math.max(size.rows, NEW_SHEET_ROWS);
  const columns = Math.max(size.columns, NEW_SHEET_COLUMNS);
  const used = workbookCells();
  if (size.columns > MAX_COLUMNS) throw tooLarge(size.rows * size.columns, used);
  if (used + rows * columns <= WORKBOOK_CELLS) return 'newSheet';
  if (existing) {
    const old = existing.getMaxRows() * existing.getMaxColumns();
    const inPlace = Math.max(existing.getMaxRows(), size.rows) * Math.max(existing.getMaxColumns(), size.columns);
    if (used - old + inPlace <= WORKBOOK_CELLS) return 'inPlace';
  }
  throw tooLarge(size.rows * size.columns, used);
}

/**
 * Turns Sheets' own limit error into a UserError; any other error passes through.
 * @example throw asLimitError(error, () => new UserError('report.error.tooLarge', {…}, 'en'))
 */
export function asLimitError(error: unknown, tooLarge: () => UserError): unknown {
  const message = error instanceof Error ? error.message : String(error);
  return /above the limit of 10000000 cells|exceeds? the (maximum|limit)/i.test(message) ? tooLarge() : error;
}
