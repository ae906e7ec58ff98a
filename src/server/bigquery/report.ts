/**
 * The sidebar's "a BigQuery table" source: the table's columns, the dry run's cost, and the
 * cohort report computed in BigQuery by the query builder (src/core/sql, the core's definitions)
 * and written into the report sheet exactly as the sheet path writes it (src/server/report).
 */
import { dayOfIso } from '../../core/days';
import { bigQuery, cohortSql, cohortTableOfRows, SqlError, type CohortQueryRow, type SqlColumns } from '../../core/sql';
import type { Language } from '../../core/types';
import { t, type MessageKey } from '../../i18n';
import { requestLanguage, spreadsheetLocale, spreadsheetTimeZone } from '../context';
import { UserError } from '../errors';
import type { ReportResult } from '../report';
import { reportGrid } from '../report/layout';
import { checkOptions, cohortOptionsOf, CORE_METRIC, type CheckedOptions } from '../report/options';
import { writeReport } from '../report/write';
import { bytesText, costText, ON_DEMAND_USD_PER_TIB } from './cost';
import { dryRunBytes, runQuery } from './jobs';
import { checkBigQueryRequest } from './request';
import { chosenColumns, resolveSource, type ResolvedSource } from './source';


/** The table's columns as the sidebar offers them, and the columns the report would use. */
export interface BigQueryColumns {
  table: string;
  location: string;
  kind: string;
  fields: { name: string; type: string }[];
  chosen: SqlColumns;
}

/** The dry run's answer: what the query scans and what that costs on demand. */
export interface BigQueryEstimate {
  bytes: number;
  text: string;
}

/**
 * The columns of a BigQuery table (Tables.get), with the ones the report would use.
 * @return {Object} the table's full name, location, kind, its fields and the chosen columns
 */
export function getBigQueryColumns(raw: unknown): BigQueryColumns {
  const request = checkBigQueryRequest(raw);
  const language = requestLanguage(request.language);
  const source = resolveSource(request, language);
  return {
    table: source.fullName,
    location: source.location,
    kind: source.info.type,
    fields: source.info.fields.map(({ name, type }) => ({ name, type })),
    chosen: chosenColumns(source, request.columns ?? {}, language),
  };
}

/**
 * The dry run of the report's query: the bytes it will scan and the on-demand cost, said with where the price comes from.
 * @return {Object} bytes and the sentence the sidebar shows
 */
export function estimateBigQueryReport(raw: unknown): BigQueryEstimate {
  const { source, sql, language } = reportQuery(raw);
  const bytes = dryRunBytes(source.context.project, sql, source.location, source.context, language);
  return { bytes, text: t(language, 'bigquery.estimate', { bytes: bytesText(bytes), cost: costText(bytes), price: ON_DEMAND_USD_PER_TIB.toFixed(2) }) };
}

/**
 * Builds the cohort report from a BigQuery table into the report sheet.
 * @return {Object} the report sheet's name, size, the columns used and the BigQuery job's line
 */
export function buildBigQueryReport(raw: unknown): ReportResult {
  const { source, sql, language, options, columns } = reportQuery(raw);
  const result = runQuery(source.context.project, sql, source.location, source.context, language);
  const table = cohortTableOfRows(result.rows as unknown as CohortQueryRow[], options.period, CORE_METRIC[options.metric]);
  const used = [usedLine(source, columns, language)];
  const health = [t(language, 'bigquery.health', { job: result.jobId, location: result.location, bytes: bytesText(result.bytesProcessed) })];
  if (table.cohorts.length === 0) throw new UserError('report.error.noPurchases', { sheet: source.fullName, detail: health.join(' ') }, language);
  const dataEnd = dayOfIso(String(result.rows[0].dataEnd)) ?? table.cohorts[table.cohorts.length - 1].startDay;
  const grid = reportGrid({
    table,
    options,
    language,
    sourceSheet: source.fullName,
    firstDay: Math.max(table.cohorts[0].startDay, options.from ?? table.cohorts[0].startDay),
    lastDay: dataEnd,
    reading: used.join(' '),
    health: health.join(' '),
  });
  const sheetName = writeReport(grid, language);
  return { sheetName, cohorts: table.cohorts.length, periods: table.periodsCount, used, health };
}

/** The checked request, its table and the cohort query, or a UserError naming what to fix. */
function reportQuery(raw: unknown): { source: ResolvedSource; sql: string; language: Language; options: CheckedOptions; columns: SqlColumns } {
  const request = checkBigQueryRequest(raw);
  const language = requestLanguage(request.language);
  const options = checkOptions(request.options, spreadsheetLocale(), language);
  const source = resolveSource(request, language);
  const columns = chosenColumns(source, request.columns ?? {}, language);
  try {
    const sql = cohortSql(bigQuery, {
      table: source.fullName,
      columns,
      options: { ...cohortOptionsOf(options), timeZone: spreadsheetTimeZone() },
    });
    return { source, sql, language, options, columns };
  } catch (error) {
    if (error instanceof SqlError) {
      const what = t(language, error.params.what === 'table' ? 'sql.what.table' : 'sql.what.column');
      throw new UserError(`sql.error.${error.code}` as MessageKey, { ...error.params, what }, language);
    }
    throw error;
  }
}

function usedLine(source: ResolvedSource, columns: SqlColumns, language: Language): string {
  const type = source.info.fields.find((f) => f.name === columns.date)?.type ?? '';
  const amount = columns.amount !== undefined ? `"${columns.amount}"` : `"${columns.quantity}" × "${columns.price}"`;
  const order = columns.order !== undefined ? `"${columns.order}"` : t(language, 'bigquery.none');
  return t(language, 'bigquery.used', { table: source.fullName, customer: columns.customer, date: columns.date, type, amount, order });
}
