/**
 * ACCEPTANCE of issue #11 through the add-on: the synthetic two-kinds shop (the masked Etsy export's
 * shape, test/core/clv/simulate.ts) in the local host and through `retention clv`. The fit ends with a
 * on its lower bound and a + b < 1; every prediction is finite in the sheet and the JSON, and the
 * warning explains the all-or-nothing dropout. (Before: NaN predictions sorted first, minutes per run.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, projectRoot } from '../../helpers/build';
import { simulateTwoKindShop } from '../../../src/local/simulate';
import { newHost } from './helpers';

/** ISO date of 2024-01-01 + n days (day 364 is 2024-12-30, the data end). */
const iso = (n: number) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10);

function shopRows(): (string | number)[][] {
  const orders = simulateTwoKindShop(2, 600);
  const rows: (string | number)[][] = [['Customer', 'Date', 'Amount']];
  orders.customer.forEach((c, i) => rows.push([`k${c}`, iso(orders.day[i]), orders.amount[i]]));
  return rows;
}

const SPLIT = /^The fit stopped at a limit of the model \(a = 0\.0001, b = 0\.000\d+\): the customers look like two kinds: about \d+% stop for good right after their second purchase/;

beforeAll(() => buildOnce());

describe('the two-kinds shop in the sidebar action', () => {
  it('writes finite predictions sorted by CLV and explains the fit in the panel and the sheet', () => {
    const host = newHost();
    host.addSheet({ name: 'Orders', cells: [], values: shopRows() });
    const result = host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', period: 'week' }) as any;
    expect(result.customers).toBe(600);
    expect(result.bgnbd.a).toBeLessThan(1.001e-4);
    expect(result.bgnbd.a + result.bgnbd.b).toBeLessThan(1);
    const warning = result.warnings.find((w: string) => SPLIT.test(w));
    expect(warning).toBeDefined();
    const cells = host.sheetData(result.sheetName).cells;
    expect(String(cells[2][0].value)).toContain(warning);
    const rows = cells.slice(5).filter((row) => row[0] && row[0].value !== '');
    expect(rows).toHaveLength(600);
    for (const row of rows) {
      for (let j = 1; j <= 8; j++) {
        expect(typeof row[j].value).toBe('number');
        expect(Number.isFinite(row[j].value as number)).toBe(true);
      }
    }
    for (let i = 1; i < rows.length; i++) expect(rows[i][8].value as number).toBeLessThanOrEqual(rows[i - 1][8].value as number);
    for (const top of result.top) expect(Number.isFinite(top.predictedClv)).toBe(true);
  });
});

describe('the two-kinds shop through `retention clv`', () => {
  let dir = '';
  let file = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'clv-two-kinds-'));
    file = join(dir, 'orders.csv');
    writeFileSync(file, shopRows().map((row) => row.join(',')).join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), 'clv', file, '--quiet', ...args], { cwd: projectRoot, encoding: 'utf8' });

  it('prints only finite numbers in the JSON', () => {
    const result = run('--json');
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout);
    expect(output.customers).toHaveLength(600);
    for (const c of output.customers) {
      for (const key of ['frequency', 'recency', 'T', 'monetary', 'pAlive', 'expectedPurchases', 'expectedSpend', 'predictedClv']) {
        expect(Number.isFinite(c[key])).toBe(true);
      }
    }
  }, 60_000);

  it('prints the warning in the readable output', () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n').some((line) => SPLIT.test(line))).toBe(true);
    expect(result.stdout).not.toContain('NaN');
  }, 60_000);
});
