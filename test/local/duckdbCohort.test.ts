import { afterEach, describe, expect, it, vi } from 'vitest';

describe('the DuckDB engine without @duckdb/node-api', () => {
  afterEach(() => {
    vi.doUnmock('@duckdb/node-api');
    vi.resetModules();
  });

  it('says in the user language how to install it, or to leave out --engine duckdb', async () => {
    vi.doMock('@duckdb/node-api', () => {
      throw new Error("Cannot find module '@duckdb/node-api'");
    });
    const { loadDuckDb, EngineError } = await import('../../src/local/duckdbCohort');
    await expect(loadDuckDb('en')).rejects.toThrow(EngineError);
    await expect(loadDuckDb('en')).rejects.toThrow('Install it with: npm install @duckdb/node-api — or leave out --engine duckdb');
    await expect(loadDuckDb('da')).rejects.toThrow('DuckDB-motoren kræver den valgfrie pakke @duckdb/node-api');
  });
});
