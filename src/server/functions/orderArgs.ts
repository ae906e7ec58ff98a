/**
 * The order ranges of a custom function (customers, dates, amounts, optional order ids), read by
 * the core reader (src/core/read) with the spreadsheet's zone and locale, so cells and the sidebar
 * read dates and amounts the same way.
 *
 * The ranges are read where they are, a few thousand rows at a time: each role's cells are cut
 * out of their range one slice at a time, never as a whole column. A 100,000-row column copied
 * at once is an array of 800 KB, which V8 places apart from its young generation in memory fresh
 * from the system, and filling it cost more than reading the orders (docs/BENCHMARK.md).
 */
import { isBlank } from '../../core/read/cells';
import { decideDecimalSeparator } from '../../core/read/amounts';
import { decideDateOrder, parseDateCell } from '../../core/read/dates';
import { createOrderReader, type OrderColumns } from '../../core/read/orders';
import type { CellValue, OrderTable } from '../../core/types';
import { Call, isMissing, isRange, shown, type CellArgument, type Param } from './args';

/**
 * Rows handed to the reader at once: slices of 8,192 cells (64 KB) stay in V8's young generation,
 * which reuses its memory, where a whole 100,000-row column would not.
 */
export const ARG_CHUNK_ROWS = 8192;

/** One column of a range argument, read in place: cell r is `rows[r][column]`. */
interface ArgColumn {
  rows: readonly (readonly CellValue[])[];
  column: number;
}

/** The columns of a range argument: a bare value is one cell. */
function argColumns(value: CellArgument): ArgColumn[] {
  const rows = isRange(value) ? value : [[value as CellValue]];
  const width = rows[0]?.length ?? 0;
  return Array.from({ length: width }, (_, column) => ({ rows, column }));
}

function singleColumn(call: Call, param: Param): ArgColumn {
  const columns = argColumns(param[2]);
  if (columns.length !== 1) call.failParam('fn.expectsColumn', param, { columns: columns.length });
  return columns[0];
}

function cellOf({ rows, column }: ArgColumn, row: number): CellValue {
  return rows[row][column];
}

/** Cells `from` to `to` (excluded) of the column, as a new array. */
function sliceOf({ rows, column }: ArgColumn, from: number, to: number): CellValue[] {
  const cells = new Array<CellValue>(to - from);
  for (let r = from; r < to; r++) cells[r - from] = rows[r][column];
  return cells;
}

/**
 * The text cells of rows `from` to `to`: all that `decideDateOrder` and `decideDecimalSeparator`
 * look at (they pass over Date and number cells), so they decide as over the whole column.
 */
function textsOf({ rows, column }: ArgColumn, from: number, to: number): string[] {
  const texts: string[] = [];
  for (let r = from; r < to; r++) {
    const value = rows[r][column];
    if (typeof value === 'string') texts.push(value);
  }
  return texts;
}

/** The order columns of a custom function: customers, dates, amounts and optional order ids. */
export interface OrderParams {
  customers: Param;
  dates: Param;
  /** One column of amounts, or two: quantity and unit price. */
  amounts: Param;
  orderIds?: Param;
}

/** Orders read from the ranges, with the data health (row numbers are positions in the ranges). */
export interface OrderRead {
  table: OrderTable;
  /** True when the first row looked like a header (its date is text that is not a date) and was left out. */
  header: boolean;
}

/**
 * Reads order ranges into an OrderTable. Rules, in the style of built-in functions:
 * - ranges must have the same number of rows, except for blank rows at the end (`A2:A` gives
 *   trailing empty rows; `A2:A` with `B2:B100` works when A has nothing below row 100);
 * - a row whose cells are all empty is ignored; a row with an empty customer, date or amount is
 *   skipped and counted (RETENTION_SUMMARY shows the counts);
 * - a first row whose date is a text that is not a date is a header and is left out;
 * - with `strict`, a date or an amount that cannot be read is an error naming its row in the
 *   range, so a typo never silently changes a result.
 * @example readOrderArgs(call, { customers: [1, 'customers', A], dates: [2, 'dates', B], amounts: [3, 'amounts', C] }, true)
 */
export function readOrderArgs(call: Call, params: OrderParams, strict: boolean): OrderRead {
  const customer = singleColumn(call, params.customers);
  const date = singleColumn(call, params.dates);
  const amountColumns = argColumns(params.amounts[2]);
  if (amountColumns.length !== 1 && amountColumns.length !== 2) {
    call.failParam('fn.expectsAmountColumns', params.amounts, { columns: amountColumns.length });
  }
  const orderId = params.orderIds && !isMissing(params.orderIds[2]) ? singleColumn(call, params.orderIds) : undefined;

  const all: [Param, ArgColumn[]][] = [
    [params.customers, [customer]],
    [params.dates, [date]],
    [params.amounts, amountColumns],
  ];
  if (orderId) all.push([params.orderIds!, [orderId]]);
  const shortest = all.reduce((a, b) => (b[1][0].rows.length < a[1][0].rows.length ? b : a));
  const rows = shortest[1][0].rows.length;
  for (const [param, columns] of all) {
    for (const column of columns) {
      for (let r = rows; r < column.rows.length; r++) {
        if (isBlank(cellOf(column, r))) continue;
        const [index, name] = shortest[0];
        call.fail('fn.rangeLengths', { index, name, rows, other: param[0], otherRows: column.rows.length });
      }
    }
  }
  const first = cellOf(date, 0);
  const header = typeof first === 'string' && !isBlank(first) && parseDateCell(first, { offsetAt: () => 0, order: 'dmy' }) === null;
  const start = header ? 1 : 0;
  const [amount, price] = amountColumns;
  const reader = createOrderReader({
    offsetAt: call.offsetAt,
    locale: call.locale,
    firstRowNumber: start + 1,
    expectedRows: rows - start,
    dateOrder: decideDateOrder(textsOf(date, start, rows), call.locale),
    decimal: decideDecimalSeparator(textsOf(price ?? amount, start, rows), call.locale),
  });
  for (let from = start; from < rows; from += ARG_CHUNK_ROWS) {
    const to = Math.min(rows, from + ARG_CHUNK_ROWS);
    const columns: OrderColumns = { customer: sliceOf(customer, from, to), date: sliceOf(date, from, to) };
    if (price === undefined) columns.amount = sliceOf(amount, from, to);
    else {
      columns.quantity = sliceOf(amount, from, to);
      columns.price = sliceOf(price, from, to);
    }
    if (orderId) columns.orderId = sliceOf(orderId, from, to);
    reader.addRows(columns);
  }
  const table = reader.finish();
  if (table.health.rowsRead === 0) call.fail('fn.noOrders');
  if (strict) {
    const badDate = table.health.skipped.bad_date;
    if (badDate) {
      const row = badDate.rows[0];
      call.failParam('fn.badDateCell', params.dates, { row, value: shown(cellOf(date, row - 1)) });
    }
    const badAmount = table.health.skipped.bad_amount;
    if (badAmount) {
      const row = badAmount.rows[0];
      const cells = amountColumns.map((column) => cellOf(column, row - 1));
      const value = cells.length === 1 ? cells[0] : cells.map(shown).join(' × ');
      call.failParam('fn.badAmountCell', params.amounts, { row, value: shown(value) });
    }
  }
  return { table, header };
}
