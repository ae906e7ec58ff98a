/**
 * Settling a date column's day/month order once every row has been read. While reading, an
 * ambiguous text (`05/06/2019`) is read in the assumed order (from a sample, else the locale; dotted
 * texts day first); a text with a number above 12 proves an order (`29.06.2019` day first,
 * `06/29/2019` month first). At the end:
 * - the proven order wins (more proofs if both occur); ambiguous texts read the other way are
 *   re-read, and the texts that contradict it are rejected (`bad_date`);
 * - when the texts prove the order the spreadsheet's locale does not use, the column's Date cells
 *   are the texts the spreadsheet itself converted in its locale's order (Sheets reads `05.06.2019`
 *   as May 6 under en_US but leaves `29.06.2019` as text): they are re-read the other way, unless
 *   one of them has a day above 12, which no such conversion can give;
 * - nothing proven: the assumed order stays, and the notes say the locale decided.
 */
import { civilFromDay, dayFromCivil } from '../days';
import type { DateNotes } from '../types';
import { DateKind } from './dates';
import type { DateOrder } from './locale';
import { NONE, type OrderBuffer } from './orderBuffer';

/** Rows read of each `DateKind`. */
export type DateCounts = Int32Array;

/** A day marked as rejected by the settling (the reader then skips its order as `bad_date`). */
export const REJECTED_DAY = -2147483647;
/** Days of waiting orders the settling did not re-read: skipped as `early_date` and `future_date`. */
export const REJECTED_EARLY_DAY = -2147483646;
export const REJECTED_LATE_DAY = -2147483645;

export interface SettleOptions {
  /** The order ambiguous slash and dash texts were read in. */
  assumed: DateOrder;
  /** The spreadsheet locale's order: the one its own Date cells were converted in. */
  localeOrder: DateOrder;
  earliest: number;
  latest: number;
  /** The first proving text of each kind, for the notes. */
  examples: (string | undefined)[];
  /** Per date kind, its first rows (OrderRows.dateRows) and those a swap takes out of [earliest, latest] (OrderRows.swapLeavingRows). */
  firstRows: readonly (readonly number[])[];
  swapLeavingRows: readonly (readonly number[])[];
  /** Orders kept with a day outside [earliest, latest] until the order is known, and their first rows per kind (OrderRows.waiting…). */
  waiting: number;
  waitingEarlyRows: readonly (readonly number[])[];
  waitingLateRows: readonly (readonly number[])[];
}

/** What the settling decided, and the first rows of the orders it rejected (to name them in the skip log). */
export interface SettledDates {
  notes: DateNotes;
  /** Rows of the orders skipped as `bad_date` (REJECTED_DAY), `early_date` and `future_date`. */
  rejectedRows: number[];
  earlyRows: number[];
  lateRows: number[];
}

/**
 * Settles the orders' days in place and says what was decided.
 * @example settleDates(orders, counts, { assumed: 'mdy', localeOrder: 'mdy', earliest: 0, latest: Infinity, examples: [], firstRows, swapLeavingRows }).notes.order
 */
