import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LocalHost } from '../../../src/local/host/index';

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
