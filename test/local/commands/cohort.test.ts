/**
 * `retention cohort` runs the built runner on a file: the same server function as the sidebar
 * (in-process, test/helpers/runner.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetFile } from '../../../src/local/files';
import { buildOnce } from '../../helpers/build';
import { retentionOutput } from '../../helpers/runner';

// The same shop as helpers.ts SHOP, as a CSV export (ISO dates).
const CSV = `Customer,Date,Amount
a,2024-01-05,10
b,2024-01-20,20
a,2024-02-03,15
c,2024-02-10,5
b,2024-03-01,-20
a,2024-03-15,10
,2024-03-16,7
`;

const dir = mkdtempSync(join(tmpdir(), 'retention-cohort-'));
const file = join(dir, 'shop.csv');
// A failing run's message goes into the thrown error (its stderr), not into the test output.
const run = (...args: string[]) => retentionOutput('cohort', file, '--quiet', ...args);

beforeAll(async () => {
  await buildOnce();
  writeFileSync(file, CSV);
});

describe('retention cohort', () => {
  it('prints the JSON of docs/RUNNER.md', async () => {
    // Hand computation in report.test.ts: Jan cohort a, b → 2, 1, 1; Feb cohort c → 1, 0.
    expect(JSON.parse(await run('--json'))).toEqual({
      platform: null,
      columns: { customer: 'Customer', date: 'Date', amount: 'Amount', order: null, status: null, refunds: null, currency: null },
      currency: null,
      period: 'month',
      cohorts: [
        { cohort: '2024-01', customers: 2, active: [2, 1, 1] },
        { cohort: '2024-02', customers: 1, active: [1, 0] },
      ],
      rows: { read: 7, used: 6, skipped: { no_customer: 1 } },
    });
  });

  it('passes the options: on or after, refunds, columns by name', async () => {
    // With refunds b is active in March too; "on or after" then keeps b active in Feb: Jan → 2, 2, 2.
    const json = JSON.parse(await run('--json', '--mode', 'on-or-after', '--include-refunds', '--amount', 'Amount'));
    expect(json.cohorts[0]).toEqual({ cohort: '2024-01', customers: 2, active: [2, 2, 2] });
  });

  it('prints a readable table with the data health', async () => {
    const text = await run();
    expect(text).toContain('2024-01          2  100.0%  50.0%  50.0%');
    expect(text).toContain('7 rows read, 6 used.');
  });

  it('saves the report sheet with --out', async () => {
    const out = join(dir, 'report.xlsx');
    await run('--out', out, '--metric', 'counts');
    const [sheet] = await readSheetFile(out, { locale: 'en_US' });
    expect(sheet.name).toBe('Cohort report');
    const values = sheet.values ?? sheet.cells.map((row) => row.map((cell) => cell.value));
    expect(values[6].slice(0, 5)).toEqual(['Jan 2024', 2, 2, 1, 1]);
  });

  it('refuses an unknown option value in plain words', async () => {
    let stderr = '';
    try {
      await run('--period', 'year');
    } catch (error) {
      stderr = String((error as { stderr?: string }).stderr);
    }
    expect(stderr).toMatch(/^retention cohort: The option period cannot be "year"/);
  });
});
