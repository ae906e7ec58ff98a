/**
 * Quick speed check of the order reader (not a test). Run:
 *   npx esbuild bench/measure/reader.ts --bundle --platform=node --outfile=/tmp/bench-read.cjs && node /tmp/bench-read.cjs
 * Optional: a path to online-retail.csv.gz as the first argument also times the real file.
 */
import { createOrderReader } from '../../src/core/read/orders';
import { intlOffsetAt } from '../../src/local/zone';
import type { CellValue } from '../../src/core/types';

const N = 1_000_000;
const offsetAt = intlOffsetAt('Europe/Warsaw');

function time(label: string, build: () => Record<string, CellValue[]>, rounds = 5): void {
  const columns = build();
  const ms: number[] = [];
  let orders = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const reader = createOrderReader({ offsetAt, locale: 'pl_PL' });
    for (let at = 0; at < N; at += 100_000) {
      const chunk: Record<string, CellValue[]> = {};
      for (const k of Object.keys(columns)) chunk[k] = columns[k].slice(at, at + 100_000);
      reader.addRows(chunk as never);
    }
    orders = reader.finish().count;
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: median ${ms[Math.floor(rounds / 2)].toFixed(0)} ms (min ${ms[0].toFixed(0)}), ${orders} orders`);
}

const start = Date.UTC(2020, 0, 1);
time('1M rows: number ids, Date cells, number amounts', () => ({
  customer: Array.from({ length: N }, (_, i) => (i * 7919) % 50_000),
  date: Array.from({ length: N }, (_, i) => new Date(start + ((i * 104729) % 1_500) * 86_400_000 + (i % 86_400) * 1000)),
  amount: Array.from({ length: N }, (_, i) => (i % 1000) / 10),
}));
time('1M rows: e-mail ids, text dates, text amounts', () => ({
  customer: Array.from({ length: N }, (_, i) => `user${(i * 7919) % 50_000}@shop.pl`),
  date: Array.from({ length: N }, (_, i) => `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`),
  amount: Array.from({ length: N }, (_, i) => `${i % 1000},${String(i % 100).padStart(2, '0')} zł`),
}));
time('1M rows: order lines (10 per order), qty × price', () => ({
  orderId: Array.from({ length: N }, (_, i) => Math.floor(i / 10)),
  customer: Array.from({ length: N }, (_, i) => Math.floor(i / 10) % 40_000),
  date: Array.from({ length: N }, (_, i) => new Date(start + Math.floor(i / 10) * 60_000)),
  quantity: Array.from({ length: N }, (_, i) => 1 + (i % 5)),
  price: Array.from({ length: N }, (_, i) => 0.5 + (i % 7)),
}));
time('1M rows: 900k blank tail', () => ({
  customer: Array.from({ length: N }, (_, i) => (i < 100_000 ? i % 5000 : '')),
  date: Array.from({ length: N }, (_, i) => (i < 100_000 ? 45000 + (i % 300) : '')),
  amount: Array.from({ length: N }, (_, i) => (i < 100_000 ? 10 : '')),
}));
