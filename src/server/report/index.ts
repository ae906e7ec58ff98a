/**
 * The cohort report: reads the order sheet (only the mapped columns, in chunks), computes the
 * cohort table in memory, writes the report sheet in one block, and returns plain data: for the
 * sidebar only what it shows; for the runner (`withJson`) also the cohort JSON of docs/RUNNER.md and timings.
 */
import { cohortTable } from '../../core/cohort';
import type { PlatformId } from '../../core/read/platforms';
import type { Language, OrderTable, Period, SkipReason } from '../../core/types';
import { requestLanguage, spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import { t } from '../../i18n';
import { healthLines } from '../health';
import { orderDayRange, readOrderSheet } from '../orders';
import { noteLines, readingLines, type ReadingColumns, type ReadingSummary } from '../reading';
import { reportGrid } from './layout';
import { checkOptions, cohortOptionsOf, type CheckedOptions, type ReportRequest } from './options';
import { saveSettings } from './settings';
import { findReportSheet, tooLargeError, writeReport } from './write';
import { checkFits } from '../sheetSize';
import { periodIndex } from '../../core/periods';
import { checkReportRequest } from '../requests/reportRequest';

/** docs/RUNNER.md's `retention cohort --json` shape with the platform and columns used; `values` is added for the revenue and LTV metrics. */
export interface CohortJson {
  platform: PlatformId | null;
  columns: ReadingColumns;
  currency: string | null;
  period: Period;
  cohorts: { cohort: string; customers: number; active: number[]; values?: number[] }[];
  rows: { read: number; used: number; skipped: Partial<Record<SkipReason, number>> };
}

/**
 * What `buildCohortReport` returns to the sidebar (plain data only: google.script.run refuses
 * Dates): what its panel shows, a few hundred bytes however big the report.
 */
export interface ReportResult {
  /** The report sheet's name. */
  sheetName: string;
  cohorts: number;
  periods: number;
  /** The export recognised and the columns used, in the request's language. */
  used: string[];
  /** The data-health lines and the reading notes (dates, currencies, refunds, doubts). */
  health: string[];
}

/** What the runner (`retention cohort`, the demo) gets with `withJson: true`. */
export interface RunnerReportResult extends ReportResult {
  reading: ReadingSummary;
  json: CohortJson;
  /** Milliseconds spent reading, computing and writing. */
  timings: { readMs: number; computeMs: number; writeMs: number };
}

/** A build request; `withJson` (the runner's) adds the cohort JSON and the timings to the result. */
export type BuildRequest = ReportRequest & { withJson?: boolean };

/**
 * Refuses, before any table is computed, a report that cannot fit the spreadsheet: cohorts ×
 * periods of the orders' date range (at most one cohort per period and per customer), against
 * Sheets' cell and column limits. A typo year or a daily report over decades stops here in plain words.
 */
function checkReportFits(table: OrderTable, options: CheckedOptions, language: Language): void {
  const { first, last } = orderDayRange(table);
  if (!(first <= last)) return;
  const from = Math.max(first, options.from ?? first);
  const to = Math.min(last, options.to ?? last);
  if (from > to) return;
  const periods = periodIndex(to, options.period, options.weekStart) - periodIndex(from, options.period, options.weekStart) + 1;
  const cohorts = Math.min(periods, table.customerIds.length);
  const size = { rows: cohorts + periods + REPORT_ROWS_AROUND, columns: periods + 2 }; // the chart lists up to every period
  checkFits(size, findReportSheet(), (cells, used) => tooLargeError(cells, used, language));
}

/** Rows of the report besides the cohort rows: header lines, average, chart header. */
const REPORT_ROWS_AROUND = 9;

/**
 * Builds (or rebuilds) the cohort report sheet from the order sheet named in the request, and
 * remembers the request's sheet, column corrections and options for this document.
 * @param {Object} request {sheetName, mapping?, options?, language?} (see report/options.ts); the runner adds withJson: true
 * @return {Object} the report's sheet name, size and data health (with withJson also the cohort JSON and timings)
 */
export function buildCohortReport(request: BuildRequest): ReportResult | RunnerReportResult {
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
  checkReportFits(table, options, language);
  const cohorts = cohortTable(table, cohortOptionsOf(options));
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

  const result: ReportResult = { sheetName, cohorts: cohorts.cohorts.length, periods: cohorts.periodsCount, used, health };
  if (request.withJson !== true) return result;

  const skipped: CohortJson['rows']['skipped'] = {};
  for (const [reason, entry] of Object.entries(table.health.skipped)) {
    if (entry && entry.count > 0) skipped[reason as SkipReason] = entry.count;
  }
  const withValues = options.metric === 'revenue' || options.metric === 'ltv';
  return {
    ...result,
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
