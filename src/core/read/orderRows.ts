/**
 * The row rules of the order reader (docs/DECISIONS-reading.md): one row becomes an order, a line
 * of an order, or a skip with its reason. `readRow` is the general rule; `readPlainRows` is the
 * same rule for the common row (a customer, a Date cell, a finite number amount, no order id, no
 * refunds, no flags), written as two light loops, and it hands the first row that is not plain
 * back to the general rule.
 */
import { civilFromDay, dayFromCivil } from '../days';
import type { CellValue, SkipReason } from '../types';
import { isBlank } from './cells';
import { BAD_DATE, MS_PER_DAY, MS_PER_MINUTE, type CellParsers } from './cellParsers';
import { swapDayAndMonth, type DateCounts } from './dateSettle';
import { dayOfCode, DateKind, kindOfCode } from './dates';
import { ERROR_ID } from './ids';
import { NONE, OrderBuffer, RowFlag } from './orderBuffer';
import { ROWS_KEPT, type SkipLog } from './skipLog';

/**
 * Rows are read CACHED_ROWS at a time: the id look-ups of those rows, then the rows themselves,
 * while their cells are still in the processor's cache.
 */
export const CACHED_ROWS = 1024;

/** The date kinds the settling may re-read with day and month exchanged. */
const SWAPPABLE: readonly boolean[] = Array.from({ length: 8 }, (_, kind) => kind === DateKind.DATE_CELL || kind === DateKind.AMBIGUOUS || kind === DateKind.AMBIGUOUS_DOTTED);

/** One row's cells, as the general rule reads them. */
export interface Row {
  customer: CellValue;
  /** The customer's index (IdIndex), −1 for none, ERROR_ID for an error value. */
  customerIndex: number;
  date: CellValue;
  orderId: CellValue;
  orderIndex: number;
  amount: CellValue;
  quantity: CellValue;
  price: CellValue;
  refund: CellValue;
  flags: number;
  /** Its sheet row number. */
  number: number;
}

/** An empty Row, to be filled cell by cell (one object per chunk, not per row). */
export function emptyRow(): Row {
  return { customer: '', customerIndex: -1, date: '', orderId: '', orderIndex: -1, amount: '', quantity: '', price: '', refund: '', flags: 0, number: 0 };
}

export interface RowRuleOptions {
  offsetAt: (epochMs: number) => number;
  /** `order`: an order's amount is the first line's that carries one; else the lines' sum. */
  orderLevel: boolean;
  /** Orders before this day are skipped as `early_date`, after `latest` as `future_date`. */
  earliest: number;
  latest: number;
}

/** The skip reason of a row's or order's flags, `null` when they keep it. */
export function flagReason(flags: number): SkipReason | null {
  if (flags & RowFlag.VOID) return 'cancelled';
  if (flags & RowFlag.NOT_ORDER) return 'not_an_order';
  if (flags & RowFlag.OTHER_CURRENCY) return 'other_currency';
  return null;
}

/**
 * @example
 * const rules = new OrderRows(cells, skips, { offsetAt, orderLevel: false, earliest: 0, latest: Infinity }, 100);
 * rules.readRow({ ...emptyRow(), customer: 'a', customerIndex: 0, date: '2024-01-31', amount: 12.5, number: 2 }, true, false);
 * rules.orders.count // 1
 */
export class OrderRows {
  readonly orders: OrderBuffer;
  /** Rows read (a row whose read cells are all empty is not read). */
  rowsRead = 0;
  /** Dated rows per date kind, and the first rows of each (for contradictions). */
  readonly dateCounts: DateCounts = new Int32Array(8);
  readonly dateRows: number[][] = Array.from({ length: 8 }, () => []);
  /**
   * Per date kind, the first rows whose day read the other way (day and month exchanged) falls
   * outside [earliest, latest]: the rows the settling rejects if it re-reads their kind.
   */
  readonly swapLeavingRows: number[][] = Array.from({ length: 8 }, () => []);
  /**
   * One-row orders dated outside [earliest, latest] whose day read the other way is inside: kept
   * until the settling knows the column's order (it re-reads them, or rejects them as early or
   * future dates). Their count, and per date kind their first rows.
   */
  waiting = 0;
  readonly waitingEarlyRows: number[][] = Array.from({ length: 8 }, () => []);
  readonly waitingLateRows: number[][] = Array.from({ length: 8 }, () => []);
  /** Days strictly between these cannot leave the window when swapped (a swap keeps the year). */
  private readonly swapSafeAfter: number;
  private readonly swapSafeBefore: number;
  private readonly orderOfId: number[] = []; // order id index -> order index
  private readonly splitOrders = new Map<string, number>(); // "order:customer" -> order index
  private readonly plainMs = new Float64Array(CACHED_ROWS);
  private readonly plainAmounts = new Float64Array(CACHED_ROWS);

