/**
 * Reads the user's order sheet into an `OrderTable`: the export is recognised and its columns found
 * (the user's corrections win), then only the needed columns are read, in chunks of rows, never
 * writing to the sheet. Shared by the sidebar's report, the e-mail, the customer value action and
 * the runner. Custom functions get their ranges as arguments and use the core directly.
 */
import { decideDecimalSeparator } from '../core/read/amounts';
import { applyCorrections, COLUMN_ROLES, detectColumns, type ColumnGuess, type ColumnMapping, type ColumnRole } from '../core/read/columns';
import { decideDateOrder } from '../core/read/dates';
import { createOrderReader, type OrderColumnIndexes, type OrderColumns } from '../core/read/orders';
import { countCurrencies, identityColumn, rowFlags, type FlagInputs } from '../core/read/rowRules';
import { wallDayOfInstant } from '../core/time';
import type { CellValue, Language, OrderTable } from '../core/types';
import { spreadsheetLocale, spreadsheetTimeZone } from './context';
import { UserError } from './errors';
import { describeReading, type ReadingSummary } from './reading';
import { offsetAtOfZone } from './zone';

/** Which sheet to read, the user's corrections to the detected columns (0-based indexes), the currency. */
export interface OrderSheetRequest {
  sheetName: string;
  mapping?: Partial<ColumnMapping>;
  /** The currency to report when the sheet holds several (`EUR`); rows in others are set aside. */
  currency?: string;
}

export interface OrderSheetRead {
  table: OrderTable;
  mapping: ColumnMapping;
  guess: ColumnGuess;
  headers: string[];
  /** What was recognised and used: platform, columns, currency, doubts (for every output). */
  reading: ReadingSummary;
}

/** Rows per getValues call: large enough to keep service calls few, small enough for memory. */
export const CHUNK_ROWS = 50_000;

/** Rows looked at to detect columns, the date order and the decimal separator. */
const SAMPLE_ROWS = 200;

/** The most order rows one execution reads (about 2 minutes of reading in Apps Script). */
export const MAX_ORDER_ROWS = 2_000_000;

/** Orders dated more than this many days after today (in the spreadsheet's zone) are skipped. */
const FUTURE_MARGIN_DAYS = 1;

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
  const range = sheet.getRange(1, 1, Math.min(lastRow, SAMPLE_ROWS + 1), lastColumn);
  const block = range.getValues() as CellValue[][];
  const formats = range.getNumberFormats();
  const headers = block[0].map((h) => String(h ?? '').trim());
  const sample = block.slice(1);
  const percentColumns = headers.map((_, c) => {
    const filled = sample.filter((row) => row[c] !== '' && row[c] !== null);
    return filled.length > 0 && filled.every((row, i) => (formats[i + 1]?.[c] ?? '').includes('%'));
  });
  for (const [role, index] of Object.entries(request.mapping ?? {}) as [ColumnRole, number | null | undefined][]) {
    if (index === undefined || index === null) continue;
    if (!Number.isInteger(index) || index < 0 || index >= lastColumn) {
      throw new UserError('error.columnOutOfRange', { column: String(index + 1), sheet: request.sheetName }, language);
    }
    if (!COLUMN_ROLES.includes(role)) throw new UserError('error.columnOutOfRange', { column: String(index + 1), sheet: request.sheetName }, language);
  }
  const detected = detectColumns(block[0], sample, spreadsheetLocale(), { percentColumns });
  const guess = applyCorrections(detected, request.mapping ?? {}, sample);
  return { guess, mapping: guess.mapping, headers, sample };
}

