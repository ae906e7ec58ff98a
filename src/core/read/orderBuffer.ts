/**
 * The orders being read, as growable parallel typed arrays (no object per order: a sheet may hold
 * two million rows). Orders built from lines (rows sharing an order id) keep a little more: whether
 * a line had an amount, their first row and line count, the refunds cell and the row flags.
 */

/** A slot not filled yet (customer or day). */
export const NONE = -2147483648;

/** Row flags (bits), set from status and currency columns before reading (see rowFlags.ts). */
export const RowFlag = {
  /** The order never happened (voided, cancelled, failed…): skipped as `cancelled`. */
  VOID: 1,
  /** Refunded in full: kept with a net amount of 0. */
  REFUNDED: 2,
  /** Another currency than the one reported: skipped as `other_currency`. */
  OTHER_CURRENCY: 4,
  /** Not a sale (a transfer, a currency conversion): skipped as `not_an_order`. */
  NOT_ORDER: 8,
} as const;

export class OrderBuffer {
  count = 0;
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  /** How each order's day was read (`DateKind`). */
  dayKind: Uint8Array;
  /** Only for orders of lines (made at the first line). */
  lines: {
    hasAmount: Uint8Array;
    firstRow: Int32Array;
    count: Int32Array;
    refund: Float64Array;
    flags: Uint8Array;
  } | null = null;
  /**
   * Refunds (NaN: none) and flags of orders of one row, made at the first such row: most sheets
   * have neither, and then no array is made.
   */
  rowExtras: { refund: Float64Array; flags: Uint8Array } | null = null;
  private capacity: number;

  constructor(expected: number) {
    this.capacity = Math.max(1024, expected);
    this.customer = new Int32Array(this.capacity);
    this.day = new Int32Array(this.capacity);
    this.amount = new Float64Array(this.capacity);
    this.dayKind = new Uint8Array(this.capacity);
  }

  /** Room for `needed` orders in all: grown once per chunk, not order by order. */
  reserve(needed: number): void {
    if (needed <= this.capacity) return;
    const size = Math.max(needed, this.capacity * 2);
    this.capacity = size;
    this.customer = grow(this.customer, new Int32Array(size));
    this.day = grow(this.day, new Int32Array(size));
    this.amount = grow(this.amount, new Float64Array(size));
    this.dayKind = grow(this.dayKind, new Uint8Array(size));
    const lines = this.lines;
    if (lines) {
      this.lines = {
        hasAmount: grow(lines.hasAmount, new Uint8Array(size)),
        firstRow: grow(lines.firstRow, new Int32Array(size)),
        count: grow(lines.count, new Int32Array(size)),
        refund: grow(lines.refund, new Float64Array(size)),
        flags: grow(lines.flags, new Uint8Array(size)),
      };
    }
  }

  /** The line arrays, made at the first order of lines (the orders before it are single rows). */
  useLines(): NonNullable<OrderBuffer['lines']> {
    if (!this.lines) {
      const size = this.capacity;
      this.lines = {
        hasAmount: new Uint8Array(size).fill(1, 0, this.count),
        firstRow: new Int32Array(size),
        count: new Int32Array(size).fill(1, 0, this.count),
        refund: new Float64Array(size).fill(NaN),
        flags: new Uint8Array(size),
      };
    }
    return this.lines;
  }

  /** Sets the refunds cell and the flags of order `k`, an order of one row. */
  setRowExtras(k: number, refund: number, flags: number): void {
    let extras = this.rowExtras;
    if (!extras || extras.refund.length <= k) {
      const size = this.capacity;
      const refunds = new Float64Array(size).fill(NaN);
      const bytes = new Uint8Array(size);
      if (extras) {
        refunds.set(extras.refund);
        bytes.set(extras.flags);
      }
      extras = this.rowExtras = { refund: refunds, flags: bytes };
    }
    extras.refund[k] = refund;
    extras.flags[k] = flags;
  }

  /** Adds an order; returns its index. */
  push(customer: number, day: number, kind: number, amount: number, hasAmount: boolean, row: number): number {
    if (this.count === this.capacity) this.reserve(this.count + 1);
    const k = this.count++;
    this.customer[k] = customer;
    this.day[k] = day;
    this.dayKind[k] = kind;
    this.amount[k] = amount;
    const lines = this.lines;
    if (lines) {
      lines.hasAmount[k] = hasAmount ? 1 : 0;
      lines.firstRow[k] = row;
      lines.count[k] = 1;
      lines.refund[k] = NaN;
      lines.flags[k] = 0;
    }
    return k;
  }
}

function grow<T extends Int32Array | Float64Array | Uint8Array>(old: T, bigger: T): T {
  bigger.set(old);
  if (bigger instanceof Float64Array && old.length < bigger.length) bigger.fill(NaN, old.length);
  return bigger;
}
