/**
 * The BigQuery advanced service (`BigQuery.Jobs.query`, `BigQuery.Jobs.getQueryResults`,
 * `BigQuery.Tables.get`) answering with recorded REST-shaped responses: what BigQuery's REST API
 * returns (schema, `rows[].f[].v` strings, `pageToken`, `jobComplete: false`, error bodies).
 * Strict like Apps Script: the global exists only when the manifest enables the service, every
 * call needs the BigQuery scope, arguments come in Apps Script's order, unknown request fields,
 * legacy SQL, another job's id, the wrong location or page token are refused, and an error body
 * is thrown as Apps Script throws it: "API call to bigquery.<method> failed with error: <message>",
 * with the body's `code`, `message` and `errors` in `details`.
 */
import type { Runtime } from './runtime';

/** A REST error body, as BigQuery sends it. */
export interface RestError {
  error: { code: number; message: string; status?: string; errors?: { reason: string; message: string; domain?: string }[] };
}

/** A recorded answer: the REST resource, or an error body. */
export type Recorded = Record<string, unknown> | RestError;

/** One recorded query job. */
export interface RecordedQuery {
  /** Text the query must contain, so a test knows the right query ran. */
  contains?: string;
  /** Jobs.query's answer to the dry run. */
  dryRun?: Recorded;
  /** Jobs.query's answer: jobReference, jobComplete, schema, rows, pageToken, totalBytesProcessed. */
  query?: Recorded;
  /** getQueryResults' answers, served in order. */
  results?: Recorded[];
}

/** A call the script made, for tests to look at. */
export interface BigQueryCall {
  method: 'Jobs.query' | 'Jobs.getQueryResults' | 'Tables.get';
  args: unknown[];
}

const QUERY_FIELDS = new Set([
  'kind', 'query', 'maxResults', 'defaultDataset', 'timeoutMs', 'dryRun', 'useQueryCache', 'useLegacySql', 'parameterMode',
  'queryParameters', 'location', 'labels', 'maximumBytesBilled', 'requestId', 'createSession', 'jobCreationMode',
]);
const RESULT_OPTIONS = new Set(['location', 'pageToken', 'maxResults', 'startIndex', 'timeoutMs', 'formatOptions']);

const isError = (r: Recorded): r is RestError => typeof (r as RestError).error === 'object';

/** The stand-in: record tables and query jobs on it, then let the script call it. */
export class BigQueryStandIn {
  readonly calls: BigQueryCall[] = [];
  private readonly tables = new Map<string, Recorded>();
  private readonly queries: RecordedQuery[] = [];
  private job: { id: string; location: string; results: Recorded[]; pageToken: string | null } | null = null;

  constructor(private readonly rt: Runtime) {}

  /** Tables.get's answer for one table (a REST Table: schema.fields, location, type), or an error body. */
  addTable(projectId: string, datasetId: string, tableId: string, answer: Recorded): this {
    this.tables.set(`${projectId}:${datasetId}.${tableId}`, answer);
    return this;
  }

  /** The next query job's recorded answers (jobs are served in the order they were recorded). */
  onQuery(recording: RecordedQuery): this {
    this.queries.push(recording);
    return this;
  }

  /** The `BigQuery` global the script sees. */
  service(): Record<string, unknown> {
    return {
      Jobs: {
        query: (resource: unknown, projectId: unknown) => this.query(resource, projectId),
        getQueryResults: (projectId: unknown, jobId: unknown, options?: unknown) => this.getQueryResults(projectId, jobId, options),
      },
      Tables: { get: (projectId: unknown, datasetId: unknown, tableId: unknown) => this.getTable(projectId, datasetId, tableId) },
    };
  }

  private check(method: BigQueryCall['method'], args: unknown[]): void {
    this.rt.check(`BigQuery.${method}`, 'bigquery');
    this.calls.push({ method, args: JSON.parse(JSON.stringify(args)) });
  }

  private text(value: unknown, name: string): string {
    if (typeof value !== 'string' || value === '') throw this.rt.error(`Invalid argument: ${name}`);
    return value;
  }

  /** Throws an error body as Apps Script does, or hands the resource over in the script's realm. */
  private answer(method: string, recorded: Recorded): unknown {
    if (isError(recorded)) {
      const error = this.rt.error(`API call to bigquery.${method} failed with error: ${recorded.error.message}`) as Error & { details?: unknown };
      error.details = this.rt.realm.copyIn({ code: recorded.error.code, message: recorded.error.message, errors: recorded.error.errors ?? [] });
      throw error;
    }
    return this.rt.realm.copyIn(JSON.parse(JSON.stringify(recorded)));
  }

