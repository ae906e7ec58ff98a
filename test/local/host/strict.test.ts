/**
 * What the host refuses because real Apps Script refuses it (issue #13): scopes the manifest does
 * not declare, what each authorization mode may not do, the workbook's cell limit, functions sent
 * through google.script.run, developer metadata of another Cloud project, installable triggers in
 * a test deployment, and the number format deciding whether a cell is a date.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LocalHost, manifestScopes, type HostOptions } from '../../../src/local/host/index';
import { distFile } from '../../helpers/build';

const AUTH = 'https://www.googleapis.com/auth/';
const EVAL = 'function f(src, a) { return eval(src); }';

/** A dist folder holding only a manifest with these scopes (undefined: no oauthScopes at all). */
function distWithScopes(scopes: string[] | undefined): string {
  const dir = mkdtempSync(join(tmpdir(), 'retention-manifest-'));
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify({ runtimeVersion: 'V8', ...(scopes ? { oauthScopes: scopes } : {}) }));
  return dir;
}

function evalHost(options: HostOptions = {}): LocalHost {
  return new LocalHost(options).load(EVAL);
}

describe('scopes come from the manifest being run', () => {
  test('by default the host reads dist/appsscript.json, the manifest clasp pushes', () => {
    const pushed = JSON.parse(readFileSync(distFile('appsscript.json'), 'utf8')).oauthScopes;
    expect(manifestScopes('dist')).toEqual(pushed);
    expect(new LocalHost().options.scopes).toEqual(pushed);
  });

  test('a call whose scope is not declared fails with "Required permissions: <scope>"', () => {
    const h = evalHost({ distDir: distWithScopes([`${AUTH}spreadsheets.currentonly`]), userEmail: 'ann@shop.test' });
    expect(() => h.run('f', 'Session.getEffectiveUser().getEmail()')).toThrow(
      `You do not have permission to call Session.getEffectiveUser. Required permissions: ${AUTH}userinfo.email`,
    );
    expect(() => h.run('f', "MailApp.sendEmail('a@b.c', 's', 'b')")).toThrow(`Required permissions: ${AUTH}script.send_mail`);
    expect(() => h.run('f', "ScriptApp.newTrigger('x')")).toThrow(`Required permissions: ${AUTH}script.scriptapp`);
    expect(() => h.run('f', 'SpreadsheetApp.getUi()')).toThrow(`Required permissions: ${AUTH}script.container.ui`);
    // What is declared works; properties, cache, lock and Utilities need no scope.
    expect(h.run('f', "PropertiesService.getUserProperties().setProperty('k', 'v'); SpreadsheetApp.getActiveSpreadsheet().getName()")).toBe(
      'Untitled spreadsheet',
    );
    expect(h.outbox).toEqual([]);
  });

  test('a spreadsheet call is allowed by either spreadsheet scope, and names both when neither is there', () => {
    const full = evalHost({ distDir: distWithScopes([`${AUTH}spreadsheets`]) });
    expect(full.run('f', 'SpreadsheetApp.getActiveSpreadsheet().getNumSheets()')).toBe(1);
    const none = evalHost({ distDir: distWithScopes([`${AUTH}script.send_mail`]) });
    expect(() => none.run('f', 'SpreadsheetApp.getActiveSpreadsheet()')).toThrow(
      `You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (${AUTH}spreadsheets.currentonly || ${AUTH}spreadsheets || ${AUTH}spreadsheets.readonly)`,
    );
  });

  test('with the scope declared the user’s address is there; a manifest without oauthScopes allows everything', () => {
    expect(evalHost({ distDir: distWithScopes([`${AUTH}userinfo.email`]), userEmail: 'ann@shop.test' }).run('f', 'Session.getEffectiveUser().getEmail()')).toBe(
      'ann@shop.test',
    );
    expect(evalHost({ distDir: distWithScopes(undefined), userEmail: 'ann@shop.test' }).run('f', 'Session.getActiveUser().getEmail()')).toBe('ann@shop.test');
  });

  test('a declared scope the user did not grant (granular consent) is refused too', () => {
    const h = evalHost();
    h.scriptApp.grantedScopes = new Set([`${AUTH}spreadsheets.currentonly`]);
    expect(() => h.run('f', 'Session.getEffectiveUser()')).toThrow(`Required permissions: ${AUTH}userinfo.email`);
    h.scriptApp.grantedScopes = null;
    expect(h.run('f', 'typeof Session.getEffectiveUser().getEmail()')).toBe('string');
  });
});

