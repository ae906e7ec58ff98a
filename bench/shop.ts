/**
 * The benchmark's seeded synthetic shop: about 100,000 customers over three years, 1,000,000 orders.
 *
 * - Acquisition grows over time (a customer's first order falls on day 1095·√u, so the shop gains
 *   customers faster each month).
 * - Repeat behaviour is BG/NBD (test/core/clv/simulate.ts): each customer buys at their own rate
 *   λ ~ Gamma(r, α) and, after each repeat purchase, drops out with their own probability
 *   p ~ Beta(a, b): heterogeneous buyers, many one-timers, a loyal tail.
 * - Spend is Gamma-Gamma (each customer's own mean), in cents; 3% of orders are refunds (negative).
 * - Orders carry a wall-clock time anywhere in the day, so some fall near midnight.
 * - Customer ids alternate between numbers (even customers) and texts (odd customers), as
 *   `getValues` gives a column mixing both.
 */
import { randomGamma, seededRandom } from '../src/local/random';
import { simulateCustomer } from '../src/local/simulate';
import { wallToInstant } from '../src/local/host/time';
import type { CellValue } from '../src/core/types';
import { wallTimeOfMs, type SheetData, type StoredValue } from '../src/local/sheetData';

const MS_PER_DAY = 86_400_000;
/** 2022-01-01 as epoch milliseconds: the shop's first day. */
const START_MS = Date.UTC(2022, 0, 1);
const DAYS = 3 * 365;
const BGNBD = { r: 0.5, alpha: 10, a: 1, b: 16 }; // rates per day; tuned to ≈ 10 orders per customer

export interface Shop {
  /** The spreadsheet's zone: wall times are read in it. */
  zone: string;
  customers: number;
  count: number;
  /** Per order, in time order: the generator's customer number, wall time (Date.UTC of its fields), amount. */
  customer: Int32Array;
  wallMs: Float64Array;
  amount: Float64Array;
}

/**
 * Generates the shop: customers until `orders` orders exist (the last one cut short).
 * @example syntheticShop(1_000_000, 7).customers // ≈ 100,000
 */
export function syntheticShop(orders: number, seed: number, zone = 'Europe/Warsaw'): Shop {
  const rand = seededRandom(seed);
  const customer = new Int32Array(orders);
  const wallMs = new Float64Array(orders);
  const amount = new Float64Array(orders);
  let count = 0;
  let customers = 0;
  while (count < orders) {
    const first = DAYS * Math.sqrt(rand());
    const meanSpend = (randomGamma(rand, 3) * 40) / 3; // per customer, about 40 on average
    for (const t of simulateCustomer(BGNBD, DAYS - first, rand)) {
      if (count === orders) break;
      const at = first + t;
      customer[count] = customers;
      wallMs[count] = START_MS + Math.floor(at * MS_PER_DAY / 1000) * 1000;
      const spend = Math.max(1, Math.round(randomGamma(rand, 6) * meanSpend / 6 * 100) / 100);
      amount[count] = rand() < 0.03 ? -spend : spend;
      count++;
    }
    customers++;
  }
  // Sheets hold orders in time order: sort by wall time.
  const index = Array.from({ length: count }, (_, i) => i).sort((i, j) => wallMs[i] - wallMs[j]);
  return {
    zone,
    customers,
    count,
    customer: Int32Array.from(index, (i) => customer[i]),
    wallMs: Float64Array.from(index, (i) => wallMs[i]),
    amount: Float64Array.from(index, (i) => amount[i]),
  };
}

/** The id a customer has in the sheet: a number for even customers, a text for odd ones. */
export function customerId(c: number): string | number {
  return c % 2 === 0 ? 100_000 + c : `C-${String(c).padStart(6, '0')}`;
}

/** The wall-clock day number (days since 1970-01-01) of order i. */
export function wallDay(shop: Shop, i: number): number {
  return Math.floor(shop.wallMs[i] / MS_PER_DAY);
}

/**
 * The data rows as `getValues()` returns them for the columns Customer, Date, Amount: Date cells
 * are the instants of their wall times in the spreadsheet's zone.
 */
export function getValuesRows(shop: Shop): CellValue[][] {
  return getValuesBlocks(shop)(0, shop.count);
}

/**
 * Rows start… end (excluded) of the sheet, made anew at each call as each `getValues()` call makes
 * them: a new array, a new id text and a new Date per row. The zone's instants are worked out once.
 * @example const block = getValuesBlocks(shop); block(0, 50_000).length === 50_000
 */
export function getValuesBlocks(shop: Shop): (start: number, end: number) => CellValue[][] {
  const instants = shop.wallMs.map((wallMs) => wallToInstant(wallMs, shop.zone));
  return (start, end) => {
    const rows: CellValue[][] = new Array(end - start);
    for (let i = start; i < end; i++) rows[i - start] = [customerId(shop.customer[i]), new Date(instants[i]), shop.amount[i]];
    return rows;
  };
}

/** The shop as an order sheet (header row, then one row per order) for the local host. */
export function orderSheet(shop: Shop, name: string): SheetData {
  const values: StoredValue[][] = new Array(shop.count + 1);
  values[0] = ['Customer', 'Order date', 'Amount'];
  for (let i = 0; i < shop.count; i++) {
    values[i + 1] = [customerId(shop.customer[i]), { wall: wallTimeOfMs(shop.wallMs[i]) }, shop.amount[i]];
  }
  return { name, cells: [], values };
}
