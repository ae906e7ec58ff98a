/**
 * `retention customers` end to end: the runner (in-process, test/helpers/runner.ts) on test/fixtures/customers/shop.csv (the
 * shop of test/core/customers/shop.ts, statuses and spends computed by hand there, with contact
 * columns) and answers.csv (NPS answers).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../helpers/build';
import { retention as run } from '../../helpers/runner';

const shop = join(projectRoot, 'test/fixtures/customers/shop.csv');
const answers = join(projectRoot, 'test/fixtures/customers/answers.csv');
const dir = mkdtempSync(join(tmpdir(), 'retention-customers-'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('retention customers', () => {
  it('prints exactly the issue\'s JSON shape, as of the last order\'s day by default', async () => {
    const done = await run('customers', shop, '--tiers', 'Member:0,Silver:500,Gold:2000', '--nps', answers, '--locale', 'pl_PL', '--json', '--quiet');
    expect(done.status).toBe(0);
    const out = JSON.parse(done.stdout);
    expect(Object.keys(out)).toEqual(['asOf', 'customers', 'tiers', 'npsBy']);
    expect(out.asOf).toBe('2024-06-21'); // B1's last order
    expect(Object.keys(out.customers[0])).toEqual([
      'id', 'email', 'phone', 'firstPurchase', 'lastPurchase', 'purchases', 'spend', 'aov', 'daysSinceLast', 'expectedNext', 'status', 'tier', 'toNextTier', 'segment', 'consent', 'nps',
    ]);
    // B5 as of 2024-06-21: away 417 days (lapsed), G = 35 → expected 2023-06-05; Gold (3000), top tier.
    expect(out.customers[0]).toMatchObject({
      id: 'B5', email: 'b5@x.pl', phone: '+48601234567', firstPurchase: '2023-01-01', lastPurchase: '2023-05-01', purchases: 3, spend: 3000, aov: 1000,
      daysSinceLast: 417, expectedNext: '2023-06-05', status: 'lapsed', tier: 'Gold', toNextTier: null, consent: true, nps: 9,
    });
    expect(out.customers.find((c: any) => c.id === 'B3').phone).toBe('+48603333444'); // 0048 …
    expect(out.tiers).toEqual([{ name: 'Member', threshold: 0, customers: 4 }, { name: 'Silver', threshold: 500, customers: 3 }, { name: 'Gold', threshold: 2000, customers: 1 }]);
    // Latest answers: B5 9, O1 6, B3 10 (stranger@x.pl is no customer). Silver: O1 6, B3 10 → 0; Gold: B5 → 100.
    expect(out.npsBy.tier).toEqual({ Silver: 0, Gold: 100 });
  });

  it('prints the columns used first, then the tiers and statuses', async () => {
    const done = await run('customers', shop, '--as-of', '2024-06-30', '--quiet');
    expect(done.status).toBe(0);
    const lines = done.stdout.split('\n');
    expect(lines[1]).toBe('Columns used: customer "Customer ID"; date "Order date"; amount "Total".');
    expect(lines[2]).toBe('8 customers as of 2024-06-30 (sheet "Customers").');
    expect(done.stdout).toContain('Statuses: new 1, active 2, due 2, overdue 1, lapsed 2.'); // shop.ts
    expect(done.stdout).toContain('Tiers (defaults from the shop\'s spending; change with --tiers): Member from 0: 4, Silver from 500: 3, Gold from 2500: 1.');
  });

  it('exports a campaign list with consent filtering to --out, and never replaces a file it did not write', async () => {
    const out = join(dir, 'winback.csv');
    const done = await run('customers', shop, '--as-of', '2024-06-30', '--locale', 'pl_PL', '--export', 'smsapi', '--who', 'win-back', '--out', out, '--quiet');
    expect(done.status).toBe(0);
    // Win back: B5 (agreed) and O1 (said no).
    expect(readFileSync(out, 'utf8')).toBe('phone_number,first_name,last_name,email\r\n+48601234567,Bożena,Kowalska,b5@x.pl\r\n');
    expect(done.stdout).toContain('1 customers listed; 1 left out without marketing consent');
    const mine = join(dir, 'mine.csv');
    writeFileSync(mine, 'precious');
    const refused = await run('customers', shop, '--export', 'csv', '--out', mine, '--quiet');
    expect(refused.status).toBe(2);
    expect(readFileSync(mine, 'utf8')).toBe('precious');
    expect((await run('customers', shop, '--export', 'csv', '--out', shop, '--quiet')).status).toBe(2);
  });

  it('says how many phones it could not read as E.164 (no country for national numbers in en_US)', async () => {
    // 601 234 567, 602 000 111: national numbers without a country code; +45 … and 0048 … are read.
    expect((await run('customers', shop, '--quiet')).stdout).toContain('2 phone numbers could not be read as international numbers');
  });

  it('names the option to fix', async () => {
    const bad = await run('customers', shop, '--tier-window', 'decade', '--quiet');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('tierWindow must be one of lifetime, 12m, year, not "decade".');
    expect((await run('customers', shop, '--out', join(dir, 'x.csv'), '--quiet')).stderr).toContain('--export');
  });
});
