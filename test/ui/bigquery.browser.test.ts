/**
 * The sidebar's "a BigQuery table" source in Chromium at 300 px, served by the local preview with
 * the BigQuery stand-in answering: the columns from the schema, the dry run's cost, the report.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHost, startPreview, type PreviewServer } from '../../src/local/preview';
import { buildOnce, distFile } from '../helpers/build';
import { launchBrowser, SHOTS } from '../helpers/browser';

let preview: PreviewServer;
let browser: Browser;

const JOB = { projectId: 'my-shop-123', jobId: 'job_1', location: 'EU' };
const row = (...values: string[]) => ({ f: values.map((v) => ({ v })) });

beforeAll(async () => {
  await buildOnce();
  const host = sampleHost({ locale: 'en_GB', dist: distFile('') });
  host.bigQuery.addTable('my-shop-123', 'sales', 'orders', {
    type: 'VIEW',
    location: 'EU',
    schema: { fields: [{ name: 'buyer', type: 'STRING' }, { name: 'placed_at', type: 'DATETIME' }, { name: 'qty', type: 'INT64' }, { name: 'unit_price', type: 'NUMERIC' }] },
  });
  host.bigQuery.onQuery({
    dryRun: { jobComplete: true, totalBytesProcessed: String(2 ** 30), jobReference: JOB },
    query: {
      jobReference: JOB,
      jobComplete: true,
      totalBytesProcessed: String(2 ** 30),
      schema: { fields: ['cohort:STRING', 'period:INTEGER', 'customers:INTEGER', 'active:INTEGER', 'dataEnd:STRING'].map((f) => ({ name: f.split(':')[0], type: f.split(':')[1] })) },
      // Two cohorts: January 4 customers (4, 1), February 2 (2).
      rows: [row('2024-01', '0', '4', '4', '2024-02-20'), row('2024-01', '1', '4', '1', '2024-02-20'), row('2024-02', '0', '2', '2', '2024-02-20')],
    },
  });
  preview = await startPreview({ host, port: 0, dist: distFile('') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

describe('the BigQuery source in the sidebar', () => {
  it('reads the columns from the schema, estimates the cost and builds the report', async () => {
    const page = await browser.newPage({ viewport: { width: 300, height: 1200 } });
    await page.goto(preview.url);
    await page.waitForSelector('#column-customer');
    await page.check('#source-bigquery');
    expect(await page.isHidden('#sheet-source')).toBe(true);
    await page.fill('#bq-project', 'my-shop-123');
    await page.fill('#bq-table', 'sales.orders');
    await page.click('#bq-load');
    await page.waitForSelector('#bq-column-customer');
    // Found from the names: buyer, placed_at (DATETIME), qty × unit_price; no order column.
    expect(await page.inputValue('#bq-column-customer')).toBe('buyer');
    expect(await page.inputValue('#bq-column-date')).toBe('placed_at');
    expect(await page.inputValue('#bq-column-quantity')).toBe('qty');
    expect(await page.inputValue('#bq-column-price')).toBe('unit_price');
    await page.click('#bq-dry-run');
    await page.waitForFunction(() => document.getElementById('bq-estimate')?.textContent?.includes('US$'));
    // 1 GiB = 1/1024 TiB × US$6.25 = US$0.0061 → "< US$0.01".
    expect(await page.textContent('#bq-estimate')).toContain('The query will scan 1.0 GiB: about < US$0.01');
    await page.click('#build');
    await page.waitForSelector('.done');
    expect(await page.textContent('.done')).toBe('Done: the report is on the sheet "Cohort report" (2 cohorts, 2 periods).');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(SHOTS, 'sidebar-bigquery-done.png'), fullPage: true });
    const v = preview.host.spreadsheet.getSheetByName('Cohort report')!.getDataRange().getValues();
    // January: 4 of 4, then 1 of 4 = 25%; February: 2 of 2.
    expect(v[6].slice(0, 4)).toEqual(['Jan 2024', 4, 1, 0.25]);
    expect(v[7].slice(0, 4)).toEqual(['Feb 2024', 2, 1, '']);
    await page.close();
  }, 60_000);
});
