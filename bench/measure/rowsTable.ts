/**
 * Quick phase split of benchmark (1), rows → monthly table (not a test). Run:
 *   npx esbuild bench/measure/rowsTable.ts --bundle --platform=node --outfile=/tmp/rows-table.cjs && node --expose-gc /tmp/rows-table.cjs
 */
import { createOrderReader, type OrderColumnIndexes } from '../../src/core/read/orders';
import { cohortTable } from '../../src/core/cohort';
import { intlOffsetAt } from '../../src/local/zone';
import { CHUNK_ROWS } from '../../src/server/orders';
import { getValuesRows, syntheticShop } from '../shop';

const shop = syntheticShop(1_000_000, 7);
const rows = getValuesRows(shop);
const columns = { customer: 0, date: 1, amount: 2 } as OrderColumnIndexes;
const gc = (globalThis as { gc?: () => void }).gc;
const phases: Record<string, number[]> = { read: [], finish: [], table: [], total: [] };
gc?.();
for (let run = 0; run < 10; run++) {
  const t0 = performance.now();
  const reader = createOrderReader({ offsetAt: intlOffsetAt(shop.zone), locale: 'en_US', firstRowNumber: 2, expectedRows: rows.length });
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) reader.addRowBlock(rows.slice(start, start + CHUNK_ROWS), columns);
  const t1 = performance.now();
  const orders = reader.finish();
  const t2 = performance.now();
  cohortTable(orders, { period: 'month' });
  const t3 = performance.now();
  if (run === 0) continue;
  phases.read.push(t1 - t0); phases.finish.push(t2 - t1); phases.table.push(t3 - t2); phases.total.push(t3 - t0);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(Object.entries(phases).map(([k, v]) => `${k} ${median(v).toFixed(1)} ms`).join(', '));