  constructor(
    private readonly cells: CellParsers,
    private readonly skips: SkipLog,
    private readonly options: RowRuleOptions,
    expectedRows: number,
  ) {
    this.orders = new OrderBuffer(expectedRows);
    const { earliest, latest } = options;
    this.swapSafeAfter = Number.isFinite(earliest) ? dayFromCivil(civilFromDay(earliest).year, 12, 31) : -Infinity;
    this.swapSafeBefore = Number.isFinite(latest) ? dayFromCivil(civilFromDay(latest).year, 1, 1) : Infinity;
  }

  /** Whether the day, read with day and month exchanged, is a day of [earliest, latest]. */
  private insideWhenSwapped(day: number): boolean {
    const swapped = swapDayAndMonth(day);
    return swapped !== null && swapped >= this.options.earliest && swapped <= this.options.latest;
  }

  /** Whether the day, read with day and month exchanged, falls outside [earliest, latest]. */
  leavesWindowWhenSwapped(day: number): boolean {
    if (day > this.swapSafeAfter && day < this.swapSafeBefore) return false;
    const swapped = swapDayAndMonth(day);
    return swapped !== null && (swapped < this.options.earliest || swapped > this.options.latest);
  }

  /** The general rule for one row. */
  readRow(r: Row, byAmount: boolean, byProduct: boolean): void {
    if (isBlank(r.customer) && isBlank(r.date) && isBlank(r.orderId) && isBlank(r.amount) && isBlank(r.quantity) && isBlank(r.price) && isBlank(r.refund)) return;
    this.rowsRead++;
    const { cells, skips } = this;
    const grouped = !isBlank(r.orderId);
    if (!grouped && r.flags !== 0) {
      const reason = flagReason(r.flags);
      if (reason) return skips.skip(reason, 1, r.number);
    }
    const code = cells.dateCode(r.date);
    let value: number | null;
    if (byAmount) value = cells.amountOf(r.amount);
    else if (byProduct) {
      const qty = cells.amountOf(r.quantity);
      const unit = cells.amountOf(r.price);
      value = qty === null || unit === null ? null : qty * unit;
      if (value !== null && value - value !== 0) value = NaN;
    } else value = grouped ? null : 1;
    const refund = cells.amountOf(r.refund);
    if (r.customerIndex === ERROR_ID || (grouped && r.orderIndex === ERROR_ID)) return skips.skip('error_value', 1, r.number);
    if (!grouped && r.customerIndex < 0) return skips.skip('no_customer', 1, r.number);
    if (code === BAD_DATE) return skips.skip('bad_date', 1, r.number);
    if (!grouped && code === NONE) return skips.skip('no_date', 1, r.number);
    if ((value !== null && value !== value) || (refund !== null && refund !== refund)) return skips.skip('bad_amount', 1, r.number);
    if (!grouped && value === null) return skips.skip('no_amount', 1, r.number);
    let day = NONE;
    let kind = 0;
    if (code !== NONE) {
      day = dayOfCode(code);
      kind = kindOfCode(code);
      if (day < this.options.earliest || day > this.options.latest) {
        const reason = day < this.options.earliest ? 'early_date' : 'future_date';
        // A one-row order whose day read the other way is plausible waits for the settling.
        if (grouped || !SWAPPABLE[kind] || !this.insideWhenSwapped(day)) return skips.skip(reason, 1, r.number);
        const waiting = reason === 'early_date' ? this.waitingEarlyRows : this.waitingLateRows;
        if (waiting[kind].length < ROWS_KEPT) waiting[kind].push(r.number);
        this.waiting++;
      }
      if (this.dateCounts[kind]++ < ROWS_KEPT) this.dateRows[kind].push(r.number);
      if (SWAPPABLE[kind] && this.swapLeavingRows[kind].length < ROWS_KEPT && this.leavesWindowWhenSwapped(day)) this.swapLeavingRows[kind].push(r.number);
    }
    if (grouped) return this.addLine(r.orderIndex, r.customerIndex, day, kind, value, refund, r.flags, r.number);
    const order = this.orders.push(r.customerIndex, day, kind, value as number, true, r.number);
    if (refund !== null || r.flags !== 0) this.orders.setRowExtras(order, refund ?? NaN, r.flags);
  }

