import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `src` with the BigQuery service enabled and its scope declared. */
function evalHost(options: { advancedServices?: string[] } = {}) {
  const host = new LocalHost({ scopes: ['https://www.googleapis.com/auth/bigquery'], advancedServices: ['BigQuery'], ...options });
  return host.load('function f(src) { try { return eval(src); } catch (e) { return { message: e.message, details: e.details || null, isError: e instanceof Error }; } }');
}
const JOB = { projectId: 'p-123', jobId: 'j1', location: 'EU' };

describe('the BigQuery stand-in', () => {
  test('exists only when the manifest enables the advanced service', () => {
    expect(evalHost({ advancedServices: [] }).run('f', 'typeof BigQuery')).toBe('undefined');
    expect(evalHost().run('f', 'typeof BigQuery.Jobs.query')).toBe('function');
  });

  test('throws an error body as Apps Script does: the message after "API call to … failed with error:", the body in details', () => {
    const host = evalHost();
    host.bigQuery.onQuery({ query: { error: { code: 403, message: 'Access Denied: Project p-123', errors: [{ reason: 'accessDenied', message: 'Access Denied: Project p-123' }] } } });
    expect(host.run('f', "BigQuery.Jobs.query({ query: 'SELECT 1', useLegacySql: false }, 'p-123')")).toEqual({
      message: 'API call to bigquery.jobs.query failed with error: Access Denied: Project p-123',
      details: { code: 403, message: 'Access Denied: Project p-123', errors: [{ reason: 'accessDenied', message: 'Access Denied: Project p-123' }] },
      isError: true,
    });
  });

  test('refuses legacy SQL (the default when useLegacySql is left out) and unknown request fields', () => {
    const host = evalHost();
    expect((host.run('f', "BigQuery.Jobs.query({ query: 'SELECT 1' }, 'p-123')") as { message: string }).message).toContain('Try using standard SQL');
    expect((host.run('f', "BigQuery.Jobs.query({ query: 'SELECT 1', useLegacySql: false, sql: 'x' }, 'p-123')") as { message: string }).message).toContain('Unknown name "sql"');
    expect((host.run('f', "BigQuery.Jobs.query('p-123', { query: 'SELECT 1' })") as { message: string }).message).toBe('Invalid argument: resource');
  });

  test('serves getQueryResults in order, for its job, location and page token only', () => {
    const host = evalHost();
    host.bigQuery.onQuery({
      query: { jobReference: JOB, jobComplete: true, rows: [{ f: [{ v: '1' }] }], pageToken: 't2' },
      results: [{ jobReference: JOB, jobComplete: true, rows: [{ f: [{ v: '2' }] }] }],
    });
    expect(host.run('f', "BigQuery.Jobs.query({ query: 'SELECT 1', useLegacySql: false, location: 'EU' }, 'p-123').pageToken")).toBe('t2');
    expect((host.run('f', "BigQuery.Jobs.getQueryResults('p-123', 'other', { location: 'EU', pageToken: 't2' })") as { message: string }).message).toContain('Not found: Job p-123:other');
    expect((host.run('f', "BigQuery.Jobs.getQueryResults('p-123', 'j1', { location: 'US', pageToken: 't2' })") as { message: string }).message).toContain('Not found: Job p-123:j1');
    expect((host.run('f', "BigQuery.Jobs.getQueryResults('p-123', 'j1', { location: 'EU', pageToken: 'zz' })") as { message: string }).message).toContain('Invalid page token: zz');
    expect(host.run('f', "BigQuery.Jobs.getQueryResults('p-123', 'j1', { location: 'EU', pageToken: 't2' }).rows[0].f[0].v")).toBe('2');
  });

  test('needs the BigQuery scope, and no custom function may call it', () => {
    const host = new LocalHost({ scopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'], advancedServices: ['BigQuery'] }).load(
      'function f() { return BigQuery.Tables.get("p-123", "d", "t"); }',
    );
    expect(() => host.run('f')).toThrow('You do not have permission to call BigQuery.Tables.get. Required permissions: (https://www.googleapis.com/auth/bigquery || https://www.googleapis.com/auth/cloud-platform)');
    const fn = evalHost().load('function F() { return BigQuery.Tables.get("p-123", "d", "t"); }');
    expect(() => fn.runCustomFunction('F')).toThrow('You do not have permission to call BigQuery.Tables.get');
  });
});
