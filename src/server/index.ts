/**
 * Every global the add-on exposes to Apps Script. build.mjs generates one top-level stub per
 * export below, with the function's own parameter names and JSDoc: export only entry points here
 * (simple triggers, menu actions, trigger handlers, sidebar calls, custom functions).
 */
export { onOpen, onInstall, showHelp, showNotices } from './menu';
export { showSidebar, getSidebarState, previewOrderSheet } from './sidebar';
export { buildCohortReport } from './report';
export { getBigQueryColumns, estimateBigQueryReport, buildBigQueryReport } from './bigquery/report';
export { buildMetrics } from './metrics';
export * from './functions'; // the custom functions (src/server/functions/index.ts lists them)
export { buildCustomerValue } from './clv/build';
export { buildCustomers, exportCustomerList } from './customers';
export { sendWeeklySummary, getEmailSettings, saveEmailSettings, sendTestEmail, previewWeeklyEmail } from './email/weekly';
export { checkAddOn, runSelfCheck } from './selfcheck';