  /**
   * Gathers each row's Date cell time and number amount (NaN for anything else) of rows
   * [from, to) of a block, for readPlainRows.
   */
  gatherRows(rows: readonly (readonly CellValue[])[], date: number, amount: number, from: number, to: number): void {
    for (let i = from; i < to; i++) {
      const cells = rows[i];
      this.gather(i - from, cells[date], cells[amount]);
    }
  }

  /** gatherRows for a chunk given as columns. */
  gatherColumns(date: readonly CellValue[], amount: readonly CellValue[], from: number, to: number): void {
    for (let i = from; i < to; i++) this.gather(i - from, date[i], amount[i]);
  }

  /**
   * Orders from rows from… of the sub-block gathered at `start`, while each has a customer
   * (`customerOf`, by row of the block), a plausible Date cell and a finite number amount; returns
   * the first row that has not (`to` when all had). Room for the orders was reserved for the block.
   */
  readPlainRows(customerOf: Int32Array, start: number, from: number, to: number): number {
    const { orders, plainMs, plainAmounts } = this;
    const { offsetAt, earliest, latest } = this.options;
    const { swapSafeAfter, swapSafeBefore } = this;
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
      // A day the settling might reject goes to the general rule, which keeps its row number.
      if ((day <= swapSafeAfter || day >= swapSafeBefore) && this.leavesWindowWhenSwapped(day)) break;
      outCustomer[n] = cust;
      outDay[n] = day;
      outKind[n] = DateKind.DATE_CELL;
      outAmount[n] = a;
      n++;
    }
    this.rowsRead += i - from;
    this.dateCounts[DateKind.DATE_CELL] += i - from;
    orders.count = n;
    return i;
  }

  private gather(at: number, d: CellValue, a: CellValue): void {
    this.plainMs[at] = d instanceof Date ? d.getTime() : NaN;
    this.plainAmounts[at] = typeof a === 'number' && a - a === 0 ? a : NaN;
  }

  /** A line of an order (its id's index `id`): joins the order, or starts it. */
  private addLine(id: number, customer: number, day: number, kind: number, amount: number | null, refund: number | null, flags: number, row: number): void {
    const { orders } = this;
    const lines = orders.useLines();
    let order = this.orderOfId[id] ?? -1;
    if (order >= 0 && customer >= 0 && orders.customer[order] >= 0 && orders.customer[order] !== customer) {
      const splitKey = `${order}:${customer}`;
      order = this.splitOrders.get(splitKey) ?? -1;
      if (order < 0) {
        order = orders.push(customer, day, kind, amount ?? 0, amount !== null, row);
        this.splitOrders.set(splitKey, order);
        lines.refund[order] = refund ?? NaN;
        lines.flags[order] = flags;
        return;
      }
    }
    if (order < 0) {
      order = orders.push(customer, day, kind, amount ?? 0, amount !== null, row);
      this.orderOfId[id] = order;
      lines.refund[order] = refund ?? NaN;
      lines.flags[order] = flags;
      return;
    }
    if (orders.customer[order] < 0) orders.customer[order] = customer;
    if (orders.day[order] === NONE) {
      orders.day[order] = day;
      orders.dayKind[order] = kind;
    }
    if (amount !== null && !(this.options.orderLevel && lines.hasAmount[order])) {
      orders.amount[order] += amount;
      lines.hasAmount[order] = 1;
    }
    if (refund !== null && lines.refund[order] !== lines.refund[order]) lines.refund[order] = refund;
    lines.flags[order] |= flags;
    lines.count[order]++;
  }
}
