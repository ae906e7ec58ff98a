/**
 * From sheet cells to the `OrderTable`: an incremental reader (so a huge sheet can be read in
 * chunks) and `readOrders` for a 2D block. The rules are written out in docs/DECISIONS-reading.md:
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
import type { CellValue, DataHealth, OffsetAt, OrderTable, SkipReason } from '../types';
import { decideDecimalSeparator, parseAmountWith } from './amounts';
import { isBlank } from './cells';
import type { ColumnMapping } from './columns';
import { REJECTED_DAY, settleDates, type DateCounts } from './dateSettle';
import { dateCodeOfText, dayOfCode, dayOfNumber, DateKind, decideDateOrder, kindOfCode, pack, type DateContext } from './dates';
import { ERROR_ID, IdIndex } from './ids';
import { dateOrderOfLocale, decimalOfLocale, type DateOrder, type DecimalSeparator } from './locale';
import { NONE, OrderBuffer, RowFlag } from './orderBuffer';

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
const BAD = REJECTED_DAY; // an unreadable date
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
/** Day number of 1970-01-01: no shop order is older. */
const EARLIEST_DAY = 0;

/** One row's cells, as the general rule reads them. */
interface Row {
  customer: CellValue;
  customerIndex: number;
  date: CellValue;
  orderId: CellValue;
  orderIndex: number;
  amount: CellValue;
  quantity: CellValue;
  price: CellValue;
  refund: CellValue;
  flags: number;
  number: number;
}

/**
 * An incremental order reader: feed it chunks of columns, then `finish()`.
 * @example
 * const reader = createOrderReader({ offsetAt: () => 60, locale: 'pl_PL', firstRowNumber: 2 });
 * reader.addRows({ customer: ['a', 'b'], date: ['31.01.2024', ''], amount: ['12,50 zł', 3] });
 * reader.finish() // 1 order (a, 2024-01-31, 12.5); row 3 skipped as no_date
 */
