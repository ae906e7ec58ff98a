/**
 * The shape of a BigQuery request from the sidebar, checked before anything reaches BigQuery.
 */
import type { ReportOptions } from '../report/options';
import { defined, messageLanguage, optionalFields, optionalText, reportOptionFields, requestFields, MAX_OPTION_TEXT } from '../requests/check';

/** Where the orders are: the billing project, the table (`project.dataset.table` or `dataset.table`), its location. */
export interface BigQuerySource {
  project: string;
  table: string;
  /** The dataset's location (`US`, `EU`, `europe-west3`); default: the table's, read with Tables.get. */
  location?: string;
  language?: string;
}

/** The columns chosen by name; what is left out is detected from the table's column names. */
export interface BigQueryColumnChoice {
  customer?: string;
  date?: string;
  amount?: string;
  quantity?: string;
  price?: string;
  order?: string;
}

/** A report (or its estimate) from a BigQuery table. */
export interface BigQueryReportRequest extends BigQuerySource {
  columns?: BigQueryColumnChoice;
  options?: Partial<ReportOptions>;
}

/** Longest project id, table path or column name accepted (BigQuery's own limits are below). */
const MAX_NAME = 1024;
const COLUMN_ROLES = ['customer', 'date', 'amount', 'quantity', 'price', 'order'] as const;

/**
 * A clean copy of a BigQuery request: known fields only, each text of the right length.
 * @example checkBigQueryRequest({ project: 'p', table: 'd.t', junk: 1 }) // { project: 'p', table: 'd.t' }
 */
export function checkBigQueryRequest(raw: unknown): BigQueryReportRequest {
  const language = messageLanguage(raw);
  const fields = requestFields(raw, language);
  const columns = optionalFields(fields.columns, 'columns', language);
  const options = optionalFields(fields.options, 'options', language);
  return defined({
    project: optionalText(fields.project, 'project', MAX_NAME, language) ?? '',
    table: optionalText(fields.table, 'table', MAX_NAME, language) ?? '',
    location: optionalText(fields.location, 'location', MAX_OPTION_TEXT, language),
    language: optionalText(fields.language, 'language', MAX_OPTION_TEXT, language),
    columns: columns
      ? defined(Object.fromEntries(COLUMN_ROLES.map((role) => [role, optionalText(columns[role], `columns.${role}`, MAX_NAME, language)])) as BigQueryColumnChoice)
      : undefined,
    options: options ? (reportOptionFields(options, language) as Partial<ReportOptions>) : undefined,
  });
}
