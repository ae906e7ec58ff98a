/**
 * The retention metrics of one period for a whole order sheet, read the way every other output
 * reads it (the export recognised, statuses, refunds, currencies: src/server/orders.ts), computed
 * by the core's one definition of each metric (`metricsSummary`). `retention metrics` calls it.
 */
import { metricsSummary, type MetricsSummary } from '../core/metrics';
import type { ColumnMapping } from '../core/read/columns';
import type { PlatformId } from '../core/read/platforms';
import { dayOfIso } from '../core/days';
import type { SkipReason } from '../core/types';
import { requestLanguage, spreadsheetLocale, spreadsheetTimeZone } from './context';
import { UserError } from './errors';
import { healthLines } from './health';
import { readOrderSheet } from './orders';
import { noteLines, readingLines, type ReadingColumns } from './reading';
import { checkMetricsRequest } from './requests/metricsRequest';

/** A `buildMetrics` call: the sheet, column corrections, the period (ISO days, both included). */
export interface MetricsRequest {
  sheetName: string;
  mapping?: Partial<ColumnMapping>;
  from: string;
  to: string;
  includeRefunds?: boolean;
  currency?: string;
  language?: string;
}

/** docs/RUNNER.md's `retention metrics --json` shape, with the platform and the columns used first. */
export type MetricsJson = { platform: PlatformId | null; columns: ReadingColumns; currency: string | null } & Omit<MetricsSummary, 'problems'> & {
    rows: { read: number; used: number; skipped: Partial<Record<SkipReason, number>> };
  };

export interface MetricsResult {
  json: MetricsJson;
  /** Why some values are null: the core's codes, and `no_amounts` for a sheet without amounts. */
  problems: string[];
  used: string[];
  health: string[];
}

/**
 * The metrics of the period [from, to] of the order sheet.
 * @param {Object} request {sheetName, mapping?, from, to, includeRefunds?, currency?, language?}
 * @return {Object} the metrics JSON, the columns used and the data health
 */
export function buildMetrics(request: MetricsRequest): MetricsResult {
  request = checkMetricsRequest(request);
  const language = requestLanguage(request?.language);
  const from = dayOfIso(String(request?.from ?? ''));
  const to = dayOfIso(String(request?.to ?? ''));
  if (from === null) throw new UserError('report.error.badDate', { value: String(request?.from ?? ''), field: 'from' }, language);
  if (to === null) throw new UserError('report.error.badDate', { value: String(request?.to ?? ''), field: 'to' }, language);
  if (from > to) throw new UserError('report.error.rangeReversed', { from: request.from, to: request.to }, language);
  const { table, reading } = readOrderSheet({ sheetName: request.sheetName, mapping: request.mapping, currency: request.currency }, language);
  const summary = metricsSummary(table, { from, to, includeRefunds: request.includeRefunds === true });
  const { problems: codes, ...values } = summary;
  const problems: string[] = [...codes];
  if (!table.hasAmounts) {
    values.clv = null;
    values.aov = null;
    problems.push('no_amounts');
  }
  const skipped: Partial<Record<SkipReason, number>> = {};
  for (const [reason, entry] of Object.entries(table.health.skipped)) {
    if (entry && entry.count > 0) skipped[reason as SkipReason] = entry.count;
  }
  return {
    json: {
      platform: reading.platform,
      columns: reading.columns,
      currency: reading.currency,
      ...values,
      rows: { read: table.health.rowsRead, used: table.health.rowsUsed, skipped },
    },
    problems,
    used: readingLines(reading, language),
    health: [...healthLines(table.health, language), ...noteLines(reading, table.health, language, spreadsheetLocale(), spreadsheetTimeZone())],
  };
}
