import { describe, expect, test } from 'vitest';
import { LocalHost, plainCopy } from '../../../src/local/host/index';

describe('custom functions run with restricted services (rule 4)', () => {
  const code = `
function SUMCOL(values) { var t = 0; values.forEach(function (r) { t += r[0] || 0; }); return t; }
function WRITES() { SpreadsheetApp.getActive().getActiveSheet().getRange('A1').setValues([[1]]); }
function SETVALUE() { SpreadsheetApp.getActive().getActiveSheet().getRange('A1').setValue(1); }
function INSERTS() { SpreadsheetApp.getActive().insertSheet('X'); }
function MAILS() { MailApp.sendEmail('a@b.c', 's', 'b'); }
function TRIGGERS() { return ScriptApp.getProjectTriggers().length; }
function NEWTRIGGER() { ScriptApp.newTrigger('x').timeBased().everyDays(1).create(); }
function UI() { SpreadsheetApp.getUi(); }
function READS() {
  var ss = SpreadsheetApp.getActive();
  PropertiesService.getDocumentProperties().setProperty('k', 'v');
  CacheService.getScriptCache().put('k', 'v');
  var lock = LockService.getScriptLock(); lock.tryLock(10); lock.releaseLock();
  return [ss.getSpreadsheetTimeZone(), ss.getActiveSheet().getRange('A1').getValue(), Utilities.formatDate(new Date(0), 'UTC', 'yyyy')];
}
function ARGS(a, b, c) { return [typeof a, Array.isArray(b), b.length, c instanceof Date]; }
function private_() { return 1; }
var notDeclared = function () { return 1; };
`;
  const host = () => {
    const h = new LocalHost().load(code);
    h.spreadsheet.getActiveSheet().getRange('A1:A3').setValues([[1], [2], ['']]);
    return h;
  };
  test('every setter, insert, mail, trigger and UI call is refused with "You do not have permission to call X"', () => {
    const h = host();
    expect(() => h.runCustomFunction('WRITES')).toThrow(/^You do not have permission to call setValues$/);
    expect(() => h.runCustomFunction('SETVALUE')).toThrow(/^You do not have permission to call setValue$/);
    expect(() => h.runCustomFunction('INSERTS')).toThrow(/^You do not have permission to call insertSheet$/);
    expect(() => h.runCustomFunction('MAILS')).toThrow(/^You do not have permission to call MailApp\.sendEmail\. Required permissions: https:\/\/www\.googleapis\.com\/auth\/script\.send_mail$/);
    expect(() => h.runCustomFunction('TRIGGERS')).toThrow(/You do not have permission to call ScriptApp\.getProjectTriggers/);
    expect(() => h.runCustomFunction('NEWTRIGGER')).toThrow(/You do not have permission to call ScriptApp\.newTrigger/);
    expect(() => h.runCustomFunction('UI')).toThrow(/You do not have permission to call SpreadsheetApp\.getUi/);
    expect(h.outbox).toEqual([]);
    expect(h.spreadsheet.getActiveSheet().getRange('A1').getValue()).toBe(1);
  });
  test('the same calls work from a menu (FULL)', () => {
    const h = host();
    h.run('WRITES');
    h.run('MAILS');
    expect(h.outbox.length).toBe(1);
  });
  test('reads, properties, cache, lock and utilities are allowed', () => {
    const h = host();
    expect(h.runCustomFunction('READS')).toEqual(['Europe/Warsaw', 1, '1970']);
    expect(h.properties.document.getProperty('k')).toBe('v');
  });
  test('arguments as Sheets passes them: a cell is a bare value, a range a 2D array, dates as Date', () => {
    const h = host();
    expect(h.rangeArg('A1')).toBe(1);
    expect(h.rangeArg('Sheet1!A1:A3')).toEqual([[1], [2], ['']]);
    expect(h.runCustomFunction('SUMCOL', h.rangeArg('A1:A3'))).toBe(3);
    expect(h.runCustomFunction('ARGS', 5, [[1], [2]], new Date())).toEqual(['number', true, 2, true]);
  });
  test('private and non-declared functions cannot be custom functions', () => {
    const h = host();
    expect(() => h.runCustomFunction('private_')).toThrow(/Unknown function/);
    expect(() => h.runCustomFunction('notDeclared')).toThrow(/Unknown function/);
  });
});

