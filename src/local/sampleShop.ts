/**
 * The built-in sample shop for `retention demo`: a seeded, generated order sheet that looks like
 * a small web shop's export. One row per order line; customers come back at their own pace and
 * eventually stop (the buy-till-you-die story the models assume); some orders are refunded; a few
 * rows are dirty the way real exports are (no customer, a date typed as text, a broken amount).
 */
import { civilFromDay, dayFromCivil } from '../core/days';
import { seededRandom } from './random';
import type { SheetData, StoredCell, StoredValue } from './sheetData';

export interface SampleShopOptions {
  seed?: number;
  customers?: number;
  /** Last day of the data, ISO. The shop opens 18 months before. */
  endDate?: string;
}

const PRODUCTS: [string, number][] = [
  ['Ceramic mug', 39],
  ['Linen tea towel', 29],
  ['Scented candle', 54],
  ['Notebook A5', 24.5],
  ['Wool socks', 35],
  ['Gift card', 100],
  ['Tote bag', 45],
  ['Coffee beans 250 g', 32.9],
];

const FIRST_NAMES = ['anna', 'piotr', 'olga', 'ivan', 'ioana', 'mihai', 'freja', 'lars', 'emma', 'jack', 'zofia', 'dmitri'];

/** An exponential waiting time with the given mean. */
function exponential(random: () => number, mean: number): number {
  return -Math.log(1 - random()) * mean;
}

/**
 * Generates the sample shop's order sheet.
 * @example sampleShop({ seed: 7 }).cells[0][0].value === 'Order ID'
 */
export function sampleShop(options: SampleShopOptions = {}): SheetData {
  const random = seededRandom(options.seed ?? 20240101);
  const customerCount = options.customers ?? 1200;
  const [endYear, endMonth, endDay] = (options.endDate ?? '2026-10-31').split('-').map(Number);
  const lastDay = dayFromCivil(endYear, endMonth, endDay);
  const firstDay = lastDay - 548;
  const header = ['Order ID', 'Order date', 'Customer email', 'Product', 'Quantity', 'Unit price'];
  const rows: StoredValue[][] = [];
  let orderNumber = 1000;

  for (let c = 0; c < customerCount; c++) {
    const email = `${FIRST_NAMES[c % FIRST_NAMES.length]}.${c + 1}@example.com`;
    // Acquisition grows over time; each customer has their own pace and their own chance to stop.
    let day = firstDay + Math.floor(Math.pow(random(), 0.7) * 548);
    const meanGapDays = 20 + exponential(random, 60);
    const stopChance = 0.15 + random() * 0.35;
    while (day <= lastDay) {
      orderNumber += 1;
      const orderId = `#${orderNumber}`;
      const lines = 1 + Math.floor(exponential(random, 0.7));
      const time = 8 + Math.floor(random() * 15);
      const minute = Math.floor(random() * 60);
      const { year, month, day: dom } = civilFromDay(day);
      const when: StoredValue = { wall: { year, month, day: dom, hour: time, minute, second: 0 } };
      let orderTotal = 0;
      for (let l = 0; l < lines; l++) {
        const [product, price] = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
        const quantity = 1 + Math.floor(exponential(random, 0.5));
        orderTotal += quantity * price;
        rows.push([orderId, when, email, product, quantity, price]);
      }
      // About 3% of orders are refunded a few days later, as a separate negative line.
      if (random() < 0.03 && day + 3 <= lastDay) {
        const refundDay = civilFromDay(day + 3);
        const refundWhen: StoredValue = { wall: { ...refundDay, hour: 10, minute: 0, second: 0 } };
        rows.push([`R${orderNumber}`, refundWhen, email, 'Refund', -1, orderTotal]);
      }
      if (random() < stopChance) break;
      day += Math.max(1, Math.round(exponential(random, meanGapDays)));
    }
  }

  rows.sort((a, b) => wallKey(a[1]) - wallKey(b[1]));
  addDirtyRows(rows);
  const cells: StoredCell[][] = [header, ...rows].map((row) => row.map((value) => ({ value })));
  return { name: 'Orders', cells, frozenRows: 1 };
}

function wallKey(value: StoredValue): number {
  if (typeof value !== 'object') return 0;
  const w = value.wall;
  return dayFromCivil(w.year, w.month, w.day) * 1440 + w.hour * 60 + w.minute;
}

/** A few rows the way real exports break: the demo's data-health line shows them. */
function addDirtyRows(rows: StoredValue[][]): void {
  const at = (fraction: number) => Math.floor(rows.length * fraction);
  const copy = (index: number) => [...rows[index]];
  // Orders of their own (a line without a customer inside a known order takes the order's customer).
  const noCustomer = copy(at(0.2));
  noCustomer[0] = '#X1';
  noCustomer[2] = '';
  const noCustomer2 = copy(at(0.6));
  noCustomer2[0] = '#X2';
  noCustomer2[2] = '';
  const badDate = copy(at(0.4));
  badDate[1] = 'yesterday';
  const badPrice = copy(at(0.8));
  badPrice[5] = 'n/a';
  rows.splice(at(0.2), 0, noCustomer);
  rows.splice(at(0.4), 0, badDate);
  rows.splice(at(0.6), 0, noCustomer2);
  rows.splice(at(0.8), 0, badPrice);
  rows.push(['', '', '', '', '', '']); // a blank tail row, as exports often end
}
