/**
 * The end of reading: the orders of the buffer become the OrderTable. Orders that still lack a
 * customer, a date or an amount, or whose flags void them, are counted under their reason by
 * their first row; refunds are applied once per order; the customers are renumbered in order of
 * first use. Compacted in place (used ≤ k): no second set of arrays.
 */
import type { DataHealth, DateNotes, OrderTable } from '../types';
import { BAD_DATE } from './cellParsers';
import { REJECTED_EARLY_DAY, REJECTED_LATE_DAY, type SettledDates } from './dateSettle';
import { NONE, RowFlag } from './orderBuffer';
import { flagReason, type OrderRows } from './orderRows';
import type { SkipLog } from './skipLog';

export interface CompactOptions {
  /** The customer id of each IdIndex index. */
  customerKeys: string[];
  hasAmounts: boolean;
  /** `replace`: a non-zero refunds cell is the order's net; else it is subtracted. */
  replaceRefunds: boolean;
  /** The settled dates (their contradicting rows are skipped as `bad_date`). */
  dates: DateNotes;
  /** The first rows of the orders the settling rejected, by reason. */
  rejected: Omit<SettledDates, 'notes'>;
}

/**
 * @example compactOrders(rules, skips, { customerKeys: customers.keys, hasAmounts: true, replaceRefunds: false, dates, rejected: { rejectedRows: [], earlyRows: [], lateRows: [] } })
 */
export function compactOrders(rules: OrderRows, skips: SkipLog, options: CompactOptions): OrderTable {
  const { orders, rowsRead } = rules;
  const { customerKeys, hasAmounts, dates } = options;
  const lines = orders.lines;
  const extras = orders.rowExtras;
  const count = orders.count;
  const health: DataHealth = { rowsRead, rowsUsed: 0, skipped: {}, dates };
  const { rejected } = options;
  if (!lines && !extras && rowsRead === count && dates.contradicting === 0 && rejected.earlyRows.length === 0 && rejected.lateRows.length === 0) {
    // Every row read became an order: every customer seen is used, in order of first sight.
    health.rowsUsed = count;
    health.skipped = skips.finished();
    return {
      count,
      customerIds: customerKeys, // the reader is finished: nothing adds to them any more
      customer: orders.customer.subarray(0, count),
      day: orders.day.subarray(0, count),
      amount: orders.amount.subarray(0, count),
      hasAmounts,
      health,
    };
  }
  const newIndex = new Int32Array(customerKeys.length).fill(-1);
  const customerIds: string[] = [];
  const { customer: outCustomer, day: outDay, amount: outAmount } = orders;
  let used = 0;
  let contradictingLines = 0;
  let earlyLines = 0;
  let lateLines = 0;
  let refundedOrders = 0;
  let refundedInFull = 0;
  for (let k = 0; k < count; k++) {
    const lineCount = lines ? lines.count[k] : 1;
    const firstRow = lines ? lines.firstRow[k] : -1;
    const flags = lines ? lines.flags[k] : (extras?.flags[k] ?? 0);
    const reason =
      flagReason(flags) ??
      (orders.customer[k] < 0 ? 'no_customer' : orders.day[k] === NONE ? 'no_date' : lines && !lines.hasAmount[k] && hasAmounts ? 'no_amount' : null);
    // Rejected by the settling: the rows are named below, from the settling's lists.
    if (!reason && orders.day[k] === BAD_DATE) {
      contradictingLines += lineCount;
      continue;
    }
    if (!reason && orders.day[k] === REJECTED_EARLY_DAY) {
      earlyLines += lineCount;
      continue;
    }
    if (!reason && orders.day[k] === REJECTED_LATE_DAY) {
      lateLines += lineCount;
      continue;
    }
    if (reason) {
      skips.skip(reason, lineCount, firstRow);
      continue;
    }
    let amount = lines && !lines.hasAmount[k] ? 1 : orders.amount[k];
    if (amount - amount !== 0) {
      // Lines whose sum overflows (two amounts of 1e308) are no amount anyone paid.
      skips.skip('bad_amount', lineCount, firstRow);
      continue;
    }
    const refund = lines ? lines.refund[k] : (extras?.refund[k] ?? NaN);
    const refunded = refund === refund && refund !== 0;
    if (hasAmounts && refunded) {
      amount = options.replaceRefunds ? refund : amount - Math.abs(refund);
      refundedOrders++;
    }
    if (flags & RowFlag.REFUNDED) {
      if (!refunded) refundedOrders++;
      amount = 0;
    }
    if (hasAmounts && amount <= 0 && (flags & RowFlag.REFUNDED || refunded)) refundedInFull++;
    let c = newIndex[orders.customer[k]];
    if (c < 0) {
      c = newIndex[orders.customer[k]] = customerIds.length;
      customerIds.push(customerKeys[orders.customer[k]]);
    }
    outCustomer[used] = c;
    outDay[used] = orders.day[k];
    outAmount[used] = amount;
    health.rowsUsed += lineCount;
    used++;
  }
  skipRejected(skips, 'bad_date', contradictingLines, rejected.rejectedRows);
  skipRejected(skips, 'early_date', earlyLines, rejected.earlyRows);
  skipRejected(skips, 'future_date', lateLines, rejected.lateRows);
  health.skipped = skips.finished();
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
}

/** Counts `lines` rows under the reason, naming the rows given. */
function skipRejected(skips: SkipLog, reason: 'bad_date' | 'early_date' | 'future_date', lines: number, rows: readonly number[]): void {
  if (lines === 0) return;
  const [first = -1, ...others] = rows;
  skips.skip(reason, lines, first);
  for (const row of others) skips.skip(reason, 0, row);
}