  private fail(method: string, code: number, reason: string, message: string): never {
    throw this.answer(method, { error: { code, message, errors: [{ reason, message }] } }) as never;
  }

  private getTable(projectId: unknown, datasetId: unknown, tableId: unknown): unknown {
    this.check('Tables.get', [projectId, datasetId, tableId]);
    const key = `${this.text(projectId, 'projectId')}:${this.text(datasetId, 'datasetId')}.${this.text(tableId, 'tableId')}`;
    const recorded = this.tables.get(key);
    if (recorded === undefined) this.fail('tables.get', 404, 'notFound', `Not found: Table ${key}`);
    return this.answer('tables.get', recorded);
  }

  private query(resource: unknown, projectId: unknown): unknown {
    this.check('Jobs.query', [resource, projectId]);
    if (typeof resource !== 'object' || resource === null || Array.isArray(resource)) throw this.rt.error('Invalid argument: resource');
    this.text(projectId, 'projectId');
    const request = resource as Record<string, unknown>;
    for (const key of Object.keys(request)) {
      if (!QUERY_FIELDS.has(key)) this.fail('jobs.query', 400, 'invalid', `Invalid JSON payload received. Unknown name "${key}" at 'query_request': Cannot find field.`);
    }
    const sql = this.text(request.query, 'query');
    if (request.useLegacySql !== false) {
      this.fail('jobs.query', 400, 'invalidQuery', 'Legacy SQL does not read this query [Try using standard SQL (https://cloud.google.com/bigquery/docs/reference/standard-sql/enabling-standard-sql)].');
    }
    const dryRun = request.dryRun === true;
    const index = this.queries.findIndex((q) => (dryRun ? q.dryRun : q.query) !== undefined);
    if (index < 0) throw new Error(`BigQuery stand-in: no recorded ${dryRun ? 'dry run' : 'query'} left for: ${sql.slice(0, 200)}`);
    const recording = this.queries[index];
    if (recording.contains !== undefined && !sql.includes(recording.contains)) {
      throw new Error(`BigQuery stand-in: the query does not contain "${recording.contains}": ${sql.slice(0, 300)}`);
    }
    if (dryRun) {
      const answer = recording.dryRun!;
      recording.dryRun = undefined;
      if (recording.query === undefined) this.queries.splice(index, 1);
      return this.answer('jobs.query', answer);
    }
    this.queries.splice(index, 1);
    const answer = recording.query!;
    if (!isError(answer)) {
      const reference = (answer.jobReference ?? {}) as Record<string, unknown>;
      this.job = {
        id: String(reference.jobId),
        location: String(reference.location ?? request.location ?? ''),
        results: [...(recording.results ?? [])],
        pageToken: typeof answer.pageToken === 'string' ? answer.pageToken : null,
      };
    }
    return this.answer('jobs.query', answer);
  }

  private getQueryResults(projectId: unknown, jobId: unknown, options?: unknown): unknown {
    this.check('Jobs.getQueryResults', [projectId, jobId, options]);
    const project = this.text(projectId, 'projectId');
    const id = this.text(jobId, 'jobId');
    const args = (options ?? {}) as Record<string, unknown>;
    for (const key of Object.keys(args)) if (!RESULT_OPTIONS.has(key)) throw this.rt.error(`Invalid argument: ${key}`);
    const job = this.job;
    if (job === null || job.id !== id) this.fail('jobs.getQueryResults', 404, 'notFound', `Not found: Job ${project}:${id}`);
    if (job.location !== '' && String(args.location ?? '').toUpperCase() !== job.location.toUpperCase()) {
      this.fail('jobs.getQueryResults', 404, 'notFound', `Not found: Job ${project}:${id} (location ${String(args.location ?? 'none')})`);
    }
    if ((args.pageToken ?? null) !== job.pageToken && args.pageToken !== undefined) {
      this.fail('jobs.getQueryResults', 400, 'invalid', `Invalid page token: ${String(args.pageToken)}`);
    }
    const next = job.results.shift();
    if (next === undefined) throw new Error(`BigQuery stand-in: no recorded getQueryResults answer left for job ${id}`);
    if (!isError(next)) job.pageToken = typeof next.pageToken === 'string' ? next.pageToken : null;
    return this.answer('jobs.getQueryResults', next);
  }
}
