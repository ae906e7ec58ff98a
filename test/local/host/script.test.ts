import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `expr` in `f(arg)`. */
function evalHost(options = {}) {
  return new LocalHost(options).load('function f(src, a, b) { return eval(src); }');
}

describe('ScriptApp triggers and the add-on rules', () => {
  const weekly = "ScriptApp.newTrigger('weekly').timeBased().onWeekDay(ScriptApp.WeekDay.MONDAY).atHour(9).everyWeeks(1).inTimezone('Europe/Warsaw').create().getUniqueId()";
  test('one time-based trigger per document: a second throws', () => {
    const h = evalHost();
    h.run('f', weekly);
    expect(() => h.run('f', "ScriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(3).create()")).toThrow(/one trigger of each type per document/);
    expect(h.triggers.length).toBe(1);
  });
  test('delete and re-create works (idempotent re-creation)', () => {
    const h = evalHost();
    h.run('f', weekly);
    h.run('f', 'ScriptApp.getUserTriggers(SpreadsheetApp.getActive()).forEach(function (t) { ScriptApp.deleteTrigger(t); })');
    expect(h.triggers.length).toBe(0);
    h.run('f', weekly);
    expect(h.run('f', 'ScriptApp.getProjectTriggers().map(function (t) { return t.getHandlerFunction() + ":" + t.getEventType(); })')).toEqual(['weekly:CLOCK']);
  });
  test('no more often than once an hour', () => {
    const h = evalHost();
    expect(() => h.run('f', "ScriptApp.newTrigger('x').timeBased().everyMinutes(30).create()")).toThrow(/more often than once an hour/);
    expect(() => h.run('f', "ScriptApp.newTrigger('x').timeBased().everyHours(0.5).create()")).toThrow(/more often than once an hour/);
    expect(() => h.run('f', "ScriptApp.newTrigger('x').timeBased().everyHours(1).create()")).not.toThrow();
  });
  test('a spreadsheet onOpen trigger is its own type', () => {
    const h = evalHost();
    h.run('f', weekly);
    h.run('f', "ScriptApp.newTrigger('opened').forSpreadsheet(SpreadsheetApp.getActive()).onOpen().create()");
    expect(() => h.run('f', "ScriptApp.newTrigger('opened2').forSpreadsheet(SpreadsheetApp.getActive()).onOpen().create()")).toThrow(/one trigger of each type/);
  });
  test('the weekly trigger fires in its hour (Monday 09:xx Warsaw), once per hour window, with the clock set', () => {
    const code = `function install() { ${weekly}; }
function weekly(e) { PropertiesService.getDocumentProperties().setProperty('ran', new Date().toISOString() + ' ' + e.authMode + ' ' + e.hour); }`;
    const h = new LocalHost({ now: () => new Date('2024-01-03T12:00:00Z') }).load(code);
    h.run('install');
    // Monday 2024-01-08 09:00 Warsaw (UTC+1) = 08:00Z.
    expect(h.fireTriggers(new Date('2024-01-08T07:59:00Z'))).toEqual([]);
    expect(h.fireTriggers(new Date('2024-01-08T08:15:00Z'))).toEqual([{ handler: 'weekly', triggerUid: h.triggers[0].getUniqueId(), ok: true, result: undefined }]);
    expect(h.properties.document.getProperty('ran')).toBe('2024-01-08T08:15:00.000Z FULL 8');
    expect(h.fireTriggers(new Date('2024-01-08T08:45:00Z'))).toEqual([]); // same hour: already fired
    expect(h.fireTriggers(new Date('2024-01-09T08:15:00Z'))).toEqual([]); // Tuesday
    // In summer Warsaw is UTC+2: Monday 2024-07-01 09:00 = 07:00Z.
    expect(h.fireTriggers(new Date('2024-07-01T07:30:00Z')).length).toBe(1);
  });
  test('a failing handler is reported, not thrown', () => {
    const h = new LocalHost().load(`function install() { ScriptApp.newTrigger('boom').timeBased().everyHours(1).create(); }
function boom() { throw new Error('bad'); }`);
    h.run('install');
    const runs = h.fireTriggers(new Date(Date.now() + 3_600_000));
    expect(runs).toEqual([{ handler: 'boom', triggerUid: h.triggers[0].getUniqueId(), ok: false, error: 'bad' }]);
  });
  test('at most 20 triggers per user', () => {
    const h = evalHost();
    // Add-ons get one trigger of each type per document, so fill the store with copies to reach the cap.
    h.run('f', "ScriptApp.newTrigger('x').timeBased().everyDays(1).create()");
    while (h.triggers.length < 20) h.triggers.push(h.triggers[0]);
    expect(() => h.run('f', "ScriptApp.newTrigger('y').forSpreadsheet(SpreadsheetApp.getActive()).onEdit().create()")).toThrow(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  });
  test('authorization info and requireScopes follow the granted scopes', () => {
    const h = evalHost();
    expect(h.run('f', "String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus())")).toBe('NOT_REQUIRED');
    h.scriptApp.grantedScopes = new Set(['https://www.googleapis.com/auth/spreadsheets.currentonly']);
    expect(h.run('f', "String(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL).getAuthorizationStatus())")).toBe('REQUIRED');
    expect(() => h.run('f', "ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['https://www.googleapis.com/auth/script.send_mail'])")).toThrow(/Authorization is required/);
  });
});