describe('authorization modes, after Google’s table', () => {
  const PROBE = `
function probe() {
  var calls = {
    menu: function () { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'x').addToUi(); },
    read: function () { SpreadsheetApp.getActiveSpreadsheet().getName(); },
    props: function () { PropertiesService.getDocumentProperties().getProperty('k'); },
    sidebar: function () { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); },
    dialog: function () { SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput('x'), 'T'); },
    alert: function () { SpreadsheetApp.getUi().alert('Hello'); },
    user: function () { Session.getActiveUser().getEmail(); },
    effectiveUser: function () { Session.getEffectiveUser().getEmail(); },
  };
  var out = {};
  Object.keys(calls).forEach(function (k) { try { calls[k](); out[k] = 'ok'; } catch (err) { out[k] = err.message; } });
  return out;
}
function onOpen(e) { return probe(); }
function CHECK() { return probe(); }
`;

  test('LIMITED (a simple trigger): menus and the document, but no sidebars, dialogs, alerts or user identity', () => {
    const out = new LocalHost().load(PROBE).runOnOpen('LIMITED') as Record<string, string>;
    expect(out).toMatchObject({ menu: 'ok', read: 'ok', props: 'ok' });
    expect(out.sidebar).toBe(`You do not have permission to call Ui.showSidebar. Required permissions: ${AUTH}script.container.ui`);
    expect(out.dialog).toMatch(/^You do not have permission to call Ui\.showModalDialog/);
    expect(out.alert).toMatch(/^You do not have permission to call Ui\.alert/);
    expect(out.user).toBe(`You do not have permission to call Session.getActiveUser. Required permissions: ${AUTH}userinfo.email`);
    expect(out.effectiveUser).toMatch(/^You do not have permission to call Session\.getEffectiveUser/);
  });

  test('FULL (a menu item): everything', () => {
    const h = new LocalHost().load(PROBE);
    expect(Object.values(h.run('probe') as Record<string, string>)).toEqual(Array(8).fill('ok'));
  });

  test('a custom function gets no user identity', () => {
    const out = new LocalHost().load(PROBE).runCustomFunction('CHECK') as Record<string, string>;
    expect(out.read).toBe('ok');
    expect(out.user).toMatch(/^You do not have permission to call Session\.getActiveUser/);
    expect(out.effectiveUser).toMatch(/^You do not have permission to call Session\.getEffectiveUser/);
  });

  test('a time-driven trigger and a run from the Apps Script editor have no user interface', () => {
    const code = `${PROBE}
function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function tick(e) { PropertiesService.getUserProperties().setProperty('probe', JSON.stringify(probe())); }`;
    const h = new LocalHost({ now: () => new Date('2024-05-13T06:00:00Z') }).load(code);
    h.run('install');
    expect(h.fireTriggers(new Date('2024-05-13T07:10:00Z')).map((r) => r.ok)).toEqual([true]);
    const out = JSON.parse(h.properties.user.getProperty('probe')!);
    for (const k of ['menu', 'sidebar', 'dialog', 'alert']) expect(out[k]).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(out).toMatchObject({ read: 'ok', props: 'ok', user: 'ok' });
    const editor = h.runFromEditor('probe') as Record<string, string>;
    expect(editor.sidebar).toBe('Cannot call SpreadsheetApp.getUi() from this context.');
    expect(editor.read).toBe('ok');
  });

  test('a trigger without a containing document: no active spreadsheet, document lock, properties or cache', () => {
    const code = `
function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
function tick() {
  var seen = [SpreadsheetApp.getActiveSpreadsheet(), SpreadsheetApp.getActive(), LockService.getDocumentLock(),
    PropertiesService.getDocumentProperties(), CacheService.getDocumentCache()].map(function (x) { return x === null; });
  PropertiesService.getUserProperties().setProperty('seen', JSON.stringify(seen));
  LockService.getScriptLock().tryLock(10);
}
function where() { return SpreadsheetApp.getActiveSpreadsheet() === null; }`;
    const h = new LocalHost({ triggerDocumentContext: false, now: () => new Date('2024-05-13T06:00:00Z') }).load(code);
    h.run('install');
    expect(h.fireTriggers(new Date('2024-05-13T07:10:00Z'))[0].ok).toBe(true);
    expect(JSON.parse(h.properties.user.getProperty('seen')!)).toEqual([true, true, true, true, true]);
    // A menu item in the same host still has its document.
    expect(h.run('where')).toBe(false);
  });

  test('a standalone script run from the editor has no active spreadsheet either', () => {
    const h = new LocalHost().load('function where() { return [SpreadsheetApp.getActiveSpreadsheet() === null, PropertiesService.getDocumentProperties() === null]; }');
    expect(h.runFromEditor('where', { bound: false })).toEqual([true, true]);
    expect(h.runFromEditor('where')).toEqual([false, false]);
  });
});

