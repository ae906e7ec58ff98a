/**
 * Quick benchmark of cohortTable (not a test): a seeded synthetic shop of 1,000,000 orders from
 * 100,000 customers over three years. Run:
 *   npx esbuild bench/measure/cohort.ts --bundle --platform=node --outfile=/tmp/cohort-bench.cjs && node /tmp/cohort-bench.cjs
 */
import { cohortTable, type CohortOptions } from '../../src/core/cohort';
import { dayFromCivil } from '../../src/core/days';
import type { OrderTable } from '../../src/core/types';
import { seededRandom } from '../../src/local/random';

function syntheticShop(orders: number, customers: number, sortByDay: boolean): OrderTable {
  const random = seededRandom(42);
  const start = dayFromCivil(2022, 1, 1);
  const span = 3 * 365;
  const customer = new Int32Array(orders);
  const day = new Int32Array(orders);
  const amount = new Float64Array(orders);
  // Every customer gets a first order, the rest go to random customers at a later day.
  const firstDay = new Int32Array(customers);
  for (let c = 0; c < customers; c++) firstDay[c] = start + Math.floor(random() * span);
  for (let i = 0; i < orders; i++) {
    const c = i < customers ? i : Math.floor(random() ** 2 * customers);
    customer[i] = c;
    day[i] = i < customers ? firstDay[c] : Math.min(start + span - 1, firstDay[c] + Math.floor(random() * (start + span - firstDay[c])));
    amount[i] = random() < 0.03 ? -20 : 10 + Math.floor(random() * 90);
  }
  if (sortByDay) {
    const idx = Array.from({ length: orders }, (_, i) => i).sort((a, b) => day[a] - day[b]);
    const [c2, d2, a2] = [customer.slice(), day.slice(), amount.slice()];
    idx.forEach((j, i) => {
      customer[i] = c2[j];
      day[i] = d2[j];
      amount[i] = a2[j];
    });
  }
  const customerIds = Array.from({ length: customers }, (_, c) => `C${c}`);
  return { count: orders, customerIds, customer, day, amount, hasAmounts: true, health: { rowsRead: orders, rowsUsed: orders, skipped: {} } };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(label: string, table: OrderTable, options: CohortOptions): void {
  for (let i = 0; i < 3; i++) cohortTable(table, options);
  const runs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    cohortTable(table, options);
    runs.push(performance.now() - t0);
  }
  console.log(`${label.padEnd(48)} median ${median(runs).toFixed(1)} ms  (min ${Math.min(...runs).toFixed(1)})`);
}

const sorted = syntheticShop(1_000_000, 100_000, true);
const unsorted = syntheticShop(1_000_000, 100_000, false);
const floorRuns: number[] = [];
for (let r = 0; r < 15; r++) {
  const t0 = performance.now();
  let s = 0;
  for (let i = 0; i < sorted.count; i++) s += sorted.day[i] + sorted.customer[i];
  floorRuns.push(performance.now() - t0);
  if (s === 0) console.log('');
}
console.log(`${'floor: one pass over day + customer'.padEnd(48)} median ${median(floorRuns).toFixed(1)} ms`);
console.log('1,000,000 orders, 100,000 customers, 3 years');
time('month, on, customers (sorted by day)', sorted, { period: 'month' });
time('month, on, customers (unsorted)', unsorted, { period: 'month' });
time('month, on or after, customers (unsorted)', unsorted, { period: 'month', mode: 'onOrAfter' });
time('month, on, revenue (unsorted)', unsorted, { period: 'month', metric: 'revenue' });
time('week, on, customers (unsorted)', unsorted, { period: 'week' });
time('day, on, customers (unsorted)', unsorted, { period: 'day' });
const t = cohortTable(unsorted, { period: 'month' });
console.log(`months: ${t.periodsCount}, first row: ${t.cohorts[0].label} ${t.cohorts[0].active.slice(0, 6).join(' ')}`);