/** Throws a clear error when the mapping lacks what orders need (an amount is optional). */
function requireUsableMapping(guess: ColumnGuess, headers: string[], sheetName: string, language: Language): void {
  const list = headers.map((h, i) => `"${h || `#${i + 1}`}"`).join(', ');
  if (guess.mapping.customer === null) throw new UserError('error.noCustomerColumn', { sheet: sheetName, headers: list }, language);
  if (guess.mapping.date === null) throw new UserError('error.noDateColumn', { sheet: sheetName, headers: list }, language);
}

/**
 * Reads the order sheet: detects the columns (the user's corrections win), settles the currency,
 * then reads the needed columns in chunks of CHUNK_ROWS rows.
 * @example readOrderSheet({ sheetName: 'Orders' }, 'en').table.health.rowsRead
 */
export function readOrderSheet(
  request: OrderSheetRequest,
  language: Language,
  onProgress: (rowsRead: number, rowsTotal: number) => void = () => {},
): OrderSheetRead {
  const detected = detectSheetColumns(request, language);
  const { headers, sample } = detected;
  let guess = detected.guess;
  requireUsableMapping(guess, headers, request.sheetName, language);
  const sheet = orderSheet(request.sheetName, language);
  const lastRow = sheet.getLastRow();
  const rowsTotal = lastRow - 1;
  if (rowsTotal > MAX_ORDER_ROWS) {
    throw new UserError('error.sheetTooLarge', { sheet: request.sheetName, rows: rowsTotal, max: MAX_ORDER_ROWS }, language);
  }
  const currency = settleCurrency(sheet, guess, request, headers, language);
  guess = currency.guess;
  const { mapping } = guess;
  const locale = spreadsheetLocale();
  const zone = spreadsheetTimeZone();
  const offsetAt = offsetAtOfZone(zone);
  const sampleColumn = (index: number | null) => (index === null ? [] : sample.map((row) => row[index]));
  const amountSample = mapping.amount !== null ? sampleColumn(mapping.amount) : sampleColumn(mapping.price);
  const reader = createOrderReader({
    offsetAt,
    locale,
    firstRowNumber: 2,
    expectedRows: rowsTotal,
    dateOrder: decideDateOrder(sampleColumn(mapping.date), locale),
    decimal: decideDecimalSeparator(amountSample, locale),
    amountLevel: guess.amountLevel,
    refundMode: guess.refundMode,
    dateZone: guess.dateZone,
    latestDay: wallDayOfInstant(Date.now(), offsetAt) + FUTURE_MARGIN_DAYS,
  });
  const plan = readPlan(guess, currency.filter);
  for (let start = 2; start <= lastRow; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, lastRow - start + 1);
    if (plan.plain) readPlainChunk(sheet, reader, plan.plain, start, rows);
    else reader.addRows(chunkColumns(readColumns(sheet, plan.columns, start, rows), guess, currency.filter));
    onProgress(start - 1 + rows - 1, rowsTotal);
  }
  const table = reader.finish();
  const reading = describeReading(guess, headers, table, currency.currency, currency.counts, currency.converted);
  return { table, mapping, guess, headers, reading };
}

interface CurrencyChoice {
  guess: ColumnGuess;
  /** The reported currency, null when the sheet has no currency column. */
  currency: string | null;
  counts: [string, number][];
  /** Keep only the rows of this currency (the user chose one of several). */
  filter: string | null;
  converted: boolean;
}

/**
 * Never adds different currencies: with several in the currency column, the settlement-currency
 * columns are used when the export has them (Stripe's `Converted Amount`), else the currency the
 * user chose, else reading stops with the list of currencies.
 */
function settleCurrency(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  guess: ColumnGuess,
  request: OrderSheetRequest,
  headers: string[],
  language: Language,
): CurrencyChoice {
  const column = guess.mapping.currency;
  if (column === null) return { guess, currency: null, counts: [], filter: null, converted: false };
  const counts = countColumnCurrencies(sheet, column);
  const wanted = (request.currency ?? '').trim().toUpperCase();
  if (wanted !== '') {
    if (!counts.some(([code]) => code === wanted)) {
      throw new UserError('error.currencyNotFound', { currency: wanted, column: headers[column], currencies: currencyList(counts) }, language);
    }
    return { guess, currency: wanted, counts, filter: counts.length > 1 ? wanted : null, converted: false };
  }
  if (counts.length <= 1) return { guess, currency: counts[0]?.[0] ?? null, counts, filter: null, converted: false };
  const converted = guess.converted;
  if (converted) {
    const convertedCounts = countColumnCurrencies(sheet, converted.currency);
    if (convertedCounts.length <= 1) {
      const mapping = { ...guess.mapping, amount: converted.amount, refunds: converted.refunds, currency: converted.currency };
      return { guess: { ...guess, mapping }, currency: convertedCounts[0]?.[0] ?? null, counts, filter: null, converted: true };
    }
  }
  throw new UserError('error.mixedCurrencies', { column: headers[column], currencies: currencyList(counts) }, language);
}

function currencyList(counts: [string, number][]): string {
  return counts.map(([code, n]) => `${code} (${n})`).join(', ');
}

function countColumnCurrencies(sheet: GoogleAppsScript.Spreadsheet.Sheet, column: number): [string, number][] {
  const counts = new Map<string, number>();
  let result: [string, number][] = [];
  const lastRow = sheet.getLastRow();
  for (let start = 2; start <= lastRow; start += CHUNK_ROWS) {
    const rows = Math.min(CHUNK_ROWS, lastRow - start + 1);
    const cells = (sheet.getRange(start, column + 1, rows, 1).getValues() as CellValue[][]).map((row) => row[0]);
    result = countCurrencies(cells, counts);
  }
  return result;
}

