/**
 * Reads the user's order sheet into an `OrderTable`: only the mapped columns, in chunks of rows,
 * never writing to the sheet. Shared by the sidebar's report, the e-mail and the customer-value
 * action. Custom functions get their ranges as arguments and use the core directly.
 */
import { detectColumns, type ColumnGuess, type ColumnMapping, type ColumnRole } from '../core/read/columns';
import { decideDecimalSeparator } from '../core/read/amounts';
import { decideDateOrder } from '../core/read/dates';
import { createOrderReader, type OrderColumnIndexes, type OrderColumns } from '../core/read/orders';
import type { CellValue, Language, OrderTable } from '../core/types';
import { spreadsheetLocale, spreadsheetTimeZone } from './context';
import { UserError } from './errors';
import { offsetAtOfZone } from './zone';

/** Which sheet to read, and the user's corrections to the detected columns (0-based indexes). */
export interface OrderSheetRequest {
  sheetName: string;
  mapping?: Partial<ColumnMapping>;
}

export interface OrderSheetRead {
  table: OrderTable;
  mapping: ColumnMapping;
  guess: ColumnGuess;
  headers: string[];
}

/** Rows per getValues call: large enough to keep service calls few, small enough for memory. */
export const CHUNK_ROWS = 50_000;

/** Rows looked at to detect columns, the date order and the decimal separator. */
const SAMPLE_ROWS = 200;

/** The most order rows one execution reads (about 2 minutes of reading in Apps Script). */
export const MAX_ORDER_ROWS = 2_000_000;

/** The user's order sheet, or a clear error naming it. */
export function orderSheet(sheetName: string, language: Language): GoogleAppsScript.Spreadsheet.Sheet {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheetName);
  if (!sheet) throw new UserError('error.sheetMissing', { sheet: sheetName }, language);
  return sheet;
}

/**
 * The header row, a sample of rows and the detected columns, merged with the user's corrections.
 * @example detectSheetColumns({ sheetName: 'Orders' }, 'en').mapping.customer === 2
 */
export function detectSheetColumns(
  request: OrderSheetRequest,
  language: Language,
): { guess: ColumnGuess; mapping: ColumnMapping; headers: string[]; sample: CellValue[][] } {
  const sheet = orderSheet(request.sheetName, language);
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow < 2 || lastColumn < 1) throw new UserError('error.sheetEmpty', { sheet: request.sheetName }, language);
  const block = sheet.getRange(1, 1, Math.min(lastRow, SAMPLE_ROWS + 1), lastColumn).getValues() as CellValue[][];
  const headers = block[0].map((h) => String(h ?? '').trim());
  const sample = block.slice(1);
  const guess = detectColumns(block[0], sample, spreadsheetLocale());
  const mapping: ColumnMapping = { ...guess.mapping };
  for (const [role, index] of Object.entries(request.mapping ?? {}) as [ColumnRole, number | null | undefined][]) {
    if (index === undefined) continue;
    if (index !== null && (!Number.isInteger(index) || index < 0 || index >= lastColumn)) {
      throw new UserError('error.columnOutOfRange', { column: String(index + 1), sheet: request.sheetName }, language);
    }
    mapping[role] = index;
  }
  return { guess, mapping, headers, sample };
}

/** Throws a clear error when the mapping lacks what orders need. */
function requireUsableMapping(mapping: ColumnMapping, language: Language): void {
  if (mapping.customer === null) throw new UserError('error.noCustomerColumn', {}, language);
  if (mapping.date === null) throw new UserError('error.noDateColumn', {}, language);
  if (mapping.amount === null && (mapping.quantity === null || mapping.price === null)) {
    throw new UserError('error.noAmountColumn', {}, language);
  }
}

/**
 * Reads the order sheet: detects the columns (the user's corrections win), then reads the needed
 * columns in chunks of CHUNK_ROWS rows.
 * @example readOrderSheet({ sheetName: 'Orders' }, 'en').table.health.rowsRead
 */
export function readOrderSheet(
  request: OrderSheetRequest,
  language: Language,
  onProgress: (rowsRead: number, rowsTotal: number) => void = () => {},
): OrderSheetRead {
  const { guess, mapping, headers, sample } = detectSheetColumns(request, language);
  requireUsableMapping(mapping, language);
  const sheet = orderSheet(request.sheetName, language);
  const lastRow = sheet.getLastRow();
  const rowsTotal = lastRow - 1;
  if (rowsTotal > MAX_ORDER_ROWS) {
    throw new UserError('error.sheetTooLarge', { sheet: request.sheetName, rows: rowsTotal, max: MAX_ORDER_ROWS }, language);
  }
  const locale = spreadsheetLocale();
  const useAmount = mapping.amount !== null;
  const roles: (keyof OrderColumns)[] = ['customer', 'date', 'orderId'];
  roles.push(...((useAmount ? ['amount'] : ['quantity', 'price']) as (keyof OrderColumns)[]));
  const needed = roles.filter((role) => mapping[role] !== null);
  const sampleColumn = (index: number | null) => (index === null ? [] : sample.map((row) => row[index]));
  const amountSample = useAmount ? sampleColumn(mapping.amount) : sampleColumn(mapping.price);
  const reader = createOrderReader({
    offsetAt: offsetAtOfZone(spreadsheetTimeZone()),
    locale,
    firstRowNumber: 2,
    expectedRows: rowsTotal,
    dateOrder: decideDateOrder(sampleColumn(mapping.date), locale),
    decimal: decideDecimalSeparator(amountSample, locale),
  });
  const columns = needed.map((role) => mapping[role] as number);
  const firstColumn = Math.min(...columns);
  const span = Math.max(...columns) - firstColumn + 1;
  for (let start = 2; start <= lastRow; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, lastRow - start + 1);
    // One call for the span of needed columns when it is narrow, else one call per column.
    if (span <= needed.length * 2) {
      const block = sheet.getRange(start, firstColumn + 1, rows, span).getValues() as CellValue[][];
      const indexes: Partial<Record<keyof OrderColumns, number>> = {};
      for (const role of needed) indexes[role] = (mapping[role] as number) - firstColumn;
      reader.addRowBlock(block, indexes as OrderColumnIndexes);
    } else {
      const chunk: Partial<Record<keyof OrderColumns, CellValue[]>> = {};
      for (const role of needed) {
        const values = sheet.getRange(start, (mapping[role] as number) + 1, rows, 1).getValues() as CellValue[][];
        chunk[role] = values.map((row) => row[0]);
      }
      reader.addRows(chunk as OrderColumns);
    }
    onProgress(start - 1 + rows - 1, rowsTotal);
  }
  return { table: reader.finish(), mapping, guess, headers };
}

/**
 * First and last order day of the table (refunds included: they are data too); Infinity and
 * -Infinity for an empty table.
 * @example orderDayRange(table) // { first: 19723, last: 20088 }
 */
export function orderDayRange(table: OrderTable): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < table.count; i++) {
    const day = table.day[i];
    if (day < first) first = day;
    if (day > last) last = day;
  }
  return { first, last };
}