describe('google.script.run (rule 5)', () => {
  const code = `var AddOn = (function () {
  return {
    echo: function (x) { return x; },
    report: function () { return { when: '2024-01-01', list: [1, undefined, function () {}], f: function () {}, u: undefined }; },
    dated: function () { return { at: new Date(0) }; },
    range: function () { return SpreadsheetApp.getActive().getActiveSheet().getRange('A1'); },
    kind: function (x) { return Object.prototype.toString.call(x) + ':' + (x instanceof Array); },
  };
})();
function echo(x) { return AddOn.echo(x); }
function report() { return AddOn.report(); }
function dated() { return AddOn.dated(); }
function range() { return AddOn.range(); }
function kind(x) { return AddOn.kind(x); }
function helper_() { return 1; }
`;
  test('results are plain data: undefined in arrays becomes null, functions and undefined properties are dropped', () => {
    const h = new LocalHost().load(code);
    expect(h.runFromSidebar('report')).toEqual({ when: '2024-01-01', list: [1, null, null] });
    expect(h.runFromSidebar('echo', { a: [1, undefined] })).toEqual({ a: [1, null] });
  });
  test('arguments arrive as arrays of the script realm', () => {
    const h = new LocalHost().load(code);
    expect(h.runFromSidebar('kind', [1])).toBe('[object Array]:true');
  });
  test('a Date argument, even nested, makes the call fail', () => {
    const h = new LocalHost().load(code);
    expect(() => h.runFromSidebar('echo', { from: new Date() })).toThrow(/illegal value in property: 0\.from/);
    expect(() => h.runFromSidebar('echo', [[new Date()]])).toThrow(/illegal value/);
  });
  test('a Date or a service object in the result makes the call fail', () => {
    const h = new LocalHost().load(code);
    expect(() => h.runFromSidebar('dated')).toThrow(/illegal value in property: result\.at/);
    expect(() => h.runFromSidebar('range')).toThrow(/illegal value in property: result/);
  });
  test('private names and names that are not top-level functions are refused', () => {
    const h = new LocalHost().load(code);
    expect(() => h.runFromSidebar('helper_')).toThrow('google.script.run.helper_ is not a function');
    expect(() => h.runFromSidebar('AddOn')).toThrow('google.script.run.AddOn is not a function');
    expect(() => h.runFromSidebar('AddOn.echo', 1)).toThrow(/is not a function/);
    expect(() => h.runFromSidebar('missing')).toThrow(/is not a function/);
  });
  test('plainCopy keeps primitives and nested plain objects', () => {
    expect(plainCopy({ a: { b: ['x', 1, true, null] } })).toEqual({ a: { b: ['x', 1, true, null] } });
  });
});

describe('onOpen authorization modes (rule 6)', () => {
  const code = `
function onOpen(e) {
  var menu = SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar');
  if (e && e.authMode !== ScriptApp.AuthMode.NONE) menu.addItem('Mode ' + e.authMode, 'x');
  menu.addToUi();
  return String(e.authMode);
}
function probe(what) {
  var calls = {
    props: function () { PropertiesService.getDocumentProperties(); },
    userProps: function () { PropertiesService.getUserProperties(); },
    cache: function () { CacheService.getUserCache(); },
    read: function () { SpreadsheetApp.getActiveSpreadsheet(); },
    mail: function () { MailApp.sendEmail('a@b.c', 's', 'b'); },
    trigger: function () { ScriptApp.newTrigger('x'); },
    sidebar: function () { SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutput('x')); },
  };
  var out = {};
  Object.keys(calls).forEach(function (k) { try { calls[k](); out[k] = 'ok'; } catch (err) { out[k] = err.message; } });
  return out;
}
`;
  test('NONE: the add-on menu builds; properties, cache, data, mail and triggers are refused', () => {
    const h = new LocalHost().load(code);
    expect(h.runOnOpen('NONE')).toBe('NONE');
    expect(h.ui.menus).toEqual([{ caption: 'Add-on', addon: true, items: [{ caption: 'Open', functionName: 'showSidebar' }] }]);
    const h2 = new LocalHost().load(code.replace('function onOpen(e) {', 'function onOpen(e) { return probe();'));
    const out = h2.runOnOpen('NONE') as Record<string, string>;
    for (const k of ['props', 'userProps', 'cache', 'read', 'mail', 'trigger', 'sidebar']) expect(out[k]).toMatch(/^You do not have permission to call /);
    expect(out.props).toMatch(/PropertiesService\.getDocumentProperties/);
  });
  test('LIMITED: document, properties and cache work; sidebars, mail and triggers are refused', () => {
    const h = new LocalHost().load(code.replace('function onOpen(e) {', 'function onOpen(e) { return probe();'));
    const out = h.runOnOpen('LIMITED') as Record<string, string>;
    expect(out).toMatchObject({ props: 'ok', userProps: 'ok', cache: 'ok', read: 'ok' });
    expect(out.sidebar).toBe('You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui');
    expect(out.mail).toMatch(/You do not have permission to call MailApp\.sendEmail/);
    expect(out.trigger).toMatch(/You do not have permission to call ScriptApp\.newTrigger/);
  });
  test('FULL: everything works', () => {
    const h = new LocalHost().load(code.replace('function onOpen(e) {', 'function onOpen(e) { return probe();'));
    const out = h.runOnOpen('FULL') as Record<string, string>;
    expect(Object.values(out)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'ok']);
    expect(h.outbox.length).toBe(1);
  });
  test('LIMITED onOpen adds the mode item; clickMenu runs an item', () => {
    const h = new LocalHost().load(code + 'function showSidebar() { return "shown"; }');
    h.runOnOpen('LIMITED');
    expect(h.ui.menus[0].items).toEqual([{ caption: 'Open', functionName: 'showSidebar' }, { caption: 'Mode LIMITED', functionName: 'x' }]);
    expect(h.clickMenu('Open')).toBe('shown');
  });
});

