/**
 * BigQuery through the Apps Script advanced service: the schema of a table (Tables.get), a dry
 * run's bytes, and a query's rows — Jobs.query with GoogleSQL (`useLegacySql: false`), the
 * location and a timeout, then Jobs.getQueryResults while the job is not complete and for every
 * further page (page tokens), so a large answer arrives whole. Every failure becomes a UserError.
 */
import type { Language } from '../../core/types';
import { UserError } from '../errors';
import { bigQueryError, type ErrorContext } from './errors';
import { rowObjects, type QueryValue, type SchemaField, type TableRow } from './rows';

/** How long one call waits for the job (BigQuery's `timeoutMs`). */
export const CALL_TIMEOUT_MS = 20_000;
/** How long a report waits in all, inside Apps Script's 6-minute execution limit. */
export const QUERY_DEADLINE_MS = 240_000;
/** Rows asked for per page (BigQuery also caps a page at about 10 MB). */
export const PAGE_ROWS = 10_000;

/** A table reference. */
export interface TableRef {
  projectId: string;
  datasetId: string;
  tableId: string;
}

/** A table's columns and where it lives. */
export interface TableInfo {
  fields: SchemaField[];
  location: string;
  type: string;
}

/** A finished query. */
export interface QueryResult {
  rows: Record<string, QueryValue>[];
  jobId: string;
  location: string;
  bytesProcessed: number;
}

type Service = GoogleAppsScript.BigQuery;

/** The scope the BigQuery calls need (the manifest declares it; docs/BIGQUERY.md § Scope). */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';

/**
 * The advanced service, once the user has granted its scope: with granular consent a user may
 * leave the BigQuery scope out at install (Google: "design your script to handle granular OAuth
 * permissions", getAuthorizationInfo / requireScopes), and is then told how to grant it.
 */
function service(language: Language): Service {
  if (typeof BigQuery === 'undefined' || BigQuery === undefined) throw new UserError('bigquery.error.noService', {}, language);
  // getAuthorizationInfo(authMode, oAuthScopes): the two-argument form Google added with granular consent (not yet in @types).
  const authorizationInfo = ScriptApp.getAuthorizationInfo as (mode: GoogleAppsScript.Script.AuthMode, scopes: string[]) => GoogleAppsScript.Script.AuthorizationInfo;
  const info = authorizationInfo.call(ScriptApp, ScriptApp.AuthMode.FULL, [BIGQUERY_SCOPE]);
  if (info.getAuthorizationStatus() === ScriptApp.AuthorizationStatus.REQUIRED) {
    throw new UserError('bigquery.error.scope', { url: info.getAuthorizationUrl() ?? '' }, language);
  }
  return BigQuery;
}

/**
 * The table's schema (top-level fields), location and kind (TABLE, VIEW, …).
 * @example tableInfo({ projectId: 'p', datasetId: 'shop', tableId: 'orders' }, context, 'en').fields[0] // { name: 'email', type: 'STRING' }
 */
export function tableInfo(ref: TableRef, context: ErrorContext, language: Language): TableInfo {
  const bigQuery = service(language);
  try {
    const table = bigQuery.Tables!.get(ref.projectId, ref.datasetId, ref.tableId);
    const fields = (table.schema?.fields ?? []).map((f) => ({ name: String(f.name), type: String(f.type), ...(f.mode ? { mode: String(f.mode) } : {}) }));
    return { fields, location: String(table.location ?? ''), type: String(table.type ?? 'TABLE') };
  } catch (error) {
    throw bigQueryError(error, context, language);
  }
}

/**
 * The bytes a query would process (a dry run: nothing is run or billed).
 * @example dryRunBytes('my-project', 'SELECT 1', 'EU', context, 'en') // 0
 */
export function dryRunBytes(project: string, sql: string, location: string, context: ErrorContext, language: Language): number {
  const bigQuery = service(language);
  try {
    const response = bigQuery.Jobs!.query({ query: sql, useLegacySql: false, dryRun: true, location }, project);
    return Number(response.totalBytesProcessed ?? 0);
  } catch (error) {
    throw bigQueryError(error, context, language);
  }
}

/**
 * Runs a query and reads every page of its result.
 * @example runQuery('my-project', 'SELECT 1 AS x', 'EU', context, 'en').rows // [{ x: 1 }]
 */
export function runQuery(project: string, sql: string, location: string, context: ErrorContext, language: Language, now: () => number = Date.now): QueryResult {
  const bigQuery = service(language);
  const deadline = now() + QUERY_DEADLINE_MS;
  try {
    let response: GoogleAppsScript.BigQuery.Schema.QueryResponse | GoogleAppsScript.BigQuery.Schema.GetQueryResultsResponse = bigQuery.Jobs!.query(
      { query: sql, useLegacySql: false, location, timeoutMs: CALL_TIMEOUT_MS, maxResults: PAGE_ROWS },
      project,
    );
    const jobId = String(response.jobReference?.jobId ?? '');
    const jobLocation = String(response.jobReference?.location ?? location);
    const next = (pageToken?: string) =>
      bigQuery.Jobs!.getQueryResults(project, jobId, { location: jobLocation, timeoutMs: CALL_TIMEOUT_MS, maxResults: PAGE_ROWS, ...(pageToken ? { pageToken } : {}) });
    while (response.jobComplete !== true) {
      if (now() > deadline) throw new UserError('bigquery.error.timeout', { seconds: QUERY_DEADLINE_MS / 1000 }, language);
      response = next();
    }
    const fields = (response.schema?.fields ?? []).map((f) => ({ name: String(f.name), type: String(f.type) }));
    const rows: TableRow[] = [...((response.rows ?? []) as TableRow[])];
    const bytesProcessed = Number(response.totalBytesProcessed ?? 0);
    while (response.pageToken) {
      if (now() > deadline) throw new UserError('bigquery.error.timeout', { seconds: QUERY_DEADLINE_MS / 1000 }, language);
      response = next(response.pageToken);
      for (const row of (response.rows ?? []) as TableRow[]) rows.push(row);
    }
    return { rows: rowObjects(fields, rows), jobId, location: jobLocation, bytesProcessed };
  } catch (error) {
    throw bigQueryError(error, context, language);
  }
}
