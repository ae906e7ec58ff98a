/**
 * From sheet cells to the `OrderTable`: an incremental reader (so a huge sheet can be read in
 * chunks) and `readOrders` for a 2D block. The rules are written out in docs/DECISIONS-reading.md:
 * - A row whose read cells are all empty is not read at all (the blank tail of `A2:A`).
 * - Rows sharing an order id form one order: amount = sum of the lines, day = the first dated
 *   line's day, customer = the first line's with a customer. A line with an empty customer, date
 *   or amount takes them from its order. A line naming another customer than its order's becomes
 *   an order of its own (same id, that customer). A row with no order id is an order by itself.
 * - Amount = the amount column, else quantity × unit price.
 * - A row that is not used is counted once, under the first reason that applies, in the order
 *   customer, date, amount. Rows of an order that still lacks a customer, a date or an amount
 *   at the end are counted by the order's first row.
 * - Identical lines are all kept (no `duplicate_line` here): the reader sees only the mapped
 *   columns, and two different products with the same quantity and price look identical there.
 */
import { MS_PER_DAY } from '../days';
import type { CellValue, DataHealth, OffsetAt, OrderTable, SkipReason } from '../types';
import { parseAmountWith, decideDecimalSeparator } from './amounts';
import type { ColumnMapping } from './columns';
import { dayOfNumber, decideDateOrder, parseDateCell, type DateContext } from './dates';
import { isBlank } from './cells';
import { IdIndex } from './ids';
import { decimalOfLocale, dateOrderOfLocale, type DateOrder, type DecimalSeparator } from './locale';

/** The columns of one chunk of rows, each the same length. Amount, or quantity and price. */
export interface OrderColumns {
  customer: readonly CellValue[];
  date: readonly CellValue[];
  amount?: readonly CellValue[];
  quantity?: readonly CellValue[];
  price?: readonly CellValue[];
  orderId?: readonly CellValue[];
}

