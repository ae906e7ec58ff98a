/** `retention email FILE --week-ending DATE [--out email.html]` through the built add-on. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { email } from '../../../src/local/commands/email';
import type { CommandOptions } from '../../../src/local/commands/index';
import { buildOnce } from '../../helpers/build';
import { SHOP } from '../../core/weekly/fixture';

const dir = mkdtempSync(join(tmpdir(), 'retention-email-'));
const file = join(dir, 'shop.csv');

beforeAll(async () => {
  await buildOnce();
  writeFileSync(file, ['Customer,Date,Amount', ...SHOP.map((row) => row.join(','))].join('\n'));
});

async function run(options: CommandOptions): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await email({ file, options, progress: () => {}, warn: () => {}, print: (text) => (out += text.endsWith('\n') ? text : `${text}\n`) });
  return { code, out };
}

describe('retention email', () => {
  it('prints the plain text of the week ending on the date', async () => {
    const { code, out } = await run({ 'week-ending': '2024-05-12', locale: 'en_GB', timezone: 'Europe/Warsaw' });
    expect(code).toBe(0);
    // The spreadsheet is named after the file (shop.csv), as the runner names it.
    // First what was read: the platform line and the columns line.
    expect(out.split('\n').slice(0, 2)).toEqual([
      'No known shop export recognised: the columns were found by their headers and values.',
      'Columns used: customer "Customer"; date "Date"; amount "Amount".',
    ]);
    expect(out).toMatch(/\nSubject: shop: weekly retention summary, 06\/05\/2024 – 12\/05\/2024\n/);
    expect(out).toContain('Active customers: 4\n'); // hand computation in figures.test.ts
    expect(out).toContain('Net revenue: 140.00\n');
  });

  it('follows --week-start and writes the HTML with --out', async () => {
    const out = join(dir, 'email.html');
    const { code } = await run({ 'week-ending': '2024-05-12', locale: 'en_GB', 'week-start': 'sunday', out });
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    // Sunday weeks: the last complete one ending by Sunday 05-12 is 05-05 … 05-11.
    expect(html).toContain('Week 05/05/2024 – 11/05/2024');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
  });

  it('refuses a missing or malformed date, saying so on stderr', async () => {
    const warnings: string[] = [];
    const warn = (text: string) => warnings.push(text);
    expect(await email({ file, options: { 'week-ending': '12.05.2024' }, progress: () => {}, warn, print: () => {} })).toBe(2);
    expect(await email({ file, options: {}, progress: () => {}, warn, print: () => {} })).toBe(2);
    expect(warnings.map((text) => text.trimEnd())).toEqual([
      'retention email needs --week-ending YYYY-MM-DD: the last complete week ending on or before it is summarised.',
      'retention email needs --week-ending YYYY-MM-DD: the last complete week ending on or before it is summarised.',
    ]);
  });

});
