/**
 * `retention demo`, as a newcomer runs it after `npm install`: the built runner on the sample shop.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleShop } from '../../src/local/sampleShop';
import { buildOnce, projectRoot } from '../helpers/build';

let outDir: string;
let stdout: string;

beforeAll(async () => {
  await buildOnce();
  outDir = mkdtempSync(join(tmpdir(), 'retention-demo-'));
  stdout = execFileSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), 'demo', '--out-dir', outDir, '--quiet'], {
    encoding: 'utf8',
  });
});

describe('retention demo', () => {
  it('prints the cohort report and the weekly e-mail', () => {
    expect(stdout).toMatch(/^Cohorts by month/);
    expect(stdout).toContain('Subject: Sample shop: weekly retention summary');
    // The sample shop's dirty rows show in the data health: two without a customer, one bad date, one bad price.
    expect(stdout).toMatch(/2 skipped: no customer/);
    expect(stdout).toMatch(/1 skipped: date not readable/);
    expect(stdout).toMatch(/1 skipped: amount not readable/);
  });

  it('counts every customer of the sample shop with a purchase in exactly one cohort', () => {
    // Independent count from the generated sheet: customers with a positive order, by e-mail.
    const shop = sampleShop({ endDate: '2026-10-31' });
    const totals = new Map<string, number>();
    for (const row of shop.cells.slice(1)) {
      const [orderId, when, email, , quantity, price] = row.map((c) => c.value);
      if (!email || typeof when !== 'object' || typeof price !== 'number') continue;
      const key = `${orderId}|${email}`;
      totals.set(key, (totals.get(key) ?? 0) + Number(quantity) * price);
    }
    const buyers = new Set([...totals].filter(([, amount]) => amount > 0).map(([key]) => key.split('|')[1]));
    const sizes = stdout
      .split('\n')
      .filter((line) => /^\d{4}-\d{2}\s/.test(line))
      .map((line) => Number(line.split(/\s+/)[1]));
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(buyers.size);
  });

  it('writes the report workbook and the e-mail', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(outDir, 'report.xlsx'));
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Orders', 'Cohort report']);
    const html = readFileSync(join(outDir, 'weekly-email.html'), 'utf8');
    expect(html).toContain('Sample shop');
    expect(html).not.toMatch(/<script/i);
  });
});
