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
  | 'error_value'
  | 'no_date'
  | 'bad_date'
  | 'early_date'
  | 'future_date'
  | 'no_amount'
  | 'bad_amount'
  | 'cancelled'
  | 'not_an_order'
  | 'other_currency';

/** Every skip reason, in the order the data health lists them. */
export const SKIP_REASONS: readonly SkipReason[] = [
  'no_customer', 'error_value', 'no_date', 'bad_date', 'early_date', 'future_date', 'no_amount', 'bad_amount', 'cancelled', 'not_an_order', 'other_currency',
];

/** How the date column was read: shown in the data health (src/core/read/dateSettle.ts). */
export interface DateNotes {
  /** Day/month order of the ambiguous texts (`05/06/2019`). */
  order: 'dmy' | 'mdy';
  /** Why: a text proved it (`example`), the locale decided, dotted dates read day first, or no text needed it. */
  source: 'proof' | 'locale' | 'dots' | 'none';
  example?: string;
  /** Rows with an ambiguous text date. */
  ambiguous: number;
  /** Ambiguous texts and Date cells re-read the other way once the column proved its order. */
  swappedTexts: number;
  swappedDateCells: number;
  /** Orders whose date contradicts the proven order (skipped as `bad_date`). */
  contradicting: number;
  /** Orders dated by Date cells when every one has a day of the month of 12 or less (at least 10 of them): the
   *  sign of day-first texts the spreadsheet converted month first, with nothing left to prove it. 0 otherwise. */
  lowDays: number;
  /** UTC offsets written in the texts (`-05:00`): read at the wall time written. */
  offsets: string[];
  offsetTexts: number;
  /** Texts in UTC converted to the spreadsheet's zone. */
  utcTexts: number;
}

/** What happened to the rows read: shown by the sidebar, the e-mail and the runner. */
export interface DataHealth {
  rowsRead: number;
  rowsUsed: number;
  /** Per reason: how many rows, and the first few sheet row numbers (1-based, as Sheets shows them). */
  skipped: Partial<Record<SkipReason, { count: number; rows: number[] }>>;
  /** How the dates were read. */
  dates?: DateNotes;
  /** Orders whose refunds were subtracted, and how many of them were refunded in full (net ≤ 0). */
  refunds?: { orders: number; inFull: number };
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
  /** False when the sheet has no amount column: every order then counts 1 and money figures are not shown. */
  hasAmounts: boolean;
  health: DataHealth;
}