export interface OrderReaderOptions {
  /** Offset of the spreadsheet's zone (see `makeOffsetAt`). */
  offsetAt: OffsetAt;
  /** Spreadsheet locale, e.g. `pl_PL`: the defaults of `dateOrder` and `decimal`. */
  locale?: string;
  /** Sheet row number of the first data row, for the row numbers in the data health (default 2). */
  firstRowNumber?: number;
  /** Order of ambiguous `01/02/2024` texts; decide it once per column with `decideDateOrder`. */
  dateOrder?: DateOrder;
  /** Decimal separator of amounts typed as text; decide it once with `decideDecimalSeparator`. */
  decimal?: DecimalSeparator;
  /** How many rows will come, when known (the sheet's last row): the order arrays are sized once. */
  expectedRows?: number;
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

/** How many row numbers each skip reason keeps. */
const ROWS_KEPT = 5;
const NONE = -2147483648; // an empty date or customer slot
const BAD = -2147483647; // an unreadable date
const MS_PER_MINUTE = 60_000;

/**
 * An incremental order reader: feed it chunks of columns, then `finish()`.
 * @example
 * const reader = createOrderReader({ offsetAt: () => 60, locale: 'pl_PL', firstRowNumber: 2 });
 * reader.addRows({ customer: ['a', 'b'], date: ['31.01.2024', ''], amount: ['12,50 zł', 3] });
 * reader.finish() // 1 order (a, 2024-01-31, 12.5); row 3 skipped as no_date
 */
export function createOrderReader(options: OrderReaderOptions): OrderReader {
  const dateContext: DateContext = {
    offsetAt: options.offsetAt,
    order: options.dateOrder ?? dateOrderOfLocale(options.locale),
  };
  const decimal = options.decimal ?? decimalOfLocale(options.locale);
  const offsetAt = options.offsetAt;
  // A shop's rows name far fewer customers than rows: the id table starts at one per 8 rows (it
  // grows if there are more), so that it need not be rebuilt as it fills.
  const customers = new IdIndex((options.expectedRows ?? 0) / 8);
  const orderIds = new IdIndex();
  const orderOfId: number[] = []; // order id index -> order index
  // Per block: each row's customer and order id index (looked up a block at a time: see IdIndex).
  let blockCustomers = new Int32Array(0);
  let blockOrderIds = new Int32Array(0);
  const reserveBlock = (n: number) => {
    if (blockCustomers.length >= n) return;
    blockCustomers = new Int32Array(n);
    blockOrderIds = new Int32Array(n);
  };
  const splitOrders = new Map<string, number>(); // "order:customer" -> order index
  const skipped: DataHealth['skipped'] = {};
  let nextRow = options.firstRowNumber ?? 2;
  let rowsRead = 0;

  // Orders, as growable parallel typed arrays. A row without an order id is a whole order at once;
  // only orders built from lines (order ids) need the three `lines` arrays, made at the first line.
  let capacity = Math.max(1024, options.expectedRows ?? 0);
  let count = 0;
  let oCustomer = new Int32Array(capacity);
  let oDay = new Int32Array(capacity);
  let oAmount = new Float64Array(capacity);
  let lines: { hasAmount: Uint8Array; firstRow: Int32Array; count: Int32Array } | null = null;
  const linesFor = (size: number) => ({
    hasAmount: new Uint8Array(size).fill(1, 0, count),
    firstRow: new Int32Array(size),
    count: new Int32Array(size).fill(1, 0, count),
  });

  // Texts repeat (an order's lines share its date, prices recur): parse each text once.
  const dateTexts = new Memo();
  const amountTexts = new Memo();

  const skip = (reason: SkipReason, lines: number, row: number) => {
    const entry = skipped[reason] ?? (skipped[reason] = { count: 0, rows: [] });
    entry.count += lines;
    entry.rows.push(row);
    if (entry.rows.length > ROWS_KEPT * 2) entry.rows = keepFirstRows(entry.rows);
  };

  /** Room for `needed` orders in all: grown once per chunk, not order by order. */
  const reserve = (needed: number) => {
    if (needed <= capacity) return;
    capacity = Math.max(needed, capacity * 2);
    oCustomer = grow(oCustomer, new Int32Array(capacity));
    oDay = grow(oDay, new Int32Array(capacity));
    oAmount = grow(oAmount, new Float64Array(capacity));
    if (lines) {
      lines = {
        hasAmount: grow(lines.hasAmount, new Uint8Array(capacity)),
        firstRow: grow(lines.firstRow, new Int32Array(capacity)),
        count: grow(lines.count, new Int32Array(capacity)),
      };
    }
  };

  const newOrder = (customer: number, day: number, amount: number, hasAmount: boolean, row: number): number => {
    if (count === capacity) reserve(count + 1);
    oCustomer[count] = customer;
    oDay[count] = day;
    oAmount[count] = amount;
    if (lines) {
      lines.hasAmount[count] = hasAmount ? 1 : 0;
      lines.firstRow[count] = row;
      lines.count[count] = 1;
    }
    return count++;
  };

  const dateDay = (value: CellValue): number => {
    if (value instanceof Date) {
      const ms = value.getTime();
      return ms === ms ? Math.floor((ms + offsetAt(ms) * MS_PER_MINUTE) / MS_PER_DAY) : BAD;
    }
    if (typeof value === 'number') return dayOfNumber(value) ?? BAD;
    if (typeof value === 'string') {
      const known = dateTexts.get(value);
      if (known !== undefined) return known;
      const parsed = value.trim() === '' ? NONE : (parseDateCell(value, dateContext) ?? BAD);
      dateTexts.set(value, parsed);
      return parsed;
    }
    return value === null || value === undefined ? NONE : BAD;
  };

  /** NaN for an unreadable amount, null for an empty one. */
  const amountOf = (value: CellValue | undefined): number | null => {
    if (typeof value === 'number') return value - value === 0 ? value : NaN;
    if (isBlank(value)) return null;
    if (typeof value !== 'string') return NaN;
    let parsed = amountTexts.get(value);
    if (parsed === undefined) {
      parsed = parseAmountWith(value, decimal) ?? NaN;
      amountTexts.set(value, parsed);
    }
    return parsed;
  };

  const orderFor = (id: number, customer: number, day: number, amount: number | null, row: number): void => {
    lines ??= linesFor(capacity);
    let order = id < 0 ? -1 : (orderOfId[id] ?? -1);
    if (order >= 0 && customer >= 0 && oCustomer[order] >= 0 && oCustomer[order] !== customer) {
      const splitKey = `${order}:${customer}`;
      order = splitOrders.get(splitKey) ?? -1;
      if (order < 0) {
        splitOrders.set(splitKey, newOrder(customer, day, amount ?? 0, amount !== null, row));
        return;
      }
    }
    if (order < 0) {
      order = newOrder(customer, day, amount ?? 0, amount !== null, row);
      if (id >= 0) orderOfId[id] = order;
      return;
    }
    if (oCustomer[order] < 0) oCustomer[order] = customer;
    if (oDay[order] === NONE) oDay[order] = day;
    if (amount !== null) {
      oAmount[order] += amount;
      lines.hasAmount[order] = 1;
    }
    lines.count[order]++;
  };

  // The common rows (plain: no order id, an amount column) are read in two light loops per
  // sub-block: first each row's Date cell time and number amount (NaN for anything else), which
  // lets the processor overlap the memory reads of many rows, then the orders.
  const plainMs = new Float64Array(CACHED_ROWS);
  const plainAmounts = new Float64Array(CACHED_ROWS);

  /** The Date cell times and number amounts of rows start…to into plainMs and plainAmounts. */
  const gatherPlain = (rows: readonly (readonly CellValue[])[], date: number, amount: number, start: number, to: number): void => {
    for (let i = start; i < to; i++) {
      const cells = rows[i];
      const d = cells[date];
      const a = cells[amount];
      plainMs[i - start] = d instanceof Date ? d.getTime() : NaN;
      plainAmounts[i - start] = typeof a === 'number' && a - a === 0 ? a : NaN;
    }
  };

  /**
   * Orders from rows from… of the sub-block gathered at `start`, while each has a customer, a
   * valid Date cell and a finite number amount; returns the first row that has not (`to` when
   * all had). Room for the orders was reserved for the whole block.
   */
  const readPlainRows = (start: number, from: number, to: number): number => {
    const customerOf = blockCustomers;
    const outCustomer = oCustomer;
    const outDay = oDay;
    const outAmount = oAmount;
    let n = count;
    let i = from;
    for (; i < to; i++) {
      const cust = customerOf[i];
      const ms = plainMs[i - start];
      const a = plainAmounts[i - start];
      if (cust < 0 || ms !== ms || a !== a) break;
      outCustomer[n] = cust;
      outDay[n] = Math.floor((ms + offsetAt(ms) * MS_PER_MINUTE) / MS_PER_DAY);
      outAmount[n] = a;
      n++;
    }
    rowsRead += i - from;
    count = n;
    return i;
  };

  let shape = '';
  let finished = false;
  const checkShape = (chunkShape: string) => {
    if (finished) throw new Error('The order reader is finished: create a new one to read more rows.');
    if (shape !== '' && chunkShape !== shape) throw new Error(`addRows: every chunk needs the same columns (${shape})`);
    shape = chunkShape;
  };

  /**
   * One row: `cust` and `orderId` are the indexes of its customer and order id cells (c, o);
   * `byAmount` says whether amounts come from an amount column or quantity × price.
   */
  const readRow = (
    c: CellValue,
    cust: number,
    d: CellValue,
    o: CellValue,
    orderId: number,
    a: CellValue,
    q: CellValue,
    p: CellValue,
    byAmount: boolean,
    row: number,
  ): void => {
    if (isBlank(c) && isBlank(d) && isBlank(o) && isBlank(a) && isBlank(q) && isBlank(p)) return;
    rowsRead++;

    const day = dateDay(d);
    let value: number | null;
    if (byAmount) {
      value = amountOf(a);
    } else {
      const qty = amountOf(q);
      const unit = amountOf(p);
      value = qty === null || unit === null ? null : qty * unit;
    }
    const grouped = !isBlank(o);
    if (!grouped && cust < 0) skip('no_customer', 1, row);
    else if (day === BAD) skip('bad_date', 1, row);
    else if (!grouped && day === NONE) skip('no_date', 1, row);
    else if (value !== null && value !== value) skip('bad_amount', 1, row);
    else if (!grouped && value === null) skip('no_amount', 1, row);
    else if (grouped) orderFor(orderId, cust, day, value, row);
    else newOrder(cust, day, value as number, true, row);
  };

  return {
    addRows(columns: OrderColumns): void {
      const { customer, date, amount, quantity, price, orderId } = columns;
      checkShape(columnShape(columns));
      const n = customer.length;
      reserve(count + n);
      reserveBlock(n);
      customers.indexColumn(customer, blockCustomers);
      if (orderId) orderIds.indexColumn(orderId, blockOrderIds);
      for (let i = 0; i < n; i++) {
        readRow(
          customer[i],
          blockCustomers[i],
          date[i],
          orderId ? orderId[i] : '',
          orderId ? blockOrderIds[i] : -1,
          amount ? amount[i] : '',
          quantity ? quantity[i] : '',
          price ? price[i] : '',
          amount !== undefined,
          nextRow + i,
        );
      }
      nextRow += n;
    },

    addRowBlock(rows: readonly (readonly CellValue[])[], indexes: OrderColumnIndexes): void {
      checkShape(columnShape(indexes));
      const { customer, date } = indexes;
      // -1 reads a cell that is never there: '' below.
      const amount = indexes.amount ?? -1;
      const quantity = indexes.quantity ?? -1;
      const price = indexes.price ?? -1;
      const orderId = indexes.orderId ?? -1;
      const byAmount = amount >= 0;
      const plain = byAmount && orderId < 0;
      const n = rows.length;
      reserve(count + n);
      reserveBlock(n);
      for (let from = 0; from < n; from += CACHED_ROWS) {
        const to = Math.min(n, from + CACHED_ROWS);
        if (plain) gatherPlain(rows, date, amount, from, to);
        customers.indexRows(rows, customer, blockCustomers, from, to);
        if (orderId >= 0) orderIds.indexRows(rows, orderId, blockOrderIds, from, to);
        for (let i = from; i < to; i++) {
          if (plain) {
            i = readPlainRows(from, i, to);
            if (i === to) break;
          }
          const cells = rows[i];
          readRow(
            cells[customer],
            blockCustomers[i],
            cells[date],
            orderId >= 0 ? cells[orderId] : '',
            orderId >= 0 ? blockOrderIds[i] : -1,
            byAmount ? cells[amount] : '',
            quantity >= 0 ? cells[quantity] : '',
            price >= 0 ? cells[price] : '',
            byAmount,
            nextRow + i,
          );
        }
      }
      nextRow += n;
    },

    finish(): OrderTable {
      if (finished) throw new Error('The order reader is finished: create a new one to read more rows.');
      finished = true;
      const health: DataHealth = { rowsRead, rowsUsed: 0, skipped: {} };
      for (const reason of Object.keys(skipped) as SkipReason[]) {
        const entry = skipped[reason]!;
        health.skipped[reason] = { count: entry.count, rows: entry.rows.slice() };
      }
      if (!lines && rowsRead === count) {
        // Every row read became an order: every customer seen is used, in order of first sight.
        health.rowsUsed = count;
        return {
          count,
          customerIds: customers.keys, // the reader is finished: nothing adds to them any more
          customer: oCustomer.subarray(0, count),
          day: oDay.subarray(0, count),
          amount: oAmount.subarray(0, count),
          health,
        };
      }
      const newIndex = new Int32Array(customers.size).fill(-1);
      const customerIds: string[] = [];
      // Compacted in place (used ≤ k): no second set of arrays, which with a sheet's worth of rows
      // in memory would cost a full garbage collection.
      const outCustomer = oCustomer;
      const outDay = oDay;
      const outAmount = oAmount;
      let used = 0;
      for (let k = 0; k < count; k++) {
        const lineCount = lines ? lines.count[k] : 1;
        const reason: SkipReason | null =
          oCustomer[k] < 0 ? 'no_customer' : oDay[k] === NONE ? 'no_date' : !lines || lines.hasAmount[k] ? null : 'no_amount';
        if (reason) {
          const entry = health.skipped[reason] ?? (health.skipped[reason] = { count: 0, rows: [] });
          entry.count += lineCount;
          entry.rows.push(lines!.firstRow[k]); // only orders of lines can lack something here
          continue;
        }
        let c = newIndex[oCustomer[k]];
        if (c < 0) {
          c = newIndex[oCustomer[k]] = customerIds.length;
          customerIds.push(customers.keys[oCustomer[k]]);
        }
        outCustomer[used] = c;
        outDay[used] = oDay[k];
        outAmount[used] = oAmount[k];
        health.rowsUsed += lineCount;
        used++;
      }
      for (const entry of Object.values(health.skipped)) entry!.rows = keepFirstRows(entry!.rows);
      return {
        count: used,
        customerIds,
        customer: outCustomer.subarray(0, used),
        day: outDay.subarray(0, used),
        amount: outAmount.subarray(0, used),
        health,
      };
    },
  };
}

/**
 * Rows are read CACHED_ROWS at a time: the id look-ups of those rows, then the rows themselves,
 * while their cells are still in the processor's cache.
 */
const CACHED_ROWS = 1024;

/** A bounded cache of parsed texts (emptied when full, so memory stays small on unique texts). */
class Memo {
  private readonly map = new Map<string, number>();

