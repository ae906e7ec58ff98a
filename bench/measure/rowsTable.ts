/**
 * Quick phase split of benchmark (1), rows → monthly table (not a test). Run:
 *   npx esbuild bench/measure/rowsTable.ts --bundle --platform=node --outfile=/tmp/rows-table.cjs && node --expose-gc /tmp/rows-table.cjs
 */
import { createOrderReader, type OrderColumnIndexes } from '../../src/core/read/orders';
import { cohortTable } from '../../src/core/cohort';
import { intlOffsetAt } from '../../src/local/zone';
import { CHUNK_ROWS } from '../../src/server/orders';
import { getValuesBlocks, syntheticShop } from '../shop';

const shop = syntheticShop(1_000_000, 7);
const block = getValuesBlocks(shop);
const columns = { customer: 0, date: 1, amount: 2 } as OrderColumnIndexes;
const gc = (globalThis as { gc?: () => void }).gc;
const phases: Record<string, number[]> = { read: [], finish: [], table: [], total: [] };
gc?.();
for (let run = 0; run < 10; run++) {
  // As in bench.ts: each block made anew (getValues' part, not timed), then read (timed).
  let read = 0;
  let t0 = performance.now();
  const reader = createOrderReader({ offsetAt: intlOffsetAt(shop.zone), locale: 'en_US', firstRowNumber: 2, expectedRows: shop.count });
  read += performance.now() - t0;
  for (let start = 0; start < shop.count; start += CHUNK_ROWS) {
    const rows = block(start, Math.min(shop.count, start + CHUNK_ROWS));
    t0 = performance.now();
    reader.addRowBlock(rows, columns);
    read += performance.now() - t0;
  }
  const t1 = performance.now();
  const orders = reader.finish();
  const t2 = performance.now();
  cohortTable(orders, { period: 'month' });
  const t3 = performance.now();
  if (run === 0) continue;
  phases.read.push(read); phases.finish.push(t2 - t1); phases.table.push(t3 - t2); phases.total.push(read + t3 - t1);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(phases.total.map((x) => x.toFixed(0)).join(" "));
console.log(Object.entries(phases).map(([k, v]) => `${k} ${median(v).toFixed(1)} ms`).join(', '));