describe('the workbook holds at most 10,000,000 cells', () => {
  const LIMIT = 'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';

  test('new sheets are 1000 × 26', () => {
    const h = evalHost();
    expect(h.run('f', "var s = SpreadsheetApp.getActive().insertSheet('New'); [s.getMaxRows(), s.getMaxColumns()]")).toEqual([1000, 26]);
  });

  test('inserting rows past the limit throws Sheets’ message and changes nothing', () => {
    const h = evalHost();
    // Sheet1 is 1000 × 26 = 26,000 cells: 384,615 rows × 26 = 9,999,990 cells in all.
    h.run('f', 'var s = SpreadsheetApp.getActiveSheet(); s.insertRowsAfter(s.getMaxRows(), 383615)');
    expect(h.spreadsheet.getActiveSheet().getMaxRows()).toBe(384_615);
    expect(() => h.run('f', 'var s = SpreadsheetApp.getActiveSheet(); s.insertRowsAfter(s.getMaxRows(), 1)')).toThrow(LIMIT);
    expect(h.spreadsheet.getActiveSheet().getMaxRows()).toBe(384_615);
    expect(() => h.run('f', "SpreadsheetApp.getActive().insertSheet('More')")).toThrow(LIMIT);
    expect(h.spreadsheet.getNumSheets()).toBe(1);
  });

  test('inserting columns, a new sheet or a longer row counts every sheet', () => {
    const h = evalHost();
    h.run('f', 'var s = SpreadsheetApp.getActiveSheet(); s.insertRowsAfter(s.getMaxRows(), 99000)'); // 100,000 × 26
    expect(() => h.run('f', 'var s = SpreadsheetApp.getActiveSheet(); s.insertColumnsAfter(26, 75)')).toThrow(LIMIT); // 100,000 × 101
    h.run('f', 'var s = SpreadsheetApp.getActiveSheet(); s.insertColumnsAfter(26, 74)'); // 100,000 × 100 = 10,000,000: at the limit
    expect(() => h.run('f', "SpreadsheetApp.getActive().insertSheet('Report')")).toThrow(LIMIT);
    h.run('f', 'SpreadsheetApp.getActiveSheet().deleteColumns(51, 50)'); // 5,000,000
    h.run('f', "SpreadsheetApp.getActive().insertSheet('Report')"); // + 26,000
    expect(() => h.run('f', "SpreadsheetApp.getActive().getSheetByName('Report').appendRow(new Array(5001).fill('x'))")).toThrow(LIMIT); // 1000 × 5001 more
  });
});

describe('google.script.run', () => {
  test('a function anywhere in the arguments fails the call', () => {
    const h = new LocalHost().load('function echo(x) { return x; }');
    expect(() => h.runFromSidebar('echo', () => 1)).toThrow('Failed due to illegal value in property: 0 (a function)');
    expect(() => h.runFromSidebar('echo', { options: { onDone: () => 1 } })).toThrow('illegal value in property: 0.options.onDone');
    expect(() => h.runFromSidebar('echo', [1, [() => 1]])).toThrow('illegal value in property: 0[1][0]');
    expect(h.runFromSidebar('echo', { a: [1, undefined] })).toEqual({ a: [1, null] });
  });
});

describe('developer metadata visibility', () => {
  const code = `
function mark() {
  var s = SpreadsheetApp.getActive();
  s.insertSheet('Mine').addDeveloperMetadata('app.project', 'p', SpreadsheetApp.DeveloperMetadataVisibility.PROJECT);
  s.insertSheet('Shared').addDeveloperMetadata('app.document', 'd', SpreadsheetApp.DeveloperMetadataVisibility.DOCUMENT);
}
function seen() {
  var s = SpreadsheetApp.getActive();
  return ['app.project', 'app.document'].map(function (k) { return s.createDeveloperMetadataFinder().withKey(k).find().length; })
    .concat([s.getSheetByName('Mine').getDeveloperMetadata().length]);
}`;
  test('PROJECT metadata is seen only by the project that wrote it; DOCUMENT metadata by all', () => {
    const h = new LocalHost({ projectId: 'bound-copy' }).load(code);
    h.run('mark');
    expect(h.run('seen')).toEqual([1, 1, 1]);
    h.setProjectId('published-add-on');
    expect(h.run('seen')).toEqual([0, 1, 0]);
    h.setProjectId('bound-copy');
    expect(h.run('seen')).toEqual([1, 1, 1]);
  });
});

