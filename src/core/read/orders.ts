/**
 * From sheet cells to the `OrderTable`: an incremental reader (so a huge sheet can be read in
 * chunks) and `readOrders` for a 2D block. The reader wires the parts: the cell parsers
 * (cellParsers.ts), the row rules (orderRows.ts) over a growable buffer (orderBuffer.ts), the
 * skipped rows (skipLog.ts), the dates settled by column (dateSettle.ts) and the compaction into the
 * table (compact.ts). The rules are written out in docs/DECISIONS-reading.md:
 * - A row whose read cells are all empty is not read at all (the blank tail of `A2:A`).
 * - Rows sharing an order id form one order: amount = the sum of the lines (`amountLevel: 'line'`)
 *   or the first line's that carries one (`'order'`: Shopify's `Total`), day = the first dated
 *   line's, customer = the first line's with a customer. A line naming another customer than its
 *   order's becomes an order of its own (same id, that customer). A row without an order id is an
 *   order by itself.
 * - Amount = the amount column, else quantity × unit price, else (no amount column at all) every
 *   order counts 1 and the table says it has no amounts. Net = amount − refunds (once per order).
 * - Row flags (status, currency: rowFlags.ts) void an order, mark it refunded in full, or set it
 *   aside as another currency or not a sale.
 * - A row that is not used is counted once, under the first reason that applies. Rows of an order
 *   that still lacks something at the end are counted by the order's first row.
 * - Day/month order of text dates is settled from the whole column at the end (dateSettle.ts).
 */
import type { CellValue, OffsetAt, OrderTable } from '../types';
import { decideDecimalSeparator } from './amounts';
import { CellParsers } from './cellParsers';
import type { ColumnMapping } from './columns';
import { compactOrders } from './compact';
import { settleDates } from './dateSettle';
import { decideDateOrder } from './dates';
import { IdIndex } from './ids';
import { dateOrderOfLocale, decimalOfLocale, type DateOrder, type DecimalSeparator } from './locale';
import { CACHED_ROWS, emptyRow, OrderRows } from './orderRows';
import { SkipLog } from './skipLog';

/** The columns of one chunk of rows, each the same length. Amount, or quantity and price, or neither. */
export interface OrderColumns {
  customer: readonly CellValue[];
  date: readonly CellValue[];
  amount?: readonly CellValue[];
  quantity?: readonly CellValue[];
  price?: readonly CellValue[];
  orderId?: readonly CellValue[];
  /** Refunds of the order (taken once per order); see `refundMode`. */
  refunds?: readonly CellValue[];
  /** Per row, `RowFlag` bits (from the status and currency columns). */
  flags?: ArrayLike<number>;
}

export interface OrderReaderOptions {
  /** Offset of the spreadsheet's zone (see `makeOffsetAt`). */
  offsetAt: OffsetAt;
  /** Spreadsheet locale, e.g. `pl_PL`: the defaults of `dateOrder` and `decimal`. */
  locale?: string;
  /** Sheet row number of the first data row, for the row numbers in the data health (default 2). */
  firstRowNumber?: number;
  /** Assumed order of ambiguous `01/02/2024` texts (decide it from a sample with `decideDateOrder`). */
  dateOrder?: DateOrder;
  /** Decimal separator of amounts typed as text; decide it once with `decideDecimalSeparator`. */
  decimal?: DecimalSeparator;
  /** How many rows will come, when known (the sheet's last row): the order arrays are sized once. */
  expectedRows?: number;
  /** `order`: an order's amount is written once (the first line carrying one counts); default `line` (summed). */
  amountLevel?: 'order' | 'line';
  /** `subtract` (default): net = amount − |refunds|; `replace`: a non-zero refunds cell is the net. */
  refundMode?: 'subtract' | 'replace';
  /** `utc`: date texts without an offset are UTC times. */
  dateZone?: 'sheet' | 'utc';
  /** Orders dated before this day (default 1970-01-01) are skipped as `early_date`. */
  earliestDay?: number;
  /** Orders dated after this day are skipped as `future_date` (default: no limit). */
  latestDay?: number;
  /**
   * `false` reads every row by the general rule, never by the fast path for plain rows (the
   * tests read the same rows both ways and compare). Default true.
   */
  fastPath?: boolean;
}

/** Where each role's cells are in a block of rows (0-based column indexes within the block). */
export type OrderColumnIndexes = { customer: number; date: number } & Partial<Record<'amount' | 'quantity' | 'price' | 'orderId', number>>;

export interface OrderReader {
  /** Reads one chunk of rows given as columns; chunks must come in sheet order, without gaps. */
  addRows(columns: OrderColumns): void;
  /**
   * Reads one chunk of rows as `getValues()` gives them, taking each role's cell from its column:
   * the same as `addRows`, without cutting the block into columns first.
   */
  addRowBlock(rows: readonly (readonly CellValue[])[], indexes: OrderColumnIndexes): void;
  /** The orders read, with their data health. Ends the reader: it takes no more rows after. */
  finish(): OrderTable;
}

