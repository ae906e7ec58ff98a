/**
 * Optional measurement (not a test): reads ../shared/datasets/online-retail.csv.gz (541,909 rows x 8)
 * with readSheetFile and prints the time and memory taken. Run from the repository root:
 *   npx esbuild bench/measure/largeCsv.ts --bundle --platform=node --outfile=/tmp/measure.cjs && node /tmp/measure.cjs
 */
import { existsSync } from 'node:fs';
import { readSheetFile } from '../../src/local/files';

async function main(): Promise<void> {
  const path = process.argv[2] ?? '../shared/datasets/online-retail.csv.gz';
  if (!existsSync(path)) {
    console.log(`${path} is not here; nothing to measure.`);
    return;
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  const [sheet] = await readSheetFile(path, { locale: 'en_GB' });
  const seconds = (performance.now() - started) / 1000;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const rows = sheet.values ?? sheet.cells;
  const cells = rows.reduce((n, row) => n + row.length, 0);
  console.log(`${path}: ${rows.length} rows, ${cells} cells in ${seconds.toFixed(2)} s, heap +${heapMb.toFixed(0)} MB`);
  console.log('row 2:', JSON.stringify(rows[1]));
}

void main();
