/**
 * The customer-list custom functions (docs/FUNCTIONS.md, docs/CUSTOMERS.md): LOYALTY_TIER and
 * NEXT_PURCHASE_DATE spill one row per customer who bought up to the as-of day, sorted like the
 * Customers sheet (net spend, largest first), with the same rules and options as the sidebar.
 * Dates come back as Date values at midnight of the day in the spreadsheet's zone.
 */
import { buyerOrder, customerFacts, expectedNextOf, purchaseTotals, parseTiers, statusOf, tierIndex, tierValues, toNextTier, type TierBasis, type TierRule, type TierWindow } from '../../core/customers';
import { CustomerError } from '../../core/customers';
import type { OffsetAt } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import { Call, isMissing, isRange, optionalBoolean, optionalChoice, optionalDay, type CellArgument, type Param } from './args';
import { readOrderArgs } from './orderArgs';

type Cell = string | number | Date;

const BASES: Record<string, TierBasis> = { spend: 'spend', orders: 'orders' };
const WINDOWS: Record<string, TierWindow> = { lifetime: 'lifetime', '12m': '12m', year: 'year' };
const MS_PER_DAY = 86_400_000;

/**
 * Midnight of a day number in the spreadsheet's zone, as a Date Sheets shows as that day; one Date
 * per day, shared by the cells of that day (a customer list repeats its days, and Sheets only
 * reads the returned values).
 */
function dateMaker(offsetAt: OffsetAt): (day: number) => Date {
  const dateOfDay = new Map<number, Date>();
  return (day) => {
    let date = dateOfDay.get(day);
    if (date === undefined) {
      const utc = day * MS_PER_DAY;
      date = new Date(utc - offsetAt(utc - offsetAt(utc) * 60_000) * 60_000);
      dateOfDay.set(day, date);
    }
    return date;
  };
}

/** A customer key as a cell: whole-number ids go back to numbers, others stay text. */
function customerCell(key: string): Cell {
  return /^(0|-?[1-9]\d{0,14})$/.test(key) ? Number(key) : key;
}

/** The tier rules: a text `Member:0,Silver:500`, or a range of two columns (names, thresholds). */
function tierRules(call: Call, param: Param): TierRule[] {
  const value = param[2];
  try {
    if (isRange(value) && (value[0]?.length ?? 0) === 2) {
      return parseTiers(value.filter((row) => !isMissing(row[0])).map((row) => `${String(row[0]).replace(/[,:]/g, ' ')}:${row[1]}`).join(','));
    }
    return parseTiers(String(isRange(value) ? value.flat().join(',') : value));
  } catch (error) {
    if (error instanceof CustomerError) throw call.failParam(`customers.error.${error.code}` as MessageKey, param, error.params);
    throw error;
  }
}

/**
 * Each customer's loyalty tier by the owner's rules: the value it is judged on (net spend, refunds
 * subtracted, or purchases, in the window), the tier, and what is missing to the next tier (empty
 * in the top tier). A customer below the lowest threshold has no tier.
 *
 * @param {Range} customers The customer column, e.g. A2:A.
 * @param {Range} dates The order date column, e.g. B2:B.
 * @param {Range} amounts The amount column, or two columns quantity and unit price.
 * @param {string} tiers The tiers as "Member:0,Silver:500,Gold:2000", or a range of two columns (names, thresholds).
 * @param {string} [basis] Optional: "spend" (default) or "orders".
 * @param {string} [window] Optional: "lifetime" (default), "12m" (the 12 months to the as-of day) or "year" (its calendar year).
 * @param {Date} [as_of_date] Optional: the day tiers are taken on; default the last order's day.
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too.
 * @return A table: customer, value, tier, missing to the next tier.
 * @customfunction
 * @example =LOYALTY_TIER(A2:A, B2:B, C2:C, "Member:0,Silver:500,Gold:2000")
 */