/** Day number of 1970-01-01: no shop order is older. */
const EARLIEST_DAY = 0;

/**
 * An incremental order reader: feed it chunks of columns, then `finish()`.
 * @example
 * const reader = createOrderReader({ offsetAt: () => 60, locale: 'pl_PL', firstRowNumber: 2 });
 * reader.addRows({ customer: ['a', 'b'], date: ['31.01.2024', ''], amount: ['12,50 zł', 3] });
 * reader.finish() // 1 order (a, 2024-01-31, 12.5); row 3 skipped as no_date
 */
export function createOrderReader(options: OrderReaderOptions): OrderReader {
  const dateOrder = options.dateOrder ?? dateOrderOfLocale(options.locale);
  const utcDates = options.dateZone === 'utc';
  const cells = new CellParsers({
    offsetAt: options.offsetAt,
    dateOrder,
    decimal: options.decimal ?? decimalOfLocale(options.locale),
    dateZone: options.dateZone ?? 'sheet',
  });
  const skips = new SkipLog();
  const earliest = options.earliestDay ?? EARLIEST_DAY;
  const latest = options.latestDay ?? Infinity;
  const rules = new OrderRows(cells, skips, { offsetAt: options.offsetAt, orderLevel: options.amountLevel === 'order', earliest, latest }, options.expectedRows ?? 0);
  const fastPath = options.fastPath !== false;
  // A shop's rows name far fewer customers than rows: the id table starts at one per 8 rows.
  const customers = new IdIndex((options.expectedRows ?? 0) / 8);
  const orderIds = new IdIndex();
  let blockCustomers = new Int32Array(0);
  let blockOrderIds = new Int32Array(0);
  let nextRow = options.firstRowNumber ?? 2;
  let amounts: 'column' | 'none' | null = null;
  let shape = '';
  let finished = false;

  /** Checks the chunk and makes room for its n rows. */
  const startChunk = (chunkShape: string, hasAmounts: boolean, n: number) => {
    if (finished) throw new Error('The order reader is finished: create a new one to read more rows.');
    if (shape !== '' && chunkShape !== shape) throw new Error(`addRows: every chunk needs the same columns (${shape})`);
    shape = chunkShape;
    amounts = hasAmounts ? 'column' : 'none';
    rules.orders.reserve(rules.orders.count + n);
    if (blockCustomers.length < n) {
      blockCustomers = new Int32Array(n);
      blockOrderIds = new Int32Array(n);
    }
  };

  return {
    addRows(columns: OrderColumns): void {
      const { customer, date, amount, quantity, price, orderId, refunds, flags } = columns;
      const byAmount = amount !== undefined;
      const byProduct = !byAmount && quantity !== undefined && price !== undefined;
      const n = customer.length;
      startChunk(columnShape(columns), byAmount || byProduct, n);
      const plain = fastPath && byAmount && !orderId && !refunds && !flags && !utcDates;
      customers.indexColumn(customer, blockCustomers);
      if (orderId) orderIds.indexColumn(orderId, blockOrderIds);
      const row = emptyRow();
      for (let from = 0; from < n; from += CACHED_ROWS) {
        const to = Math.min(n, from + CACHED_ROWS);
        if (plain) rules.gatherColumns(date, amount!, from, to);
        for (let i = from; i < to; i++) {
          if (plain) {
            i = rules.readPlainRows(blockCustomers, from, i, to);
            if (i === to) break;
          }
          row.customer = customer[i];
          row.customerIndex = blockCustomers[i];
          row.date = date[i];
          row.orderId = orderId ? orderId[i] : '';
          row.orderIndex = orderId ? blockOrderIds[i] : -1;
          row.amount = amount ? amount[i] : '';
          row.quantity = quantity ? quantity[i] : '';
          row.price = price ? price[i] : '';
          row.refund = refunds ? refunds[i] : '';
          row.flags = flags ? flags[i] : 0;
          row.number = nextRow + i;
          rules.readRow(row, byAmount, byProduct);
        }
      }
      nextRow += n;
    },

    addRowBlock(rows: readonly (readonly CellValue[])[], indexes: OrderColumnIndexes): void {
      const { customer, date } = indexes;
      const amount = indexes.amount ?? -1;
      const quantity = indexes.quantity ?? -1;
      const price = indexes.price ?? -1;
      const orderId = indexes.orderId ?? -1;
      const byAmount = amount >= 0;
      const byProduct = !byAmount && quantity >= 0 && price >= 0;
      const n = rows.length;
      startChunk(columnShape(indexes), byAmount || byProduct, n);
      const plain = fastPath && byAmount && orderId < 0 && !utcDates;
      const row = emptyRow();
      for (let from = 0; from < n; from += CACHED_ROWS) {
        const to = Math.min(n, from + CACHED_ROWS);
        if (plain) rules.gatherRows(rows, date, amount, from, to);
        customers.indexRows(rows, customer, blockCustomers, from, to);
        if (orderId >= 0) orderIds.indexRows(rows, orderId, blockOrderIds, from, to);
        for (let i = from; i < to; i++) {
          if (plain) {
            i = rules.readPlainRows(blockCustomers, from, i, to);
            if (i === to) break;
          }
          const cells = rows[i];
          row.customer = cells[customer];
          row.customerIndex = blockCustomers[i];
          row.date = cells[date];
          row.orderId = orderId >= 0 ? cells[orderId] : '';
          row.orderIndex = orderId >= 0 ? blockOrderIds[i] : -1;
          row.amount = byAmount ? cells[amount] : '';
          row.quantity = quantity >= 0 ? cells[quantity] : '';
          row.price = price >= 0 ? cells[price] : '';
          row.number = nextRow + i;
          rules.readRow(row, byAmount, byProduct);
        }
      }
      nextRow += n;
    },

    finish(): OrderTable {
      if (finished) throw new Error('The order reader is finished: create a new one to read more rows.');
      finished = true;
      const { notes: dates, ...rejected } = settleDates(rules.orders, rules.dateCounts, {
        assumed: dateOrder,
        localeOrder: dateOrderOfLocale(options.locale),
        earliest,
        latest,
        examples: cells.dateExamples,
        firstRows: rules.dateRows,
        swapLeavingRows: rules.swapLeavingRows,
        waiting: rules.waiting,
        waitingEarlyRows: rules.waitingEarlyRows,
        waitingLateRows: rules.waitingLateRows,
      });
      dates.offsets = [...cells.offsets].sort();
      return compactOrders(rules, skips, {
        customerKeys: customers.keys,
        hasAmounts: amounts !== 'none',
        replaceRefunds: options.refundMode === 'replace',
        dates,
        rejected,
      });
    },
  };
}