describe('the runtime has no Node or browser globals (rule 7)', () => {
  test.each(['setTimeout', 'setInterval', 'fetch', 'URL', 'TextEncoder', 'TextDecoder', 'atob', 'btoa', 'require', 'process', 'Buffer', 'crypto', 'module', 'globalThis.global', 'structuredClone', 'queueMicrotask'])(
    '%s is not defined',
    (name) => {
      const h = new LocalHost().load(`function probe() { return typeof ${name}; }`);
      expect(h.run('probe')).toBe('undefined');
    },
  );
  test('a bundle that calls setTimeout fails', () => {
    const h = new LocalHost().load('function f() { setTimeout(function () {}, 1); }');
    expect(() => h.run('f')).toThrow(/setTimeout is not defined/);
  });
  test('console writes to the host log, not the terminal', () => {
    const h = new LocalHost().load("function f() { console.log('a', 1); Logger.log('n=%s', 2); }");
    h.run('f');
    expect(h.logs).toEqual(['a 1', 'n=2']);
  });
  test('the clock inside the script is the host clock', () => {
    const h = new LocalHost({ now: () => new Date('2024-05-06T07:08:09Z') }).load(
      'function f() { return [new Date().toISOString(), Date.now(), new Date(0).getTime(), new Date() instanceof Date]; }',
    );
    expect(h.run('f')).toEqual(['2024-05-06T07:08:09.000Z', Date.parse('2024-05-06T07:08:09Z'), 0, true]);
  });
});

describe('loading has no side effects (rule 8)', () => {
  test('a clean bundle records no load-time calls', () => {
    const h = new LocalHost().load('var AddOn = (function () { return { f: function () { return SpreadsheetApp.getActive().getName(); } }; })();\nfunction f() { return AddOn.f(); }');
    h.run('f');
    expect(h.loadTimeServiceCalls).toEqual([]);
  });
  test('service calls at top level are recorded', () => {
    const h = new LocalHost().load("var ZONE = Session.getScriptTimeZone();\nvar P = PropertiesService.getScriptProperties();\nLogger.log('loaded');\nfunction f() { return ZONE; }");
    expect(h.loadTimeServiceCalls).toEqual(['Session.getScriptTimeZone', 'PropertiesService.getScriptProperties', 'Logger.log']);
  });
  test('each execution starts from a fresh global scope, as in Apps Script', () => {
    const h = new LocalHost().load('var counter = 0;\nfunction bump() { counter++; return counter; }');
    expect(h.run('bump')).toBe(1);
    expect(h.run('bump')).toBe(1);
  });
});

describe('executions', () => {
  test('forget the globals an execution creates, as each Apps Script execution starts afresh', () => {
    const host = new LocalHost().load(`var counter = 0;
      function bump() { counter += 1; leaked = (typeof leaked === 'number' ? leaked : 0) + 1; globalThis.other = 1; return [counter, leaked]; }
      function peek() { return [counter, typeof leaked, typeof other]; }`);
    expect(host.run('bump')).toEqual([1, 1]);
    expect(host.run('bump')).toEqual([1, 1]);
    expect(host.run('peek')).toEqual([0, 'undefined', 'undefined']);
  });
});

describe('custom-function arguments built in the script realm', () => {
  test('are passed as they are, while plain host values are copied in', () => {
    const host = new LocalHost().load(
      `function GROW(a) { a.push(['x']); return a.length; }\nfunction KIND(a) { return [Array.isArray(a), a instanceof Array, a[0][0] instanceof Date]; }`,
    );
    const plain = [[new Date(0)]];
    expect(host.runCustomFunction('GROW', plain)).toBe(2);
    expect(plain).toHaveLength(1); // the host's copy grew, not the caller's array
    const built = host.cellArgument([[new Date(0)]]) as unknown[][];
    expect(host.runCustomFunction('GROW', built)).toBe(2);
    expect(built).toHaveLength(2); // the same array reached the function
    expect(host.runCustomFunction('KIND', built)).toEqual([true, true, true]);
  });
});

describe('keepScriptWarm (benchmarks only)', () => {
  test('evaluates the top level once and keeps its globals, unlike Apps Script executions', () => {
    const code = 'var calls = 0;\nfunction COUNT() { calls += 1; return calls; }';
    const warm = new LocalHost({ keepScriptWarm: true }).load(code);
    expect([warm.runCustomFunction('COUNT'), warm.runCustomFunction('COUNT')]).toEqual([1, 2]);
    const fresh = new LocalHost().load(code);
    expect([fresh.runCustomFunction('COUNT'), fresh.runCustomFunction('COUNT')]).toEqual([1, 1]);
  });
});