describe('a test deployment of the add-on', () => {
  test('creates no installable trigger (create() throws) and fires nothing; simple triggers still run', () => {
    const code = `
function onOpen(e) { SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'x').addToUi(); }
function install() { try { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); return 'created'; } catch (err) { return err.message; } }
function tick() { PropertiesService.getUserProperties().setProperty('ran', 'yes'); }`;
    const h = new LocalHost({ testDeployment: true, now: () => new Date('2024-05-13T06:00:00Z') }).load(code);
    expect(h.run('install')).toBe('Installable triggers are not supported in a test deployment of an add-on.');
    expect(h.triggers).toEqual([]);
    expect(h.fireTriggers(new Date('2024-05-13T09:00:00Z'))).toEqual([]);
    expect(h.properties.user.getProperty('ran')).toBe(null);
    h.runOnOpen('LIMITED');
    expect(h.ui.menus).toHaveLength(1);
    expect(new LocalHost({ now: () => new Date('2024-05-13T06:00:00Z') }).load(code).run('install')).toBe('created');
  });
});

describe('the number format decides whether a cell is a date', () => {
  test('a date cell formatted as a plain number reads back as its serial number, and back as a date', () => {
    const h = new LocalHost({ timeZone: 'UTC' }).load(EVAL);
    h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1:B1').setValues([[new Date(Date.UTC(2024, 0, 1)), 45292]])");
    // 2024-01-01 is day 45,292 of Sheets' calendar (1899-12-30 = 0): 19,723 days after 1970-01-01 + 25,569.
    expect(h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1').getValue() instanceof Date")).toBe(true);
    h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1').setNumberFormat('0')");
    expect(h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1').getValue()")).toBe(45292);
    expect(h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1').getDisplayValue()")).toBe('45292');
    h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1').setNumberFormat('yyyy-mm-dd')");
    expect(h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1').getValue().toISOString()")).toBe('2024-01-01T00:00:00.000Z');
    // A number under a date format is a date; under the automatic format it stays a number.
    expect(h.run('f', "typeof SpreadsheetApp.getActiveSheet().getRange('B1').getValue()")).toBe('number');
    h.run('f', "SpreadsheetApp.getActiveSheet().getRange('B1').setNumberFormat('dd.mm.yyyy')");
    expect(h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1:B1').getValues()[0].map(function (v) { return v.toISOString(); })")).toEqual([
      '2024-01-01T00:00:00.000Z',
      '2024-01-01T00:00:00.000Z',
    ]);
  });

  test('a range wider than the formatted cells re-types only those cells', () => {
    const h = new LocalHost({ timeZone: 'Europe/Warsaw' }).load(EVAL);
    h.run(
      'f',
      "var s = SpreadsheetApp.getActiveSheet(); s.getRange('A1:A3').setValues([[new Date(Date.UTC(2024, 0, 1, 11))], [new Date(Date.UTC(2024, 0, 2, 11))], [5]]); s.getRange('A2').setNumberFormat('0.00')",
    );
    // 2024-01-02 12:00 in Warsaw: serial 45293.5.
    expect(h.run('f', "SpreadsheetApp.getActiveSheet().getRange('A1:A3').getValues().map(function (r) { return r[0] instanceof Date ? 'date' : r[0]; })")).toEqual([
      'date',
      45293.5,
      5,
    ]);
  });
});

describe('named ranges', () => {
  test('set, found by name (also as a custom-function argument), moved, refused names, gone with their sheet', () => {
    const h = evalHost();
    h.run('f', "var s = SpreadsheetApp.getActive().insertSheet('Model'); s.getRange('A1:C1').setValues([[1, 2, 'week']]); SpreadsheetApp.getActive().setNamedRange('MY_MODEL', s.getRange('A1:C1'))");
    expect(h.run('f', "SpreadsheetApp.getActive().getRangeByName('MY_MODEL').getA1Notation()")).toBe('A1:C1');
    expect(h.rangeArg('MY_MODEL')).toEqual([[1, 2, 'week']]);
    expect(() => h.run('f', "SpreadsheetApp.getActive().setNamedRange('MY_MODEL', SpreadsheetApp.getActive().getRange('Model!A2'))")).toThrow(
      'A named range called MY_MODEL already exists.',
    );
    for (const bad of ['1ABC', 'A1', 'R1C1', 'TRUE', 'has space', 'x-y']) {
      expect(() => h.run('f', 'SpreadsheetApp.getActive().setNamedRange(a, SpreadsheetApp.getActive().getRange("Model!A2"))', bad)).toThrow('Invalid argument: name');
    }
    h.run('f', "SpreadsheetApp.getActive().getNamedRanges()[0].setRange(SpreadsheetApp.getActive().getRange('Model!B1'))");
    expect(h.rangeArg('MY_MODEL')).toBe(2);
    h.run('f', "SpreadsheetApp.getActive().deleteSheet(SpreadsheetApp.getActive().getSheetByName('Model'))");
    expect(h.run('f', "SpreadsheetApp.getActive().getRangeByName('MY_MODEL')")).toBe(null);
  });
});