export function settleDates(orders: OrderBuffer, counts: DateCounts, options: SettleOptions): SettledDates {
  const dayFirst = counts[DateKind.DAY_FIRST];
  const monthFirst = counts[DateKind.MONTH_FIRST];
  const ambiguous = counts[DateKind.AMBIGUOUS] + counts[DateKind.AMBIGUOUS_DOTTED];
  const proven = dayFirst > 0 || monthFirst > 0;
  let order: DateOrder = options.assumed;
  if (proven) order = dayFirst > monthFirst ? 'dmy' : monthFirst > dayFirst ? 'mdy' : options.localeOrder;
  const notes: DateNotes = {
    order,
    source: proven ? 'proof' : counts[DateKind.AMBIGUOUS] > 0 ? 'locale' : counts[DateKind.AMBIGUOUS_DOTTED] > 0 ? 'dots' : 'none',
    example: proven ? options.examples[order === 'dmy' ? DateKind.DAY_FIRST : DateKind.MONTH_FIRST] : undefined,
    ambiguous,
    swappedTexts: 0,
    swappedDateCells: 0,
    contradicting: 0,
    lowDays: proven ? 0 : lowDays(orders, counts),
    offsets: [],
    offsetTexts: counts[DateKind.OFFSET],
    utcTexts: counts[DateKind.UTC],
  };
  const swapAmbiguous = order !== options.assumed;
  const swapDotted = proven && order === 'mdy';
  const contradiction = proven ? (order === 'dmy' ? DateKind.MONTH_FIRST : DateKind.DAY_FIRST) : -1;
  const swapDateCells = proven && order !== options.localeOrder && counts[DateKind.DATE_CELL] > 0 && !dateCellAbove12(orders);
  if (!swapAmbiguous && !swapDotted && contradiction < 0 && !swapDateCells && options.waiting === 0) {
    return { notes, rejectedRows: [], earlyRows: [], lateRows: [] };
  }

  const swapsOf: boolean[] = [];
  swapsOf[DateKind.AMBIGUOUS] = swapAmbiguous;
  swapsOf[DateKind.AMBIGUOUS_DOTTED] = swapDotted;
  swapsOf[DateKind.DATE_CELL] = swapDateCells;
  const { day, dayKind } = orders;
  for (let k = 0; k < orders.count; k++) {
    if (day[k] === NONE) continue;
    const kind = dayKind[k];
    if (kind === contradiction) {
      day[k] = REJECTED_DAY;
      notes.contradicting++;
      continue;
    }
    const swap = swapsOf[kind];
    if (!swap) {
      if (day[k] < options.earliest) day[k] = REJECTED_EARLY_DAY;
      else if (day[k] > options.latest) day[k] = REJECTED_LATE_DAY;
      continue;
    }
    const swapped = swapDayAndMonth(day[k]);
    if (swapped === null) continue;
    if (swapped < options.earliest || swapped > options.latest) {
      day[k] = REJECTED_DAY;
      notes.contradicting++;
      continue;
    }
    day[k] = swapped;
    if (kind === DateKind.DATE_CELL) notes.swappedDateCells++;
    else notes.swappedTexts++;
  }
  const swappedKinds = [DateKind.AMBIGUOUS, DateKind.AMBIGUOUS_DOTTED, DateKind.DATE_CELL].filter((kind) => swapsOf[kind]);
  const keptKinds = [DateKind.AMBIGUOUS, DateKind.AMBIGUOUS_DOTTED, DateKind.DATE_CELL].filter((kind) => !swapsOf[kind]);
  return {
    notes,
    rejectedRows: [...(contradiction >= 0 ? options.firstRows[contradiction] : []), ...swappedKinds.flatMap((kind) => options.swapLeavingRows[kind])],
    earlyRows: keptKinds.flatMap((kind) => options.waitingEarlyRows[kind]),
    lateRows: keptKinds.flatMap((kind) => options.waitingLateRows[kind]),
  };
}

/** Fewest Date-cell orders for "every day ≤ 12" to mean something: 30 days a month make it (12/30)¹⁰ ≈ 1 in 10,000 by chance. */
const LOW_DAYS_MIN = 10;

/** The count of Date-cell orders when every one has a day of the month of 12 or less, else 0. */
function lowDays(orders: OrderBuffer, counts: DateCounts): number {
  if (counts[DateKind.DATE_CELL] < LOW_DAYS_MIN) return 0;
  let n = 0;
  for (let k = 0; k < orders.count; k++) {
    if (orders.dayKind[k] !== DateKind.DATE_CELL || orders.day[k] === NONE) continue;
    if (civilFromDay(orders.day[k]).day > 12) return 0;
    n++;
  }
  return n >= LOW_DAYS_MIN ? n : 0;
}

/** Whether an order's day came from a Date cell with a day of the month above 12. */
function dateCellAbove12(orders: OrderBuffer): boolean {
  for (let k = 0; k < orders.count; k++) {
    if (orders.dayKind[k] === DateKind.DATE_CELL && orders.day[k] !== NONE && civilFromDay(orders.day[k]).day > 12) return true;
  }
  return false;
}

/**
 * The day with its day and month exchanged (5 June ↔ 6 May), or null when the day of the month is
 * above 12 (no such month).
 * @example swapDayAndMonth(dayFromCivil(2019, 5, 6)) === dayFromCivil(2019, 6, 5)
 */
export function swapDayAndMonth(dayNumber: number): number | null {
  const { year, month, day } = civilFromDay(dayNumber);
  return day > 12 ? null : dayFromCivil(year, day, month);
}
