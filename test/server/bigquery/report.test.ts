/**
 * The BigQuery source through the local host running the built add-on, with the BigQuery stand-in
 * answering as BigQuery's REST API does: paging and polling, type conversion, the report sheet,
 * the dry run's cost, and every error as a plain message.
 */
import { describe, expect, it } from 'vitest';
import { LocalHost, type Recorded } from '../../../src/local/host/index';
import { buildOnce, distFile } from '../../helpers/build';
import { sheetValues, shopHost } from '../report/helpers';

const TABLE = {
  kind: 'bigquery#table',
  type: 'TABLE',
  location: 'EU',
  schema: {
    fields: [
      { name: 'email', type: 'STRING', mode: 'NULLABLE' },
      { name: 'created_at', type: 'TIMESTAMP', mode: 'NULLABLE' },
      { name: 'total', type: 'NUMERIC', mode: 'NULLABLE' },
      { name: 'order_id', type: 'STRING', mode: 'NULLABLE' },
    ],
  },
};

/** The cohort query's result schema as BigQuery reports it. */
const RESULT_SCHEMA = {
  fields: [
    { name: 'cohort', type: 'STRING', mode: 'NULLABLE' },
    { name: 'period', type: 'INTEGER', mode: 'NULLABLE' },
    { name: 'customers', type: 'INTEGER', mode: 'NULLABLE' },
    { name: 'active', type: 'INTEGER', mode: 'NULLABLE' },
    { name: 'dataEnd', type: 'STRING', mode: 'NULLABLE' },
  ],
};

/**
 * The rows of the report test shop (test/server/report/helpers.ts SHOP): January cohort a, b →
 * active 2, 1, 1; February cohort c → 1, 0; data ends 2024-03-15. Values as REST strings.
 */
const row = (...values: (string | null)[]) => ({ f: values.map((v) => ({ v })) });
const ROWS = [
  row('2024-01', '0', '2', '2', '2024-03-15'),
  row('2024-01', '1', '2', '1', '2024-03-15'),
  row('2024-01', '2', '2', '1', '2024-03-15'),
  row('2024-02', '0', '1', '1', '2024-03-15'),
  row('2024-02', '1', '1', '0', '2024-03-15'),
];
const JOB = { projectId: 'my-shop-123', jobId: 'job_abc', location: 'EU' };

async function bigQueryHost(options: { scopes?: string[]; advancedServices?: string[]; now?: () => Date } = {}): Promise<LocalHost> {
  await buildOnce();
  const host = new LocalHost({ timeZone: 'Europe/Warsaw', locale: 'en_GB', distDir: distFile(''), spreadsheetName: 'Shop', ...options }).load();
  host.bigQuery.addTable('my-shop-123', 'sales', 'orders', TABLE);
  return host;
}

const REQUEST = { project: 'my-shop-123', table: 'sales.orders', options: { period: 'month', metric: 'percent' } };
const build = (host: LocalHost, request: Record<string, unknown> = {}) => host.runFromSidebar('buildBigQueryReport', { ...REQUEST, ...request }) as Record<string, unknown>;

/** An error body as BigQuery's REST API sends it. */
const restError = (code: number, reason: string, message: string): Recorded => ({ error: { code, message, status: code === 404 ? 'NOT_FOUND' : 'PERMISSION_DENIED', errors: [{ reason, message, domain: 'global' }] } });

describe('the BigQuery source: columns and cost', () => {
  it('offers the table schema columns and finds the roles by their names', async () => {
    const host = await bigQueryHost();
    const result = host.runFromSidebar('getBigQueryColumns', { project: 'my-shop-123', table: 'sales.orders' }) as Record<string, unknown>;
    expect(result).toEqual({
      table: 'my-shop-123.sales.orders',
      location: 'EU',
      kind: 'TABLE',
      fields: TABLE.schema.fields.map(({ name, type }) => ({ name, type })),
      chosen: { customer: 'email', date: 'created_at', dateKind: 'timestamp', amount: 'total', order: 'order_id' },
    });
    expect(host.bigQuery.calls).toEqual([{ method: 'Tables.get', args: ['my-shop-123', 'sales', 'orders'] }]);
  });

  it('dry-runs the query and says what it costs, where the price comes from and that it may change', async () => {
    const host = await bigQueryHost();
    // 3 GiB = 3 × 2^30 bytes → 3/1024 TiB × US$6.25 = US$0.0183… → US$0.02.
    host.bigQuery.onQuery({ contains: "DATE(`created_at`, 'Europe/Warsaw')", dryRun: { kind: 'bigquery#queryResponse', jobComplete: true, totalBytesProcessed: String(3 * 2 ** 30), jobReference: { projectId: 'my-shop-123', location: 'EU' } } });
    const estimate = host.runFromSidebar('estimateBigQueryReport', REQUEST) as { bytes: number; text: string };
    expect(estimate.bytes).toBe(3 * 2 ** 30);
    expect(estimate.text).toBe(
      'The query will scan 3.0 GiB: about US$0.02 at BigQuery’s on-demand price of US$6.25 per TiB (Google’s list price for the US multi-region; the first TiB each month is free). Prices differ by region and may change: see cloud.google.com/bigquery/pricing.',
    );
    const query = host.bigQuery.calls.find((c) => c.method === 'Jobs.query')!.args;
    expect(query[1]).toBe('my-shop-123');
    expect(query[0]).toMatchObject({ useLegacySql: false, dryRun: true, location: 'EU' });
  });
});

