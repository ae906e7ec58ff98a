/**
 * (6) The whole cohort report from a 1,000,000-row order sheet through the local host: read
 * (chunked getValues), compute, write the report sheet — the sidebar's `buildCohortReport` call.
 *
 * Runs in its own process (bench.ts starts it with --report-child) so that its peak memory is the
 * report's: the process's resident set size (process.memoryUsage.rss(), the whole process) sampled
 * every 5 ms by a worker thread while the report runs. It includes the host's copy of the sheet,
 * which a real spreadsheet keeps on Google's side.
 */
import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { LocalHost } from '../src/local/host';
import { hostWithOrders } from './host';
import { measure, type Timing } from './measure';
import { syntheticShop } from './shop';

export type ReportResult =
  | { timing: Timing; peakRssBytes: number; rssBeforeBytes: number; rows: number; reportRows: number }
  | { skipped: string };

const SAMPLER = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData);
const sleep = new Int32Array(new SharedArrayBuffer(4));
while (Atomics.load(peak, 1) === 0) {
  const kb = Math.round(process.memoryUsage.rss() / 1024);
  if (kb > Atomics.load(peak, 0)) Atomics.store(peak, 0, kb);
  Atomics.wait(sleep, 0, 0, 5);
}`;

/** Samples the process's RSS while `run` runs; returns the peak in bytes. */
export async function peakRss(run: () => Promise<unknown>): Promise<number> {
  const shared = new SharedArrayBuffer(8);
  const peak = new Int32Array(shared);
  const worker = new Worker(SAMPLER, { eval: true, workerData: shared });
  await new Promise((resolve) => worker.once('online', resolve));
  try {
    await run();
  } finally {
    Atomics.store(peak, 1, 1);
    await worker.terminate();
  }
  return Math.max(peak[0] * 1024, process.memoryUsage.rss());
}

/** The sidebar's call: the monthly report of the sheet `Orders`, columns detected. */
export function buildReport(host: LocalHost): unknown {
  return host.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'month', metric: 'percent' } });
}

/** The child process: measures (6) and prints its result as the last line of JSON. */
export async function reportChild(): Promise<void> {
  const shop = syntheticShop(1_000_000, 7);
  const host = hostWithOrders(shop);
  let result: ReportResult;
  if (!/\nfunction buildCohortReport\(/.test(readFileSync('dist/Code.js', 'utf8'))) {
    result = { skipped: 'buildCohortReport is not in dist/Code.js yet' };
  } else {
    (globalThis as { gc?: () => void }).gc?.();
    const rssBeforeBytes = process.memoryUsage.rss();
    let timing: Timing | null = null;
    const peakRssBytes = await peakRss(async () => {
      timing = await measure(() => buildReport(host), 5);
    });
    const names = host.spreadsheet.getSheets().map((s) => s.getName()).filter((n) => n !== 'Orders');
    const reportRows = names.length ? host.spreadsheet.getSheetByName(names[0])!.getLastRow() : 0;
    result = { timing: timing!, peakRssBytes, rssBeforeBytes, rows: shop.count, reportRows };
  }
  console.log(JSON.stringify(result));
}