  get(text: string): number | undefined {
    return this.map.get(text);
  }

  set(text: string, value: number): void {
    if (this.map.size >= 100_000) this.map.clear();
    this.map.set(text, value);
  }
}

function keepFirstRows(rows: number[]): number[] {
  return rows.sort((a, b) => a - b).slice(0, ROWS_KEPT);
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  return bigger;
}

function columnShape(columns: Partial<Record<'amount' | 'quantity' | 'price' | 'orderId', unknown>>): string {
  const names = ['amount', 'quantity', 'price', 'orderId'] as const;
  return names.filter((name) => columns[name] !== undefined).join('+') || 'customer+date';
}

export interface ReadOrdersOptions extends Omit<OrderReaderOptions, 'dateOrder' | 'decimal'> {
  /** Index of the first data row within `rows` (default 0; 1 skips a header row). */
  firstDataRow?: number;
}

/**
 * Reads a 2D block of cells (as `getValues()` gives it) into orders. The date order and the
 * decimal separator are decided from the whole columns (`decideDateOrder`, `decideDecimalSeparator`).
 * @example
 * readOrders([['Klient', 'Data', 'Kwota'], ['a', '31.01.2024', '12,50 zł']],
 *   { customer: 0, date: 1, amount: 2, quantity: null, price: null, orderId: null },
 *   { offsetAt: () => 60, locale: 'pl_PL', firstDataRow: 1, firstRowNumber: 2 })
 * // → 1 order: customer 'a', day 19753 (2024-01-31), amount 12.5
 */
export function readOrders(rows: readonly CellValue[][], mapping: ColumnMapping, options: ReadOrdersOptions): OrderTable {
  const body = rows.slice(options.firstDataRow ?? 0);
  const column = (index: number | null) => (index === null ? undefined : body.map((row) => row[index] ?? ''));
  if (mapping.customer === null) throw new Error('readOrders: the mapping has no customer column');
  if (mapping.date === null) throw new Error('readOrders: the mapping has no date column');
  const useAmount = mapping.amount !== null;
  if (!useAmount && (mapping.quantity === null || mapping.price === null)) {
    throw new Error('readOrders: the mapping needs an amount column, or quantity and price columns');
  }
  const columns: OrderColumns = {
    customer: column(mapping.customer)!,
    date: column(mapping.date)!,
    amount: useAmount ? column(mapping.amount) : undefined,
    quantity: useAmount ? undefined : column(mapping.quantity),
    price: useAmount ? undefined : column(mapping.price),
    orderId: column(mapping.orderId),
  };
  const amountTexts = useAmount ? columns.amount! : [...columns.quantity!, ...columns.price!];
  const reader = createOrderReader({
    ...options,
    dateOrder: decideDateOrder(columns.date, options.locale),
    decimal: decideDecimalSeparator(amountTexts, options.locale),
  });
  reader.addRows(columns);
  return reader.finish();
}
