/**
 * Optional measurement (not part of `npm test`): the whole cohort report from a 1,000,000-row
 * order sheet through the built bundle in the local host (read in chunks, compute, one-block write).
 * Run: node build.mjs --quiet && npx esbuild bench/measure/reportMillion.ts --bundle --platform=node --packages=external --outfile=build/reportMillion.cjs && node build/reportMillion.cjs
 */
import { LocalHost } from '../../src/local/host/index';
import type { StoredValue } from '../../src/local/sheetData';
import { seededRandom } from '../../src/local/random';

const ROWS = Number(process.env.ROWS ?? 1_000_000);
const random = seededRandom(7);
const values: StoredValue[][] = [['Order ID', 'Order date', 'Customer ID', 'Total']];
for (let i = 0; i < ROWS; i++) {
  const customer = 1 + Math.floor(random() * 100_000);
  const dayOffset = Math.floor(random() * 3 * 365);
  const date = new Date(Date.UTC(2022, 0, 1 + dayOffset));
  const wall = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: 10, minute: 0, second: 0 };
  values.push([100000 + i, { wall }, customer, Math.round(random() * 20000) / 100]);
}
const host = new LocalHost({ timeZone: 'Europe/Warsaw', locale: 'en_GB', distDir: 'dist' }).load();
host.addSheet({ name: 'Orders', cells: [], values });
const started = Date.now();
const result = host.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'month' }, withJson: true }) as {
  cohorts: number;
  periods: number;
  timings: Record<string, number>;
};
const ms = Date.now() - started;
const memory = process.memoryUsage();
console.log(
  JSON.stringify({ rows: ROWS, ms, timings: result.timings, cohorts: result.cohorts, periods: result.periods, rssMB: Math.round(memory.rss / 2 ** 20) }),
);
