/**
 * Types shared by the whole core. The core is pure: values in, numbers and tables out.
 */

/** A cell as `Range.getValues()` gives it: empty cells are `""`. */
export type CellValue = string | number | boolean | Date | null;

/**
 * Minutes east of UTC of the spreadsheet's time zone at an instant.
 * @example offsetAt(Date.UTC(2024, 6, 1)) === 120 // Europe/Warsaw in summer
 */
export type OffsetAt = (epochMs: number) => number;

/** Reporting period. */
export type Period = 'day' | 'week' | 'month' | 'quarter';

/** First day of a week. */
export type WeekStart = 'monday' | 'sunday';

/** The five languages the add-on speaks. */
export type Language = 'en' | 'pl' | 'ru' | 'ro' | 'da';

/** Why a row was not used. */
export type SkipReason =
  | 'no_customer'
  | 'no_date'
  | 'bad_date'
  | 'no_amount'
  | 'bad_amount'
  | 'duplicate_line';

/** What happened to the rows read: shown by the sidebar, the e-mail and the runner. */
export interface DataHealth {
  rowsRead: number;
  rowsUsed: number;
  /** Per reason: how many rows, and the first few sheet row numbers (1-based, as Sheets shows them). */
  skipped: Partial<Record<SkipReason, { count: number; rows: number[] }>>;
}

/**
 * Orders after reading: one entry per order (rows sharing an order id are summed).
 * Entry i: customer[i] indexes customerIds, day[i] is the wall-clock day number of the order in
 * the spreadsheet's zone, amount[i] its net amount (may be ≤ 0 for refunds).
 */
export interface OrderTable {
  count: number;
  customerIds: string[];
  customer: Int32Array;
  day: Int32Array;
  amount: Float64Array;
  health: DataHealth;
}