export function LOYALTY_TIER(
  customers: CellArgument,
  dates: CellArgument,
  amounts: CellArgument,
  tiers: CellArgument,
  basis?: CellArgument,
  window?: CellArgument,
  as_of_date?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): Cell[][] {
  const call = new Call('LOYALTY_TIER');
  if (isMissing(tiers)) call.failParam('fn.missingArgument', [4, 'tiers', tiers]);
  const rules = tierRules(call, [4, 'tiers', tiers]);
  const tierBasis = optionalChoice(call, [5, 'basis', basis], BASES, 'spend');
  const tierWindow = optionalChoice(call, [6, 'window', window], WINDOWS, 'lifetime');
  const includeRefunds = optionalBoolean(call, [9, 'include_refunds', include_refunds]);
  const { table, asOfDay } = ordersAndDay(call, customers, dates, amounts, order_ids, [7, 'as_of_date', as_of_date]);
  const order = buyerOrder(purchaseTotals(table, asOfDay, includeRefunds), table.customerIds);
  const values = tierValues(table, asOfDay, tierBasis, tierWindow, includeRefunds);
  const keys: MessageKey[] = ['fn.header.customer', tierBasis === 'spend' ? 'customers.col.spend' : 'customers.col.purchases', 'customers.col.tier', 'customers.col.toNextTier'];
  const out: Cell[][] = [keys.map((key) => t(call.language, key))];
  for (let k = 0; k < order.length; k++) {
    const c = order[k];
    const value = values[c];
    const tier = tierIndex(value, rules);
    out.push([customerCell(table.customerIds[c]), value, tier >= 0 ? rules[tier].name : '', toNextTier(value, tier, rules) ?? '']);
  }
  return out;
}

/**
 * Each customer's expected next purchase: the last purchase day plus the shop's median gap between
 * purchase n and n+1 among the customers who made an (n+1)-th, n being the customer's number of
 * purchase days (fewer than 5 such customers: the median of all gaps), and their status (new,
 * active, due, overdue, lapsed).
 *
 * @param {Range} customers The customer column, e.g. A2:A.
 * @param {Range} dates The order date column, e.g. B2:B.
 * @param {Range} amounts The amount column, or two columns quantity and unit price.
 * @param {Date} [as_of_date] Optional: the day statuses are taken on; default the last order's day.
 * @param {Range} [order_ids] Optional: the order id column; rows sharing an id are one order.
 * @param {boolean} [include_refunds] Optional: TRUE counts orders of 0 or less as purchases too.
 * @return A table: customer, purchases, last purchase, expected next purchase, status.
 * @customfunction
 * @example =NEXT_PURCHASE_DATE(A2:A, B2:B, C2:C)
 */
export function NEXT_PURCHASE_DATE(
  customers: CellArgument,
  dates: CellArgument,
  amounts: CellArgument,
  as_of_date?: CellArgument,
  order_ids?: CellArgument,
  include_refunds?: CellArgument,
): Cell[][] {
  const call = new Call('NEXT_PURCHASE_DATE');
  const includeRefunds = optionalBoolean(call, [6, 'include_refunds', include_refunds]);
  const { table, asOfDay } = ordersAndDay(call, customers, dates, amounts, order_ids, [4, 'as_of_date', as_of_date]);
  const facts = customerFacts(table, { asOfDay, includeRefunds });
  const { offset, days, purchases } = facts.days;
  const keys: MessageKey[] = ['fn.header.customer', 'customers.col.purchases', 'customers.col.lastPurchase', 'customers.col.expectedNext', 'customers.col.status'];
  const out: Cell[][] = [keys.map((key) => t(call.language, key))];
  const status = new Map<string, string>();
  const dateOf = dateMaker(call.offsetAt);
  for (let k = 0; k < facts.order.length; k++) {
    const c = facts.order[k];
    const next = expectedNextOf(facts, c);
    const code = statusOf(facts, c);
    if (!status.has(code)) status.set(code, t(call.language, `customers.status.${code}`));
    out.push([customerCell(table.customerIds[c]), purchases[c], dateOf(days[offset[c + 1] - 1]), next === null ? '' : dateOf(next), status.get(code)!]);
  }
  return out;
}

/** The orders of the arguments and the as-of day (default the last order's day). */
function ordersAndDay(call: Call, customers: CellArgument, dates: CellArgument, amounts: CellArgument, orderIds: CellArgument, asOf: Param) {
  const given = optionalDay(call, asOf);
  const { table } = readOrderArgs(call, { customers: [1, 'customers', customers], dates: [2, 'dates', dates], amounts: [3, 'amounts', amounts], orderIds: [asOf[0] + 1, 'order_ids', orderIds] }, true);
  let last = -Infinity;
  for (let i = 0; i < table.count; i++) if (table.day[i] > last) last = table.day[i];
  return { table, asOfDay: given ?? last };
}