describe('the BigQuery source: the report', () => {
  it('polls while the job runs, reads every page and writes the same report sheet as the sheet path', async () => {
    const host = await bigQueryHost();
    host.bigQuery.onQuery({
      contains: '`my-shop-123.sales.orders`',
      query: { kind: 'bigquery#queryResponse', jobReference: JOB, jobComplete: false },
      results: [
        { kind: 'bigquery#getQueryResultsResponse', jobReference: JOB, jobComplete: false },
        { kind: 'bigquery#getQueryResultsResponse', jobReference: JOB, jobComplete: true, schema: RESULT_SCHEMA, totalRows: '5', totalBytesProcessed: '52428800', rows: ROWS.slice(0, 2), pageToken: 'page-2' },
        { kind: 'bigquery#getQueryResultsResponse', jobReference: JOB, jobComplete: true, schema: RESULT_SCHEMA, totalRows: '5', rows: ROWS.slice(2, 4), pageToken: 'page-3' },
        { kind: 'bigquery#getQueryResultsResponse', jobReference: JOB, jobComplete: true, schema: RESULT_SCHEMA, totalRows: '5', rows: ROWS.slice(4) },
      ],
    });
    const result = build(host);
    expect(result).toMatchObject({ sheetName: 'Cohort report', cohorts: 2, periods: 3 });
    expect(result.used).toEqual(['BigQuery table my-shop-123.sales.orders: customer "email"; date "created_at" (TIMESTAMP); amount "total"; order "order_id".']);
    // 52,428,800 bytes = 50 MiB.
    expect(result.health).toEqual(['Computed in BigQuery (job job_abc, location EU): 50.0 MiB processed.']);

    const calls = host.bigQuery.calls.filter((c) => c.method !== 'Tables.get');
    expect(calls[0].args[0]).toMatchObject({ useLegacySql: false, location: 'EU', timeoutMs: 20000, maxResults: 10000 });
    expect(calls.slice(1).map((c) => [c.method, c.args[1], (c.args[2] as Record<string, unknown>).pageToken, (c.args[2] as Record<string, unknown>).location])).toEqual([
      ['Jobs.getQueryResults', 'job_abc', undefined, 'EU'],
      ['Jobs.getQueryResults', 'job_abc', undefined, 'EU'],
      ['Jobs.getQueryResults', 'job_abc', 'page-2', 'EU'],
      ['Jobs.getQueryResults', 'job_abc', 'page-3', 'EU'],
    ]);

    // The sheet path on the same shop: the same table, weighted average and layout below the header lines.
    const sheetHost = await shopHost();
    sheetHost.runFromSidebar('buildCohortReport', { sheetName: 'Orders', options: { period: 'month', metric: 'percent' } });
    const fromSheet = sheetValues(sheetHost, 'Cohort report');
    const fromBigQuery = sheetValues(host, 'Cohort report');
    expect(fromBigQuery[0][0]).toBe('Cohort report of "my-shop-123.sales.orders", 2024-01-01 – 2024-03-15');
    expect(fromBigQuery.slice(3)).toEqual(fromSheet.slice(3));
  });

  it('converts the REST strings by type: a FLOAT64 revenue in exponent form lands as a number', async () => {
    const host = await bigQueryHost();
    const schema = { fields: [...RESULT_SCHEMA.fields, { name: 'value', type: 'FLOAT', mode: 'NULLABLE' }] };
    // January cohort: 25 in January ("2.5E1"), 15 in February, −10 in March; one period shown per row below.
    host.bigQuery.onQuery({
      query: {
        jobReference: JOB,
        jobComplete: true,
        schema,
        totalBytesProcessed: '0',
        rows: [row('2024-01', '0', '2', '2', '2024-03-15', '2.5E1'), row('2024-01', '1', '2', '1', '2024-03-15', '15'), row('2024-01', '2', '2', '1', '2024-03-15', '-1.0E1')],
      },
    });
    build(host, { options: { period: 'month', metric: 'revenue' } });
    const v = sheetValues(host, 'Cohort report');
    const januaryRow = v.find((r) => r[0] === 'Jan 2024')!;
    expect(januaryRow.slice(0, 5)).toEqual(['Jan 2024', 2, 25, 15, -10]);
  });
});

