/**
 * ACCEPTANCE of issue #6 through the whole path: `retention clv` imports the CSV into a local
 * spreadsheet, the built add-on reads it (YYYYMMDD numbers as dates), summarises, fits and writes
 * its sheet, and the runner prints what it wrote.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, projectRoot } from '../../helpers/build';

const FIXTURE = 'test/fixtures/clv/cdnow-sample.csv';
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), 'clv', FIXTURE, '--quiet', ...args], { cwd: projectRoot, encoding: 'utf8' });

function within(actual: number, published: number, relative: number): void {
  expect(Math.abs(actual - published) / Math.abs(published)).toBeLessThan(relative);
}

beforeAll(async () => {
  await buildOnce();
  // `npm test` builds first; a lone run builds the runner if it is missing.
  if (!existsSync(join(projectRoot, 'build/retention.cjs'))) {
    execFileSync(process.execPath, [join(projectRoot, 'build.mjs'), '--quiet'], { cwd: projectRoot });
  }
}, 120_000);

describe('retention clv on the CDNOW sample, weekly, calibration end 1997-09-30', () => {
  let output: any;
  beforeAll(() => {
    const result = run('--period', 'week', '--calibration-end', '1997-09-30', '--t', '39', '--json');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    output = JSON.parse(result.stdout);
  }, 60_000);

  it('has 2,357 customers, 946 with repeat purchases, 2,457 calibration repeat purchases', () => {
    expect(output.customers).toHaveLength(2357);
    expect(output.customers.filter((c: any) => c.frequency > 0)).toHaveLength(946);
    expect(output.customers.reduce((s: number, c: any) => s + c.frequency, 0)).toBe(2457);
  });

  it('fits the published BG/NBD (r 0.243, α 4.414, a 0.793, b 2.426, LL −9582.4) within 0.5%', () => {
    const { r, alpha, a, b, ll } = output.bgnbd;
    within(r, 0.243, 0.005);
    within(alpha, 4.414, 0.005);
    within(a, 0.793, 0.005);
    within(b, 2.426, 0.005);
    within(ll, -9582.4, 0.005);
  });

  it('fits the published Gamma-Gamma (p 6.25, q 3.74, γ 15.44) within 0.5%', () => {
    const { p, q, gamma, ll } = output.gammaGamma;
    within(p, 6.25, 0.005);
    within(q, 3.74, 0.005);
    within(gamma, 15.44, 0.005);
    expect(ll).toBeLessThan(0);
  });

  it('prints the issue’s JSON shape, ids as text, sorted by predicted CLV', () => {
    expect(Object.keys(output)).toEqual(['platform', 'columns', 'currency', 'bgnbd', 'gammaGamma', 'customers']);
    // The CDNOW sample's columns: masterid, sampleid, date, cds, sales.
    expect([output.platform, output.columns.customer, output.columns.date, output.columns.amount]).toEqual([null, 'masterid', 'date', 'sales']);
    expect(Object.keys(output.customers[0])).toEqual([
      'id', 'frequency', 'recency', 'T', 'monetary', 'pAlive', 'expectedPurchases', 'expectedSpend', 'predictedClv',
    ]);
    for (const c of output.customers) expect(typeof c.id).toBe('string');
    for (let i = 1; i < output.customers.length; i++) {
      expect(output.customers[i].predictedClv).toBeLessThanOrEqual(output.customers[i - 1].predictedClv);
    }
  });

  it('gives customer 4 the published summary and ≈ 1.226 expected purchases in the next 39 weeks', () => {
    // 1997-01-01, 01-18, 08-02 in the calibration: x = 2, t_x = 213/7, T = 272/7; repeat amounts 29.73, 14.96.
    const c = output.customers.find((k: any) => k.id === '4');
    expect(c.frequency).toBe(2);
    expect(c.recency).toBeCloseTo(213 / 7, 12);
    expect(c.T).toBeCloseTo(272 / 7, 12);
    expect(c.monetary).toBeCloseTo((29.73 + 14.96) / 2, 12);
    within(c.expectedPurchases, 1.226, 0.005);
  });
});

describe('retention clv, readable output and errors', () => {
  it('prints the parameters and the top customers', () => {
    const result = run('--customer', 'masterid', '--date', 'date', '--amount', 'sales', '--calibration-end', '1997-09-30');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2357 customers (946 with repeat purchases); periods: weeks');
    expect(result.stdout).toMatch(/BG\/NBD: +r = 0\.24\d\d, alpha = 4\.41\d\d, a = 0\.79\d\d, b = 2\.42\d\d, log-likelihood = -9582\.4\d/);
    expect(result.stdout).toContain('Top customers by predicted CLV (12 months, 1% monthly discount):');
  }, 60_000);

  it('fails with the add-on’s message on a bad option', () => {
    const result = run('--period', 'month');
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('retention clv: The model period must be "week" or "day", not "month".\n');
  }, 60_000);
});