/** The columns to read, and whether the plain block path (customer, date, amount, order id) fits. */
function readPlan(guess: ColumnGuess, currencyFilter: string | null): { columns: number[]; plain: OrderColumnIndexes | null } {
  const { mapping, identity } = guess;
  const columns = new Set<number>();
  for (const part of identity.parts) {
    columns.add(part.column);
    if (part.last !== null) columns.add(part.last);
  }
  const roles: ColumnRole[] = ['date', 'orderId', 'refunds', 'status'];
  roles.push(...(mapping.amount !== null ? (['amount'] as const) : (['quantity', 'price'] as const)));
  for (const role of roles) if (mapping[role] !== null) columns.add(mapping[role] as number);
  for (const rule of guess.extraRules) columns.add(rule.column);
  if (currencyFilter && mapping.currency !== null) columns.add(mapping.currency);
  const simpleIdentity = identity.parts.length === 1 && identity.parts[0].last === null && !identity.zeroIsGuest;
  const plain =
    simpleIdentity && mapping.refunds === null && mapping.status === null && guess.extraRules.length === 0 && !currencyFilter
      ? (Object.fromEntries(
          (['customer', 'date', 'amount', 'quantity', 'price', 'orderId'] as const)
            .filter((role) => mapping[role] !== null && (role !== 'quantity' && role !== 'price' ? true : mapping.amount === null))
            .map((role) => [role, mapping[role]]),
        ) as OrderColumnIndexes)
      : null;
  return { columns: [...columns], plain };
}

/** The plain path: one call for the span of needed columns when it is narrow, else one per column. */
function readPlainChunk(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  reader: ReturnType<typeof createOrderReader>,
  indexes: OrderColumnIndexes,
  start: number,
  rows: number,
): void {
  const entries = Object.entries(indexes) as [keyof OrderColumnIndexes, number][];
  const columns = entries.map(([, c]) => c);
  const first = Math.min(...columns);
  const span = Math.max(...columns) - first + 1;
  if (span <= entries.length * 2) {
    const block = sheet.getRange(start, first + 1, rows, span).getValues() as CellValue[][];
    const shifted: Record<string, number> = {};
    for (const [role, c] of entries) shifted[role] = c - first;
    reader.addRowBlock(block, shifted as OrderColumnIndexes);
    return;
  }
  const chunk: Record<string, CellValue[]> = {};
  for (const [role, c] of entries) chunk[role] = (sheet.getRange(start, c + 1, rows, 1).getValues() as CellValue[][]).map((row) => row[0]);
  reader.addRows(chunk as unknown as OrderColumns);
}

/** The cells of each wanted column for rows start… (one call for a narrow span, else one per column). */
function readColumns(sheet: GoogleAppsScript.Spreadsheet.Sheet, columns: number[], start: number, rows: number): Map<number, CellValue[]> {
  const out = new Map<number, CellValue[]>();
  const first = Math.min(...columns);
  const span = Math.max(...columns) - first + 1;
  if (span <= columns.length * 2) {
    const block = sheet.getRange(start, first + 1, rows, span).getValues() as CellValue[][];
    for (const c of columns) out.set(c, block.map((row) => row[c - first]));
  } else {
    for (const c of columns) out.set(c, (sheet.getRange(start, c + 1, rows, 1).getValues() as CellValue[][]).map((row) => row[0]));
  }
  return out;
}

/** One chunk's order columns: the identity joined, the flags from status and currency. */
function chunkColumns(cells: Map<number, CellValue[]>, guess: ColumnGuess, currencyFilter: string | null): OrderColumns {
  const { mapping, identity } = guess;
  const get = (column: number | null) => (column === null ? undefined : cells.get(column));
  const customer = identityColumn(
    identity.parts.map((part) => ({ cells: cells.get(part.column)!, last: part.last === null ? undefined : cells.get(part.last) })),
    identity.zeroIsGuest,
  );
  const n = customer.length;
  const inputs: FlagInputs = {};
  if (mapping.status !== null) inputs.status = { cells: cells.get(mapping.status)!, values: guess.statusValues };
  if (guess.extraRules.length > 0) inputs.extras = guess.extraRules.map((rule) => ({ cells: cells.get(rule.column)!, test: rule.test, pattern: rule.pattern }));
  if (currencyFilter && mapping.currency !== null) inputs.currency = { cells: cells.get(mapping.currency)!, wanted: currencyFilter };
  const flagged = inputs.status || inputs.extras || inputs.currency;
  const columns: OrderColumns = { customer, date: get(mapping.date)! };
  if (mapping.amount !== null) columns.amount = get(mapping.amount);
  else if (mapping.quantity !== null && mapping.price !== null) {
    columns.quantity = get(mapping.quantity);
    columns.price = get(mapping.price);
  }
  if (mapping.orderId !== null) columns.orderId = get(mapping.orderId);
  if (mapping.refunds !== null && (columns.amount || columns.quantity)) columns.refunds = get(mapping.refunds);
  if (flagged) columns.flags = rowFlags(n, inputs);
  return columns;
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
