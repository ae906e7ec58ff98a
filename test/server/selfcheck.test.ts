/**
 * The self-check (issue #13): the menu item and the editor function in the local host, where
 * formulas are not calculated (those checks say so and call the functions directly), the results
 * sheet, the offer to delete the scratch sheets, and what it reports where Apps Script refuses.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalHost, type HostOptions } from '../../src/local/host/index';
import { distFile, projectRoot } from '../helpers/build';

const CHECKS = 18;

function host(options: HostOptions = {}): LocalHost {
  const h = new LocalHost({ timeZone: 'Europe/Warsaw', locale: 'en_GB', distDir: distFile(''), spreadsheetName: 'Shop', userEmail: 'owner@shop.test', ...options }).load();
  h.addSheet({ name: 'Orders', cells: [[{ value: 'my data' }]] });
  return h;
}

type Row = { check: string; expected: string; got: string; ms: number; result: string };

function results(h: LocalHost): string[][] {
  const sheet = h.spreadsheet.getSheets().find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'retention.selfcheck.results'));
  return sheet ? (sheet.getDataRange().getValues() as string[][]) : [];
}

describe('Extensions › Retention › Check this add-on', () => {
  it('is in the menu, writes the results sheet, passes here, and deletes the scratch sheets when asked', () => {
    const h = host();
    h.runOnOpen('LIMITED');
    expect(h.ui.menus[0].items).toContainEqual({ caption: 'Check this add-on', functionName: 'checkAddOn' });
    h.ui.alertAnswers.push('YES');
    h.clickMenu('Check this add-on');

    const table = results(h);
    expect(table[0]).toEqual(['Check', 'Expected', 'Got', 'Time (ms)', 'Result']);
    expect(table).toHaveLength(1 + CHECKS);
    const byCheck = Object.fromEntries(table.slice(1).map((r) => [r[0], r]));
    expect(table.slice(1).map((r) => r[4]).filter((r) => r !== 'pass')).toEqual(['note']);
    expect(byCheck['Formula =1+1'].slice(1, 3)).toEqual(['2', '#ERROR! (formulas are not calculated here: the functions below were called directly)']);
    expect(byCheck['Formula =AOV(A2:A7, B2:B7, C2:C7)'].slice(1, 3)).toEqual(['15', '15 (called directly)']);
    expect(byCheck['Formula =P_ALIVE(K2, L2, M2, N2:Q2)'][2]).toBe('0.726579 (called directly)');
    expect(byCheck['Your e-mail address'][2]).toBe('owner@shop.test');
    expect(byCheck['Cohort report of the scratch orders'][2]).toBe('2024-01: 2 → 2 1 2; 2024-02: 1 → 1 0 (2024-01-05 – 2024-03-20)');
    expect(byCheck['A date formatted as a number reads back as a number'].slice(1, 3)).toEqual(['45296.5', 'number 45296.5']);
    expect(table.slice(1).every((r) => /^\d+$/.test(r[3]))).toBe(true);

    expect(h.ui.alerts).toHaveLength(1);
    expect(h.ui.alerts[0]).toMatchObject({ title: 'Retention: self-check', buttons: 'YES_NO' });
    expect(h.ui.alerts[0].prompt).toBe(
      `${CHECKS} of ${CHECKS} checks passed. The results are on the sheet "Retention self-check"; you can send it to us.\n\nDelete the scratch sheets "Retention self-check orders" and "Retention self-check report" now?`,
    );
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Orders', 'Retention self-check']);
    // The user's sheet is untouched, the log cells are text, nothing was left in the properties, no trigger stayed.
    expect(h.spreadsheet.getSheetByName('Orders')!.getDataRange().getValues()).toEqual([['my data']]);
    expect(h.spreadsheet.getSheetByName('Retention self-check')!.getRange(2, 1, CHECKS, 5).getNumberFormats().flat().every((f) => f === '@')).toBe(true);
    expect(h.properties.document.getKeys()).toEqual([]);
    expect(h.triggers).toEqual([]);
  });

  it('keeps the scratch sheets when the user says no, and reuses them (and the results sheet) on the next run', () => {
    const h = host();
    h.ui.alertAnswers.push('NO');
    h.run('checkAddOn');
    const names = h.spreadsheet.getSheets().map((s) => s.getName());
    expect(names).toEqual(['Orders', 'Retention self-check orders', 'Retention self-check report', 'Retention self-check']);
    h.ui.alertAnswers.push('NO');
    h.run('checkAddOn');
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(names);
    expect(results(h)).toHaveLength(1 + CHECKS);
  });

  it('speaks the spreadsheet’s language', () => {
    const h = host({ locale: 'pl_PL' });
    h.ui.alertAnswers.push('YES');
    h.run('checkAddOn');
    expect(results(h)[0]).toEqual(['Sprawdzenie', 'Oczekiwano', 'Otrzymano', 'Czas (ms)', 'Wynik']);
    expect(h.ui.alerts[0].prompt.startsWith(`Zgodnych sprawdzeń: ${CHECKS} z ${CHECKS}.`)).toBe(true);
  });
});

describe('what it reports where Apps Script refuses', () => {
  it('a test deployment: no trigger, said in plain words', () => {
    const h = host({ testDeployment: true });
    h.ui.alertAnswers.push('YES');
    h.run('checkAddOn');
    const trigger = results(h).find((r) => r[0] === 'Create and delete a trigger')!;
    expect(trigger.slice(2)).toEqual([
      'not available: Installable triggers are not supported in a test deployment of an add-on. (a test deployment of an add-on has no installable triggers)',
      trigger[3],
      'FAIL',
    ]);
    expect(h.ui.alerts[0].prompt.startsWith(`${CHECKS - 1} of ${CHECKS} checks passed.`)).toBe(true);
  });

  it('the user’s address not granted: the e-mail check fails and names nothing', () => {
    const h = host();
    h.scriptApp.grantedScopes = new Set((h.options.scopes ?? []).filter((s) => !s.endsWith('userinfo.email')));
    h.ui.alertAnswers.push('YES');
    h.run('checkAddOn');
    expect(results(h).find((r) => r[0] === 'Your e-mail address')!.slice(2)).toEqual(['(nothing)', expect.any(String), 'FAIL']);
  });

  it('with the weekly e-mail on, its schedule is the trigger that proves triggers work', () => {
    const h = host();
    h.addSheet({ name: 'Shop orders', cells: [[{ value: 'Customer' }, { value: 'Date' }, { value: 'Amount' }]] });
    h.runFromSidebar('saveEmailSettings', { enabled: true, weekday: 1, hour: 8, recipients: 'a@shop.test', sheetName: 'Shop orders' });
    h.ui.alertAnswers.push('YES');
    h.run('checkAddOn');
    expect(results(h).find((r) => r[0] === 'Create and delete a trigger')![2]).toBe('the weekly e-mail schedule exists (1), so no test trigger was made');
    expect(h.triggers).toHaveLength(1);
  });
});

describe('runSelfCheck, from the Apps Script editor', () => {
  it('needs no dialog: it writes the results, deletes the scratch sheets and logs the table', () => {
    const h = host();
    const rows = h.runFromEditor('runSelfCheck') as Row[];
    expect(rows).toHaveLength(CHECKS);
    expect(rows.filter((r) => r.result === 'fail')).toEqual([]);
    expect(h.ui.alerts).toEqual([]);
    expect(h.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Orders', 'Retention self-check']);
    expect(h.logs.filter((line) => /^(PASS|NOTE)\t/.test(line))).toHaveLength(CHECKS);
  });

  it('in a standalone script (no spreadsheet) it says what to do instead', () => {
    const h = host();
    expect(h.runFromEditor('runSelfCheck', { bound: false })).toEqual([]);
    expect(h.logs.at(-1)).toMatch(/^The self-check needs a spreadsheet: run runSelfCheck from the script of a spreadsheet/);
  });
});

describe('retention selfcheck', () => {
  const retention = (...args: string[]) => spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), 'selfcheck', ...args], { encoding: 'utf8' });

  it('prints the same table and exits 0 when nothing failed', () => {
    const run = retention('--quiet');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^check\s+expected\s+got\s+ms\s+result$/);
    expect(lines).toHaveLength(1 + CHECKS);
    expect(lines.filter((l) => /\snote$/.test(l))).toHaveLength(1);
    expect(run.stderr).toBe('');
  });

  it('--json gives the rows', () => {
    const rows = JSON.parse(retention('--quiet', '--json', '--locale', 'da_DK').stdout) as Row[];
    expect(rows).toHaveLength(CHECKS);
    expect(rows[0].check).toBe('Tidszoner (regneark / script)');
  });
});