export function createOrderReader(options: OrderReaderOptions): OrderReader {
  const offsets = new Set<string>();
  const dateContext: DateContext = {
    offsetAt: options.offsetAt,
    order: options.dateOrder ?? dateOrderOfLocale(options.locale),
    zone: options.dateZone ?? 'sheet',
    offsets,
  };
  const decimal = options.decimal ?? decimalOfLocale(options.locale);
  const offsetAt = options.offsetAt;
  const orderLevel = options.amountLevel === 'order';
  const replaceRefunds = options.refundMode === 'replace';
  const utcDates = options.dateZone === 'utc';
  const earliest = options.earliestDay ?? EARLIEST_DAY;
  const latest = options.latestDay ?? Infinity;
  // A shop's rows name far fewer customers than rows: the id table starts at one per 8 rows.
  const customers = new IdIndex((options.expectedRows ?? 0) / 8);
  const orderIds = new IdIndex();
  const orderOfId: number[] = []; // order id index -> order index
  let blockCustomers = new Int32Array(0);
  let blockOrderIds = new Int32Array(0);
  const reserveBlock = (n: number) => {
    if (blockCustomers.length >= n) return;
    blockCustomers = new Int32Array(n);
    blockOrderIds = new Int32Array(n);
  };
  const splitOrders = new Map<string, number>(); // "order:customer" -> order index
  const skipped: DataHealth['skipped'] = {};
  const dateCounts: DateCounts = new Int32Array(8);
  // The first proving text of each date kind, and the first rows of each (for contradictions).
  const dateExamples: (string | undefined)[] = [];
  const dateRows: number[][] = Array.from({ length: 8 }, () => []);
  let nextRow = options.firstRowNumber ?? 2;
  let rowsRead = 0;
  let amounts: 'column' | 'none' | null = null;
  const orders = new OrderBuffer(options.expectedRows ?? 0);
  // Row-level refunds of single-row orders (NaN: none), and their flags: only when a chunk has them.
  let rowRefunds: Float64Array | null = null;
  let rowFlags: Uint8Array | null = null;

  // Texts repeat (an order's lines share its date, prices recur): parse each text once.
  const dateTexts = new Memo();
  const amountTexts = new Memo();

  const skip = (reason: SkipReason, lines: number, row: number) => {
    const entry = skipped[reason] ?? (skipped[reason] = { count: 0, rows: [] });
    entry.count += lines;
    entry.rows.push(row);
    if (entry.rows.length > ROWS_KEPT * 2) entry.rows = keepFirstRows(entry.rows);
  };

  /** The day and kind of a date cell, packed (`DateCode`); NONE for empty, BAD for not a date. */
  const dateCode = (value: CellValue): number => {
    if (value instanceof Date) {
      const ms = value.getTime();
      if (ms !== ms) return BAD;
      const wallMs = ms + offsetAt(ms) * MS_PER_MINUTE;
      if (!utcDates) return pack(Math.floor(wallMs / MS_PER_DAY), DateKind.DATE_CELL);
      // A UTC column that the spreadsheet turned into Date cells: its wall time is a UTC time.
      return pack(Math.floor((wallMs + offsetAt(wallMs) * MS_PER_MINUTE) / MS_PER_DAY), DateKind.UTC);
    }
    if (typeof value === 'number') {
      const day = dayOfNumber(value);
      return day === null ? BAD : pack(day, DateKind.EXACT);
    }
    if (typeof value === 'string') {
      const known = dateTexts.get(value);
      if (known !== undefined) return known;
      let code: number;
      if (value.trim() === '') code = NONE;
      else {
        code = dateCodeOfText(value, dateContext);
        if (code !== code) code = BAD;
        else {
          const kind = kindOfCode(code);
          if (dateExamples[kind] === undefined) dateExamples[kind] = value.trim();
        }
      }
      dateTexts.set(value, code);
      return code;
    }
    return value === null || value === undefined ? NONE : BAD;
  };

  /** NaN for an unreadable amount (also a non-finite one), null for an empty one. */
  const amountOf = (value: CellValue | undefined): number | null => {
    if (typeof value === 'number') return value - value === 0 ? value : NaN;
    if (isBlank(value)) return null;
    if (typeof value !== 'string') return NaN;
    let parsed = amountTexts.get(value);
    if (parsed === undefined) {
      parsed = parseAmountWith(value, decimal) ?? NaN;
      if (parsed - parsed !== 0) parsed = NaN;
      amountTexts.set(value, parsed);
    }
    return parsed;
  };

  /** A line of an order (its id's index `id`): joins the order, or starts it. */
  const addLine = (id: number, customer: number, day: number, kind: number, amount: number | null, refund: number | null, flags: number, row: number): void => {
    const lines = orders.useLines();
    let order = orderOfId[id] ?? -1;
    if (order >= 0 && customer >= 0 && orders.customer[order] >= 0 && orders.customer[order] !== customer) {
      const splitKey = `${order}:${customer}`;
      order = splitOrders.get(splitKey) ?? -1;
      if (order < 0) {
        order = orders.push(customer, day, kind, amount ?? 0, amount !== null, row);
        splitOrders.set(splitKey, order);
        lines.refund[order] = refund ?? NaN;
        lines.flags[order] = flags;
        return;
      }
    }
    if (order < 0) {
      order = orders.push(customer, day, kind, amount ?? 0, amount !== null, row);
      orderOfId[id] = order;
      lines.refund[order] = refund ?? NaN;
      lines.flags[order] = flags;
      return;
    }
    if (orders.customer[order] < 0) orders.customer[order] = customer;
    if (orders.day[order] === NONE) {
      orders.day[order] = day;
      orders.dayKind[order] = kind;
    }
    if (amount !== null && !(orderLevel && lines.hasAmount[order])) {
      orders.amount[order] += amount;
      lines.hasAmount[order] = 1;
    }
    if (refund !== null && lines.refund[order] !== lines.refund[order]) lines.refund[order] = refund;
    lines.flags[order] |= flags;
    lines.count[order]++;
  };

  /** The general rule for one row. */
  const readRow = (r: Row, byAmount: boolean, byProduct: boolean): void => {
    if (isBlank(r.customer) && isBlank(r.date) && isBlank(r.orderId) && isBlank(r.amount) && isBlank(r.quantity) && isBlank(r.price) && isBlank(r.refund)) return;
    rowsRead++;
    const grouped = !isBlank(r.orderId);
    if (!grouped && r.flags !== 0) {
      const reason = flagReason(r.flags);
      if (reason) return skip(reason, 1, r.number);
    }
    const code = dateCode(r.date);
    let value: number | null;
    if (byAmount) value = amountOf(r.amount);
    else if (byProduct) {
      const qty = amountOf(r.quantity);
      const unit = amountOf(r.price);
      value = qty === null || unit === null ? null : qty * unit;
      if (value !== null && value - value !== 0) value = NaN;
    } else value = grouped ? null : 1;
    const refund = amountOf(r.refund);
    if (r.customerIndex === ERROR_ID || (grouped && r.orderIndex === ERROR_ID)) return skip('error_value', 1, r.number);
    if (!grouped && r.customerIndex < 0) return skip('no_customer', 1, r.number);
    if (code === BAD) return skip('bad_date', 1, r.number);
    if (!grouped && code === NONE) return skip('no_date', 1, r.number);
    if ((value !== null && value !== value) || (refund !== null && refund !== refund)) return skip('bad_amount', 1, r.number);
    if (!grouped && value === null) return skip('no_amount', 1, r.number);
    let day = NONE;
    let kind = 0;
    if (code !== NONE) {
      day = dayOfCode(code);
      kind = kindOfCode(code);
      if (day < earliest) return skip('early_date', 1, r.number);
      if (day > latest) return skip('future_date', 1, r.number);
      if (dateCounts[kind]++ < ROWS_KEPT) dateRows[kind].push(r.number);
    }
    if (grouped) return addLine(r.orderIndex, r.customerIndex, day, kind, value, refund, r.flags, r.number);
    const order = orders.push(r.customerIndex, day, kind, value as number, true, r.number);
    if (refund !== null || r.flags !== 0) {
      rowRefunds ??= new Float64Array(orders.amount.length).fill(NaN);
      rowFlags ??= new Uint8Array(orders.amount.length);
      if (rowRefunds.length <= order) {
        rowRefunds = growFilled(rowRefunds, orders.amount.length);
        rowFlags = growBytes(rowFlags, orders.amount.length);
      }
      rowRefunds[order] = refund ?? NaN;
      rowFlags[order] = r.flags;
    }
  };

  // The common rows (plain: no order id, an amount column, nothing else) are read in two light
  // loops per sub-block: first each row's Date cell time and number amount (NaN for anything
  // else), then the orders; a row that is not plain goes to the general rule.
  const plainMs = new Float64Array(CACHED_ROWS);
  const plainAmounts = new Float64Array(CACHED_ROWS);

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
   * plausible Date cell and a finite number amount; returns the first row that has not (`to` when
   * all had). Room for the orders was reserved for the whole block.
   */
  const readPlainRows = (start: number, from: number, to: number): number => {
    const customerOf = blockCustomers;
    const outCustomer = orders.customer;
    const outDay = orders.day;
    const outKind = orders.dayKind;
    const outAmount = orders.amount;
    let n = orders.count;
    let i = from;
    for (; i < to; i++) {
      const cust = customerOf[i];
      const ms = plainMs[i - start];
      const a = plainAmounts[i - start];
      if (cust < 0 || ms !== ms || a !== a) break;
      const day = Math.floor((ms + offsetAt(ms) * MS_PER_MINUTE) / MS_PER_DAY);
      if (day < earliest || day > latest) break;
      outCustomer[n] = cust;
      outDay[n] = day;
      outKind[n] = DateKind.DATE_CELL;
      outAmount[n] = a;
      n++;
    }
    rowsRead += i - from;
    dateCounts[DateKind.DATE_CELL] += i - from;
    orders.count = n;
    return i;
  };

  let shape = '';
  let finished = false;
  const checkShape = (chunkShape: string) => {
    if (finished) throw new Error('The order reader is finished: create a new one to read more rows.');
    if (shape !== '' && chunkShape !== shape) throw new Error(`addRows: every chunk needs the same columns (${shape})`);
    shape = chunkShape;
  };
  const noteAmounts = (hasAmounts: boolean) => {
    amounts = hasAmounts ? 'column' : 'none';
  };

  return {
    addRows(columns: OrderColumns): void {
      const { customer, date, amount, quantity, price, orderId, refunds, flags } = columns;
      checkShape(columnShape(columns));
      const byAmount = amount !== undefined;
      const byProduct = !byAmount && quantity !== undefined && price !== undefined;
      noteAmounts(byAmount || byProduct);
      const n = customer.length;
      orders.reserve(orders.count + n);
      reserveBlock(n);
      customers.indexColumn(customer, blockCustomers);
      if (orderId) orderIds.indexColumn(orderId, blockOrderIds);
      const row: Row = {
        customer: '', customerIndex: -1, date: '', orderId: '', orderIndex: -1, amount: '', quantity: '', price: '', refund: '', flags: 0, number: 0,
      };
      for (let i = 0; i < n; i++) {
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
        readRow(row, byAmount, byProduct);
      }
      nextRow += n;
    },

    addRowBlock(rows: readonly (readonly CellValue[])[], indexes: OrderColumnIndexes): void {
      checkShape(columnShape(indexes));
      const { customer, date } = indexes;
      const amount = indexes.amount ?? -1;
      const quantity = indexes.quantity ?? -1;
      const price = indexes.price ?? -1;
      const orderId = indexes.orderId ?? -1;
      const byAmount = amount >= 0;
      const byProduct = !byAmount && quantity >= 0 && price >= 0;
      noteAmounts(byAmount || byProduct);
      const plain = byAmount && orderId < 0 && !utcDates;
      const n = rows.length;
      orders.reserve(orders.count + n);
      reserveBlock(n);
      const row: Row = {
        customer: '', customerIndex: -1, date: '', orderId: '', orderIndex: -1, amount: '', quantity: '', price: '', refund: '', flags: 0, number: 0,
      };
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
          row.customer = cells[customer];
          row.customerIndex = blockCustomers[i];
          row.date = cells[date];
          row.orderId = orderId >= 0 ? cells[orderId] : '';
          row.orderIndex = orderId >= 0 ? blockOrderIds[i] : -1;
          row.amount = byAmount ? cells[amount] : '';
          row.quantity = quantity >= 0 ? cells[quantity] : '';
          row.price = price >= 0 ? cells[price] : '';
          row.number = nextRow + i;
          readRow(row, byAmount, byProduct);
        }
      }
      nextRow += n;
    },

    finish(): OrderTable {
      if (finished) throw new Error('The order reader is finished: create a new one to read more rows.');
      finished = true;
      const hasAmounts = amounts !== 'none';
      const lines = orders.lines;
      const count = orders.count;
      const dates = settleDates(orders, dateCounts, {
        assumed: dateContext.order,
        localeOrder: dateOrderOfLocale(options.locale),
        earliest,
        latest,
        examples: dateExamples,
      });
      dates.offsets = [...offsets].sort();
      const health: DataHealth = { rowsRead, rowsUsed: 0, skipped: {}, dates };
      for (const reason of Object.keys(skipped) as SkipReason[]) {
        const entry = skipped[reason]!;
        health.skipped[reason] = { count: entry.count, rows: entry.rows.slice() };
      }
      if (!lines && !rowRefunds && rowsRead === count && dates.contradicting === 0) {
        // Every row read became an order: every customer seen is used, in order of first sight.
        health.rowsUsed = count;
        return {
          count,
          customerIds: customers.keys, // the reader is finished: nothing adds to them any more
          customer: orders.customer.subarray(0, count),
          day: orders.day.subarray(0, count),
          amount: orders.amount.subarray(0, count),
          hasAmounts,
          health,
        };
      }
      const newIndex = new Int32Array(customers.size).fill(-1);
      const customerIds: string[] = [];
      // Compacted in place (used ≤ k): no second set of arrays.
      const { customer: outCustomer, day: outDay, amount: outAmount } = orders;
      let used = 0;
      let contradictingLines = 0;
      let refundedOrders = 0;
      let refundedInFull = 0;
      for (let k = 0; k < count; k++) {
        const lineCount = lines ? lines.count[k] : 1;
        const flags = lines ? lines.flags[k] : (rowFlags?.[k] ?? 0);
        const reason: SkipReason | null =
          flagReason(flags) ??
          (orders.customer[k] < 0 ? 'no_customer' : orders.day[k] === NONE ? 'no_date' : lines && !lines.hasAmount[k] && hasAmounts ? 'no_amount' : null);
        if (!reason && orders.day[k] === BAD) {
          contradictingLines += lineCount; // its rows: the first rows of the contradicting kind
          continue;
        }
        if (reason) {
          const entry = health.skipped[reason] ?? (health.skipped[reason] = { count: 0, rows: [] });
          entry.count += lineCount;
          entry.rows.push(lines ? lines.firstRow[k] : -1);
          continue;
        }
        let amount = lines && !lines.hasAmount[k] ? 1 : orders.amount[k];
        if (amount - amount !== 0) {
          // Lines whose sum overflows (two amounts of 1e308) are no amount anyone paid.
          const entry = health.skipped.bad_amount ?? (health.skipped.bad_amount = { count: 0, rows: [] });
          entry.count += lineCount;
          entry.rows.push(lines ? lines.firstRow[k] : -1);
          continue;
        }
        const refund = lines ? lines.refund[k] : (rowRefunds?.[k] ?? NaN);
        if (hasAmounts && refund === refund && refund !== 0) {
          amount = replaceRefunds ? refund : amount - Math.abs(refund);
          refundedOrders++;
        }
        if (flags & RowFlag.REFUNDED) {
          if (!(refund === refund && refund !== 0)) refundedOrders++;
          amount = 0;
        }
        if (hasAmounts && amount <= 0 && (flags & RowFlag.REFUNDED || (refund === refund && refund !== 0))) refundedInFull++;
        let c = newIndex[orders.customer[k]];
        if (c < 0) {
          c = newIndex[orders.customer[k]] = customerIds.length;
          customerIds.push(customers.keys[orders.customer[k]]);
        }
        outCustomer[used] = c;
        outDay[used] = orders.day[k];
        outAmount[used] = amount;
        health.rowsUsed += lineCount;
        used++;
      }
      if (contradictingLines > 0) {
        const entry = health.skipped.bad_date ?? (health.skipped.bad_date = { count: 0, rows: [] });
        entry.count += contradictingLines;
        entry.rows.push(...dateRows[dates.order === 'dmy' ? DateKind.MONTH_FIRST : DateKind.DAY_FIRST]);
      }
      for (const entry of Object.values(health.skipped)) entry!.rows = keepFirstRows(entry!.rows.filter((row) => row >= 0));
      if (refundedOrders > 0) health.refunds = { orders: refundedOrders, inFull: refundedInFull };
      return {
        count: used,
        customerIds,
        customer: outCustomer.subarray(0, used),
        day: outDay.subarray(0, used),
        amount: outAmount.subarray(0, used),
        hasAmounts,
        health,
      };
    },
  };
}

/** The skip reason of a row's or order's flags, `null` when they keep it. */
function flagReason(flags: number): SkipReason | null {
  if (flags & RowFlag.VOID) return 'cancelled';
  if (flags & RowFlag.NOT_ORDER) return 'not_an_order';
  if (flags & RowFlag.OTHER_CURRENCY) return 'other_currency';
  return null;
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

function growFilled(old: Float64Array, size: number): Float64Array {
  const bigger = new Float64Array(size).fill(NaN);
  bigger.set(old);
  return bigger;
}

function growBytes(old: Uint8Array, size: number): Uint8Array {
  const bigger = new Uint8Array(size);
  bigger.set(old);
  return bigger;
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

