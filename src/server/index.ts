/**
 * Every global the add-on exposes to Apps Script. build.mjs generates one top-level stub per
 * export below, with the function's own parameter names and JSDoc: export only entry points here
 * (simple triggers, menu actions, trigger handlers, sidebar calls, custom functions).
 */
export { onOpen, onInstall, showHelp, showNotices } from './menu';
export { showSidebar, getSidebarState, previewOrderSheet } from './sidebar';
export { buildCohortReport } from './report';
export { buildMetrics } from './metrics';
export {
  CRR,
  CHURN,
  CLV,
  AVG_RETENTION_PERIOD,
  REPEAT_PURCHASE_RATE,
  AOV,
  PURCHASE_FREQUENCY,
  AVG_DAYS_BETWEEN_PURCHASES,
  NPS,
  COHORT_TABLE,
  RFM,
  RETENTION_SUMMARY,
  P_ALIVE,
  EXPECTED_PURCHASES,
  PREDICTED_CLV,
  LOYALTY_TIER,
  NEXT_PURCHASE_DATE,
} from './functions';
export { buildCustomerValue } from './clv/build';
export { buildCustomers, exportCustomerList } from './customers';
export { sendWeeklySummary, getEmailSettings, saveEmailSettings, sendTestEmail, previewWeeklyEmail } from './email/weekly';
export { checkAddOn, runSelfCheck } from './selfcheck';
