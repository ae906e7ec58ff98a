/**
 * (7) The Customers sheet against the cohort report on the same 1,000,000-row order sheet, both
 * through the built bundle in the local host (issue 15's target: the Customers sheet within 2×
 * the report's time). Both are timed in one host, alternately measured, so load affects both.
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
  const report = await measure(() => buildReport(host), reps);
  let customers = 0;
  const customersSheet = await measure(() => {
    customers = (host.runFromSidebar('buildCustomers', { sheetName: 'Orders', language: 'en' }) as { customers: number }).customers;
  }, reps);
  return { report, customersSheet, customers, ratio: customersSheet.median / report.median };
}