describe('the BigQuery source: errors in plain words', () => {
  const cases: [string, Recorded, string][] = [
    [
      'no access (403 accessDenied)',
      restError(403, 'accessDenied', 'Access Denied: Project my-shop-123: User does not have bigquery.jobs.create permission in project my-shop-123.'),
      'BigQuery refused access to my-shop-123.sales.orders for the billing project my-shop-123. Ask the project’s owner for the roles BigQuery Job User on the project and BigQuery Data Viewer on the table, or choose a project you can use.',
    ],
    [
      'billing not enabled (403 billingNotEnabled)',
      restError(403, 'billingNotEnabled', 'Billing has not been enabled for this project. Enable billing at https://console.cloud.google.com/billing.'),
      'The project my-shop-123 has no billing enabled, so BigQuery runs no queries for it. Enable billing for it in the Google Cloud console (Billing), or choose another billing project.',
    ],
    [
      'quota (429 rateLimitExceeded)',
      restError(429, 'rateLimitExceeded', 'Exceeded rate limits: too many api requests per user per method for this user_method.'),
      'BigQuery’s quota or rate limit for the project my-shop-123 is used up for now. Wait a few minutes and try again; the quotas are in the Google Cloud console (IAM & Admin › Quotas).',
    ],
    [
      'quota (403 quotaExceeded)',
      restError(403, 'quotaExceeded', 'Quota exceeded: Your project exceeded quota for free query bytes scanned.'),
      'BigQuery’s quota or rate limit for the project my-shop-123 is used up for now. Wait a few minutes and try again; the quotas are in the Google Cloud console (IAM & Admin › Quotas).',
    ],
    ['another error, said as BigQuery says it', restError(400, 'invalidQuery', 'Resources exceeded during query execution.'), 'BigQuery could not run the query: Resources exceeded during query execution.'],
  ];
  for (const [name, answer, message] of cases) {
    it(`says ${name}`, async () => {
      const host = await bigQueryHost();
      host.bigQuery.onQuery({ query: answer });
      expect(() => build(host)).toThrow(message);
    });
  }

  it('says a missing table (404 notFound from Tables.get)', async () => {
    const host = await bigQueryHost();
    host.bigQuery.addTable('my-shop-123', 'sales', 'gone', restError(404, 'notFound', 'Not found: Table my-shop-123:sales.gone'));
    expect(() => build(host, { table: 'sales.gone' })).toThrow(
      'BigQuery has no table or view my-shop-123.sales.gone that this project can see. Check its name (project.dataset.table) and its location.',
    );
  });

  it('says it in the user language (Polish)', async () => {
    const host = await bigQueryHost();
    host.bigQuery.onQuery({ query: restError(403, 'billingNotEnabled', 'Billing has not been enabled for this project.') });
    expect(() => build(host, { language: 'pl' })).toThrow('Projekt my-shop-123 nie ma włączonych płatności');
  });

  it('stops waiting after its deadline and says the job keeps running', async () => {
    // Each reading of the clock moves it 100 s on: the 240 s deadline passes after a few polls.
    let now = Date.UTC(2024, 5, 1);
    const host = await bigQueryHost({ now: () => new Date((now += 100_000)) });
    const running = { jobReference: JOB, jobComplete: false };
    host.bigQuery.onQuery({ query: running, results: Array.from({ length: 10 }, () => running) });
    expect(() => build(host)).toThrow('The BigQuery query did not finish within 240 seconds.');
  });

  it('refuses column types the definitions cannot use, naming the column', async () => {
    const host = await bigQueryHost();
    host.bigQuery.addTable('my-shop-123', 'sales', 'texts', { ...TABLE, schema: { fields: [{ name: 'email', type: 'STRING' }, { name: 'created_at', type: 'STRING' }, { name: 'total', type: 'NUMERIC' }] } });
    expect(() => build(host, { table: 'sales.texts' })).toThrow('The date column "created_at" is STRING; it must be TIMESTAMP, DATETIME or DATE.');
    expect(() => build(host, { columns: { amount: 'email' } })).toThrow('The column "email" is STRING, not a number');
    expect(() => build(host, { columns: { customer: 'nobody' } })).toThrow('my-shop-123.sales.orders has no column "nobody". Its columns are: email, created_at, total, order_id.');
    expect(() => build(host, { table: 'orders' })).toThrow('Write the table as project.dataset.table or dataset.table (not "orders").');
  });

  it('asks for the BigQuery scope when the user left it out at the granular consent screen', async () => {
    const host = await bigQueryHost();
    host.scriptApp.grantedScopes = new Set(['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui']);
    expect(() => build(host)).toThrow(
      'You have not allowed the add-on to use BigQuery (“View and manage your data in Google BigQuery”). Allow it here, then try again: https://script.google.com/local/authorize',
    );
    expect(host.bigQuery.calls).toEqual([]);
  });

  it('without the BigQuery scope the host refuses the call as Apps Script does; without the advanced service the add-on says so', async () => {
    const scopes = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui'];
    const noScope = await bigQueryHost({ scopes });
    expect(() => build(noScope)).toThrow('You do not have permission to call BigQuery.Tables.get. Required permissions: (https://www.googleapis.com/auth/bigquery || https://www.googleapis.com/auth/cloud-platform)');
    const noService = await bigQueryHost({ advancedServices: [] });
    expect(() => build(noService)).toThrow('The BigQuery service is not turned on for this add-on');
  });
});
