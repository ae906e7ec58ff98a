import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

/** A host whose script evaluates `expr` in `f(arg)`. */
function evalHost(options = {}) {
  return new LocalHost(options).load('function f(src, a, b) { return eval(src); }');
}

describe('PropertiesService', () => {
  test('set, get, keys, delete; stores are separate', () => {
    const h = evalHost();
    h.run('f', "PropertiesService.getDocumentProperties().setProperties({a: '1', b: '2'}); PropertiesService.getUserProperties().setProperty('a', 'u')");
    expect(h.run('f', "PropertiesService.getDocumentProperties().getKeys().sort().join()")).toBe('a,b');
    expect(h.run('f', "PropertiesService.getUserProperties().getProperty('a')")).toBe('u');
    expect(h.run('f', "PropertiesService.getScriptProperties().getProperty('a')")).toBe(null);
    h.run('f', "PropertiesService.getDocumentProperties().deleteProperty('a')");
    expect(h.properties.document.getProperties()).toEqual({ b: '2' });
    h.run('f', "PropertiesService.getDocumentProperties().setProperties({c: '3'}, true)");
    expect(h.properties.document.getProperties()).toEqual({ c: '3' });
  });
  test('a value over 9 KB throws; 9 KB exactly is fine', () => {
    const h = evalHost();
    expect(() => h.run('f', "PropertiesService.getDocumentProperties().setProperty('k', a)", 'x'.repeat(9 * 1024))).not.toThrow();
    expect(() => h.run('f', "PropertiesService.getDocumentProperties().setProperty('k', a)", 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    // 'ż' is 2 bytes in UTF-8: 4609 of them are 9218 bytes > 9216.
    expect(() => h.run('f', "PropertiesService.getDocumentProperties().setProperty('k', a)", 'ż'.repeat(4609))).toThrow('Argument too large: value');
  });
  test('a store over 500 KB throws and keeps its old contents', () => {
    const h = evalHost();
    const v = 'x'.repeat(9000);
    // Each entry is a 3-character key + 9000 bytes = 9003 bytes. 56 entries: 504,168 <= 512,000 (500 KB);
    // a 57th: 513,171 > 512,000.
    for (let i = 0; i < 56; i++) h.run('f', "PropertiesService.getScriptProperties().setProperty(b, a)", v, `k${String(i).padStart(2, '0')}`);
    expect(() => h.run('f', "PropertiesService.getScriptProperties().setProperty('zz9', a)", v)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(h.properties.script.getKeys().length).toBe(56);
  });
});

describe('CacheService', () => {
  test('expires against the host clock (default 600 s)', () => {
    let now = Date.parse('2024-01-01T00:00:00Z');
    const h = evalHost({ now: () => new Date(now) });
    h.run('f', "CacheService.getScriptCache().put('k', 'v'); CacheService.getUserCache().put('t', 'w', 5)");
    now += 5_000;
    expect(h.run('f', "[CacheService.getScriptCache().get('k'), CacheService.getUserCache().get('t')]")).toEqual(['v', null]);
    now += 595_000;
    expect(h.run('f', "CacheService.getScriptCache().get('k')")).toBe(null);
  });
  test('putAll and getAll; remove', () => {
    const h = evalHost();
    h.run('f', "CacheService.getDocumentCache().putAll({a: '1', b: '2'}); CacheService.getDocumentCache().remove('a')");
    expect(h.run('f', "CacheService.getDocumentCache().getAll(['a', 'b', 'c'])")).toEqual({ b: '2' });
  });
  test('limits: 250-character keys, 100 KB values', () => {
    const h = evalHost();
    expect(() => h.run('f', "CacheService.getScriptCache().put(a, 'v')", 'k'.repeat(251))).toThrow('Argument too large: key');
    expect(() => h.run('f', "CacheService.getScriptCache().put('k', a)", 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
    expect(() => h.run('f', "CacheService.getScriptCache().put(a, b)", 'k'.repeat(250), 'v'.repeat(100 * 1024))).not.toThrow();
  });
});

describe('LockService', () => {
  test('a second holder is refused; release frees the lock', () => {
    const h = evalHost();
    expect(
      h.run('f', `var a = LockService.getScriptLock(), b = LockService.getScriptLock();
        var r = [a.tryLock(1000), b.tryLock(1000), a.hasLock(), b.hasLock()];
        a.releaseLock(); r.push(b.tryLock(1000)); r`),
    ).toEqual([true, false, true, false, true]);
  });
  test('waitLock throws when another execution holds the lock; locks are released when an execution ends', () => {
    const h = evalHost();
    const other = h.holdLock('document');
    expect(() => h.run('f', 'LockService.getDocumentLock().waitLock(30000)')).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(h.run('f', 'LockService.getUserLock().tryLock(1)')).toBe(true); // other kinds are independent
    other.release();
    h.run('f', 'LockService.getDocumentLock().waitLock(1)'); // held, then released at the end of the execution
    expect(h.run('f', 'LockService.getDocumentLock().tryLock(1)')).toBe(true);
  });
});

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

describe('MailApp', () => {
  test('sendEmail forms are recorded in the outbox', () => {
    const h = evalHost();
    h.run('f', "MailApp.sendEmail('a@x.com', 'S1', 'B1', {htmlBody: '<b>B1</b>', name: 'Retention'})");
    h.run('f', "MailApp.sendEmail({to: 'b@x.com, c@x.com', subject: 'S2', htmlBody: '<i>x</i>'})");
    expect(h.outbox.map((m) => [m.to, m.subject, m.body, m.htmlBody, m.name, m.recipients])).toEqual([
      ['a@x.com', 'S1', 'B1', '<b>B1</b>', 'Retention', 1],
      ['b@x.com, c@x.com', 'S2', '', '<i>x</i>', undefined, 2],
    ]);
  });
  test('the quota falls by one per recipient and runs out with the Apps Script message', () => {
    const h = evalHost();
    h.mail.quota = 3;
    h.run('f', "MailApp.sendEmail({to: 'a@x.com', cc: 'b@x.com', subject: 's', body: 'b'})");
    expect(h.run('f', 'MailApp.getRemainingDailyQuota()')).toBe(1);
    expect(() => h.run('f', "MailApp.sendEmail('a@x.com, b@x.com', 's', 'b')")).toThrow('Service invoked too many times for one day: email.');
    expect(h.outbox.length).toBe(1);
  });
  test('at most 50 recipients a message', () => {
    const h = evalHost();
    const to = Array.from({ length: 51 }, (_, i) => `u${i}@x.com`).join(',');
    expect(() => h.run('f', "MailApp.sendEmail(a, 's', 'b')", to)).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });
});

describe('HtmlService and the UI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-html-'));
  writeFileSync(join(dir, 'Sidebar.html'), '<div>sidebar</div>');
  writeFileSync(join(dir, 'Mail.html'), '<p><?= name ?></p><? for (var i = 0; i < n; i++) { ?>*<? } ?><?!= raw ?>');
  test('createHtmlOutputFromFile reads distDir/NAME.html; showSidebar records it', () => {
    const h = new LocalHost({ distDir: dir }).load(
      "function show() { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('Retention')); }",
    );
    h.run('show');
    expect(h.ui.sidebars).toEqual([{ title: 'Retention', html: '<div>sidebar</div>', width: 300 }]);
  });
  test('templates: <?= ?> escapes, <?!= ?> does not, <? ?> runs code', () => {
    const h = new LocalHost({ distDir: dir }).load(
      "function render() { var t = HtmlService.createTemplateFromFile('Mail'); t.name = '<Ann & Bob>'; t.n = 3; t.raw = '<br>'; return t.evaluate().getContent(); }",
    );
    expect(h.run('render')).toBe('<p>&lt;Ann &amp; Bob&gt;</p>***<br>');
  });
  test('alerts return the queued answer', () => {
    const h = new LocalHost().load('function ask() { var ui = SpreadsheetApp.getUi(); return String(ui.alert("T", "Sure?", ui.ButtonSet.YES_NO)); }');
    h.ui.alertAnswers.push('NO');
    expect(h.run('ask')).toBe('NO');
    expect(h.run('ask')).toBe('YES');
    expect(h.ui.alerts[0]).toEqual({ title: 'T', prompt: 'Sure?', buttons: 'YES_NO' });
  });
  test('toasts are recorded', () => {
    const h = new LocalHost().load("function t() { SpreadsheetApp.getActive().toast('Done', 'Retention', 3); }");
    h.run('t');
    expect(h.toasts).toEqual([{ message: 'Done', title: 'Retention', timeoutSeconds: 3 }]);
  });
});

describe('Session and Utilities', () => {
  test('Session gives the user, the script zone and the user locale', () => {
    const h = evalHost({ userEmail: 'ann@shop.pl', scriptTimeZone: 'America/New_York', locale: 'pl_PL' });
    expect(h.run('f', '[Session.getActiveUser().getEmail(), Session.getEffectiveUser().getEmail(), Session.getScriptTimeZone(), Session.getActiveUserLocale()]')).toEqual([
      'ann@shop.pl',
      'ann@shop.pl',
      'America/New_York',
      'pl',
    ]);
  });
  test('formatDate in the spreadsheet zone', () => {
    const h = evalHost();
    expect(h.run('f', "Utilities.formatDate(new Date(Date.UTC(2024, 2, 31, 22, 30)), 'Europe/Warsaw', \"yyyy-MM-dd'T'HH:mmXXX\")")).toBe('2024-04-01T00:30+02:00');
    expect(() => h.run('f', "Utilities.formatDate('2024-01-01', 'UTC', 'yyyy')")).toThrow('Invalid argument: date');
  });
  test('base64, uuid, blobs', () => {
    const h = evalHost();
    expect(h.run('f', "Utilities.base64Encode('zażółć')")).toBe(Buffer.from('zażółć').toString('base64'));
    expect(h.run('f', "Utilities.newBlob('abc', 'text/plain', 'a.txt').getBytes()")).toEqual([97, 98, 99]);
    expect(h.run('f', 'Utilities.getUuid()')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
