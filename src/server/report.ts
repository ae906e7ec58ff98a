/**
 * The cohort report: reads the order sheet (only the mapped columns, in chunks), computes the
 * cohort table in memory, writes the report sheet in one block, and returns plain data for the
 * sidebar and the runner (including DESIGN.md's cohort JSON).
 */
import { cohortTable, type CohortMetric } from '../core/cohort';
import type { PlatformId } from '../core/read/platforms';
import type { Period, SkipReason } from '../core/types';
import { requestLanguage, spreadsheetLocale, spreadsheetTimeZone } from './context';
import { UserError } from './errors';
import { t } from '../i18n';
import { healthLines } from './health';
import { orderDayRange, readOrderSheet } from './orders';
import { noteLines, readingLines, type ReadingColumns, type ReadingSummary } from './reading';
import { reportGrid } from './report/layout';
import { checkOptions, type ReportMetric, type ReportRequest } from './report/options';
import { saveSettings } from './report/settings';
import { checkReportRequest } from './requests/reportRequest';
import { findReportSheet, writeReport } from './report/write';

/** DESIGN.md's `retention cohort --json` shape with the platform and columns used; `values` is added for the revenue and LTV metrics. */
export interface CohortJson {
  platform: PlatformId | null;
  columns: ReadingColumns;
  currency: string | null;
  period: Period;
  cohorts: { cohort: string; customers: number; active: number[]; values?: number[] }[];
  rows: { read: number; used: number; skipped: Partial<Record<SkipReason, number>> };
}

/** What `buildCohortReport` returns (plain data only: google.script.run refuses Dates). */
export interface ReportResult {
  /** The report sheet's name. */
  sheetName: string;
  cohorts: number;
  periods: number;
  /** The export recognised and the columns used, in the request's language. */
  used: string[];
  /** The data-health lines and the reading notes (dates, currencies, refunds, doubts). */
  health: string[];
  reading: ReadingSummary;
  json: CohortJson;
  /** Milliseconds spent reading, computing and writing. */
  timings: { readMs: number; computeMs: number; writeMs: number };
}

const CORE_METRIC: Record<ReportMetric, CohortMetric> = {
  percent: 'customers',
  counts: 'customers',
  revenue: 'revenue',
  ltv: 'cumulativeRevenuePerCustomer',
};

/**
 * Builds (or rebuilds) the cohort report sheet from the order sheet named in the request, and
 * remembers the request's sheet, column corrections and options for this document.
 * @param {Object} request {sheetName, mapping?, options?, language?} (see report/options.ts)
 * @return {Object} the report's sheet name, size, data health and cohort JSON
 */
export function buildCohortReport(request: ReportRequest): ReportResult {
  request = checkReportRequest(request);
  const language = requestLanguage(request.language);
  const options = checkOptions(request.options, spreadsheetLocale(), language);
  const reportSheet = findReportSheet();
  if (reportSheet && reportSheet.getName() === request.sheetName) {
    throw new UserError('report.error.reportSheet', { sheet: request.sheetName }, language);
  }
  saveSettings({ sheetName: request.sheetName, mapping: request.mapping ?? {}, options: request.options ?? {}, language });

  const started = Date.now();
  const { table, reading } = readOrderSheet({ sheetName: request.sheetName, mapping: request.mapping, currency: options.currency }, language);
  const read = Date.now();
  if (options.metric !== 'percent' && options.metric !== 'counts' && !table.hasAmounts) {
    throw new UserError('report.error.noAmounts', { metric: t(language, `report.metric.${options.metric}`) }, language);
  }
  const cohorts = cohortTable(table, {
    period: options.period,
    weekStart: options.weekStart,
    mode: options.mode,
    metric: CORE_METRIC[options.metric],
    includeRefunds: options.includeRefunds,
    from: options.from,
    to: options.to,
  });
  const used = readingLines(reading, language);
  const health = [...healthLines(table.health, language), ...noteLines(reading, table.health, language, spreadsheetLocale(), spreadsheetTimeZone())];
  if (cohorts.cohorts.length === 0) {
    throw new UserError('report.error.noPurchases', { sheet: request.sheetName, detail: health.join(' ') }, language);
  }
  const { first: firstDay, last: lastDay } = orderDayRange(table);
  const grid = reportGrid({
    table: cohorts,
    options,
    language,
    sourceSheet: request.sheetName,
    firstDay: Math.max(firstDay, options.from ?? firstDay),
    lastDay: Math.min(lastDay, options.to ?? lastDay),
    reading: used.join(' '),
    health: health.join(' '),
  });
  const computed = Date.now();
  const sheetName = writeReport(grid, language);
  const written = Date.now();

  const skipped: CohortJson['rows']['skipped'] = {};
  for (const [reason, entry] of Object.entries(table.health.skipped)) {
    if (entry && entry.count > 0) skipped[reason as SkipReason] = entry.count;
  }
  const withValues = options.metric === 'revenue' || options.metric === 'ltv';
  return {
    sheetName,
    cohorts: cohorts.cohorts.length,
    periods: cohorts.periodsCount,
    used,
    health,
    reading,
    json: {
      platform: reading.platform,
      columns: reading.columns,
      currency: reading.currency,
      period: cohorts.period,
      cohorts: cohorts.cohorts.map((c) => ({
        cohort: c.label,
        customers: c.customers,
        active: c.active,
        ...(withValues ? { values: c.values } : {}),
      })),
      rows: { read: table.health.rowsRead, used: table.health.rowsUsed, skipped },
    },
    timings: { readMs: read - started, computeMs: computed - read, writeMs: written - computed },
  };
}

