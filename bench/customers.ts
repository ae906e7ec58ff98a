/**
 * (7) The Customers sheet against the cohort report on the same 1,000,000-row order sheet, both
 * through the built bundle in the local host (issue 15's target: the Customers sheet within 2×
 * the report's time). Both are timed in one host, one after the other, each run after a full
 * collection: a Customers build of 1,000,000 orders leaves about 300 MB promoted, and in the
 * benchmark's process (about 1 GB live: the shop, DuckDB, the retail sheet) whichever run met the
 * next full collection paid about half a second for it (the same build took 820 and 1,300 ms in one
 * run). An Apps Script execution starts without the previous one's garbage; so does each run here.
 */
import { hostWithOrders } from './host';
import { measure, type Timing } from './measure';
import { buildReport } from './report';
import type { Shop } from './shop';

export interface CustomersSheetResult {
  report: Timing;
  customersSheet: Timing;
  customers: number;
  /** customersSheet.median / report.median */
  ratio: number;
}

/**
 * Times `buildCohortReport` and `buildCustomers` on the shop's order sheet.
 * @example (await customersSheetTimings(syntheticShop(1_000_000, 7))).ratio // 1.8
 */
export async function customersSheetTimings(shop: Shop, reps = 3): Promise<CustomersSheetResult> {
  const host = hostWithOrders(shop);
  const report = await measure(() => buildReport(host), reps, { collectEachRun: true });
  let customers = 0;
  const customersSheet = await measure(() => {
    customers = (host.runFromSidebar('buildCustomers', { sheetName: 'Orders', language: 'en' }) as { customers: number }).customers;
  }, reps, { collectEachRun: true });
  return { report, customersSheet, customers, ratio: customersSheet.median / report.median };
}