function columnShape(columns: Partial<Record<'amount' | 'quantity' | 'price' | 'orderId' | 'refunds' | 'flags', unknown>>): string {
  const names = ['amount', 'quantity', 'price', 'orderId', 'refunds', 'flags'] as const;
  return names.filter((name) => columns[name] !== undefined).join('+') || 'customer+date';
}

export interface ReadOrdersOptions extends Omit<OrderReaderOptions, 'dateOrder' | 'decimal'> {
  /** Index of the first data row within `rows` (default 0; 1 skips a header row). */
  firstDataRow?: number;
}

/**
 * Reads a 2D block of cells (as `getValues()` gives it) into orders. The date order and the
 * decimal separator are decided from the whole columns (`decideDateOrder`, `decideDecimalSeparator`).
 * Without an amount column (and without quantity and price) every order counts 1: `hasAmounts` is false.
 * @example
 * readOrders([['Klient', 'Data', 'Kwota'], ['a', '31.01.2024', '12,50 zł']],
 *   { customer: 0, date: 1, amount: 2, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null },
 *   { offsetAt: () => 60, locale: 'pl_PL', firstDataRow: 1, firstRowNumber: 2 })
 * // → 1 order: customer 'a', day 19753 (2024-01-31), amount 12.5
 */
export function readOrders(rows: readonly CellValue[][], mapping: ColumnMapping, options: ReadOrdersOptions): OrderTable {
  const body = rows.slice(options.firstDataRow ?? 0);
  const column = (index: number | null) => (index === null ? undefined : body.map((row) => row[index] ?? ''));
  if (mapping.customer === null) throw new Error('readOrders: the mapping has no customer column');
  if (mapping.date === null) throw new Error('readOrders: the mapping has no date column');
  const useAmount = mapping.amount !== null;
  const useProduct = !useAmount && mapping.quantity !== null && mapping.price !== null;
  const columns: OrderColumns = {
    customer: column(mapping.customer)!,
    date: column(mapping.date)!,
    amount: useAmount ? column(mapping.amount) : undefined,
    quantity: useProduct ? column(mapping.quantity) : undefined,
    price: useProduct ? column(mapping.price) : undefined,
    orderId: column(mapping.orderId),
    refunds: column(mapping.refunds),
  };
  const amountTexts = useAmount ? columns.amount! : useProduct ? [...columns.quantity!, ...columns.price!] : [];
  const reader = createOrderReader({
    ...options,
    dateOrder: decideDateOrder(columns.date, options.locale),
    decimal: decideDecimalSeparator(amountTexts, options.locale),
  });
  reader.addRows(columns);
  return reader.finish();
}

