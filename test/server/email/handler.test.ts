/**
 * The weekly e-mail in the local host, through the built bundle: settings and the trigger, the
 * handler under a fixed clock, and what it does when things go wrong.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { LocalHost } from '../../../src/local/host/index';
import { buildOnce } from '../../helpers/build';
import type { Row } from '../../core/metrics/orderTable';
import { SHOP } from '../../core/weekly/fixture';
import { shopHost } from './host';

beforeAll(buildOnce);

const FORM = { enabled: true, weekday: 1, hour: 8, recipients: 'ann@shop.test, bob@shop.test', language: 'en', sheetName: 'Orders' };
const ALL_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/script.scriptapp',
];
/** Monday 2024-05-13, 08:30 in Warsaw (UTC+2): the trigger's hour. */
const MONDAY_0830 = new Date('2024-05-13T06:30:00Z');

function logRows(host: LocalHost): string[][] {
  const sheet = host.spreadsheet.getSheets().find((s) => s.getDeveloperMetadata().some((m) => m.getKey() === 'retention.weeklyEmailLog'));
  if (!sheet) return [];
  return (sheet.getDataRange().getValues() as unknown[][]).map((row) => row.map(String));
}

function state(host: LocalHost): Record<string, unknown> {
  return JSON.parse(host.properties.document.getProperty('retention.weeklyEmail.state') ?? '{}');
}

describe('settings and the weekly trigger', () => {
  it('installs one hourly trigger (the add-on maximum), replaces it on a new save, removes it when off', () => {
    const { host } = shopHost(SHOP);
    const saved = host.runFromSidebar('saveEmailSettings', FORM) as { message: string; scheduled: boolean };
    expect(saved).toMatchObject({ message: 'Saved. The summary goes out every Monday between 08:00 and 08:59.', scheduled: true });
    expect(host.triggers).toHaveLength(1);
    const first = host.triggers[0];
    expect(first.handler).toBe('sendWeeklySummary');
    expect(first.schedule).toMatchObject({ kind: 'hourly', every: 1 });

    // Saving again would break the add-on rule (one time-based trigger per document) unless the old one goes first.
    host.runFromSidebar('saveEmailSettings', { ...FORM, weekday: 3, hour: 20 });
    expect(host.triggers).toHaveLength(1);
    expect(host.triggers[0].uid).not.toBe(first.uid);

    host.runFromSidebar('saveEmailSettings', { ...FORM, enabled: false });
    expect(host.triggers).toHaveLength(0);
    const panel = host.runFromSidebar('getEmailSettings') as { settings: { enabled: boolean; weekday: number }; scheduled: boolean };
    expect(panel.settings).toMatchObject({ enabled: false, weekday: 1, hour: 8 });
    expect(panel.scheduled).toBe(false);
    expect(panel).not.toHaveProperty('scheduleProblem');
  });

  it('runs every hour but sends once, at the first run at or after its weekday and hour (in the spreadsheet zone)', () => {
    const { host } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    expect(host.fireTriggers(new Date('2024-05-13T05:30:00Z')).map((r) => r.ok)).toEqual([true]); // 07:30 Warsaw: too early
    expect(host.outbox).toHaveLength(0);
    host.fireTriggers(MONDAY_0830);
    expect(host.outbox).toHaveLength(1);
    host.fireTriggers(new Date('2024-05-13T07:30:00Z')); // 09:30
    host.fireTriggers(new Date('2024-05-14T06:30:00Z')); // Tuesday
    expect(host.outbox).toHaveLength(1);
    // Runs that are not due write nothing, not even a log row.
    expect(logRows(host).slice(1).map((r) => r[2])).toEqual(['sent']);
  });

  it('does not send at once for a weekday and hour already past when the e-mail is turned on', () => {
    const { host, setNow } = shopHost(SHOP);
    setNow('2024-05-13T07:30:00Z'); // Monday 09:30 in Warsaw, after the 08:00 of the schedule
    host.runFromSidebar('saveEmailSettings', FORM);
    host.fireTriggers(new Date('2024-05-13T08:30:00Z'));
    host.fireTriggers(new Date('2024-05-16T08:30:00Z'));
    expect(host.outbox).toHaveLength(0);
    host.fireTriggers(new Date('2024-05-20T06:30:00Z')); // the next Monday, 08:30
    expect(host.outbox.map((m) => m.subject)).toEqual(['Shop: weekly retention summary, 13/05/2024 – 19/05/2024']);
  });

  it('leaves the recipients empty for the user to fill when Apps Script does not tell the user\'s address', () => {
    const { host } = shopHost(SHOP, { userEmail: '' });
    const panel = host.runFromSidebar('getEmailSettings') as { settings: { recipients: string[] } };
    expect(panel.settings.recipients).toEqual([]);
  });

  it('defaults to the user as recipient and checks the recipients', () => {
    const { host } = shopHost(SHOP);
    const panel = host.runFromSidebar('getEmailSettings') as { settings: { recipients: string[]; sheetName: string }; timeZone: string };
    expect(panel.settings.recipients).toEqual(['owner@shop.test']);
    expect(panel.timeZone).toBe('Europe/Warsaw');
    expect(() => host.runFromSidebar('saveEmailSettings', { ...FORM, recipients: 'ann@shop.test, not-an-address' })).toThrow(
      'These are not e-mail addresses: not-an-address',
    );
    const many = Array.from({ length: 51 }, (_, i) => `u${i}@shop.test`).join(', ');
    expect(() => host.runFromSidebar('saveEmailSettings', { ...FORM, recipients: many })).toThrow('At most 50 recipients are allowed; you entered 51.');
    expect(() => host.runFromSidebar('saveEmailSettings', { ...FORM, recipients: ' ' })).toThrow('Add at least one recipient.');
    expect(() => host.runFromSidebar('saveEmailSettings', { ...FORM, hour: 24 })).toThrow('Choose a day of the week and an hour from 0 to 23.');
    expect(host.triggers).toHaveLength(0);
  });

  it('says which permission to allow when triggers or mail were not granted', () => {
    const { host } = shopHost(SHOP);
    host.scriptApp.grantedScopes = new Set(ALL_SCOPES.filter((s) => !s.endsWith('script.scriptapp')));
    expect(() => host.runFromSidebar('saveEmailSettings', FORM)).toThrow(/Allow "Allow this application to run when you are not present" for the add-on: https:/);
    host.scriptApp.grantedScopes = new Set(ALL_SCOPES.filter((s) => !s.endsWith('script.send_mail')));
    expect(() => host.runFromSidebar('saveEmailSettings', FORM)).toThrow(/Allow "Send email as you" for the add-on/);
    expect(() => host.runFromSidebar('sendTestEmail', FORM)).toThrow(/Send email as you/);
    expect(host.triggers).toHaveLength(0);
    expect(host.outbox).toHaveLength(0);
  });
});

describe('sendWeeklySummary under a fixed clock', () => {
  it('sends last week’s figures once, with a text alternative, and logs the run', () => {
    const { host, setNow } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    host.fireTriggers(MONDAY_0830);
    expect(host.outbox).toHaveLength(1);
    const mail = host.outbox[0];
    expect(mail.to).toBe('ann@shop.test,bob@shop.test');
    expect(mail.name).toBe('Retention');
    expect(mail.subject).toBe('Shop: weekly retention summary, 06/05/2024 – 12/05/2024');
    // The hand computation of figures.test.ts: active 4 (1 new, 3 returning of whom 1 won back), CRR 2/3, churn 1/3,
    // 4 orders, net revenue 140, AOV 35, repeat rate 4/6, value to date 535/6 = 89.17.
    for (const line of [
      'Active customers: 4',
      'New customers: 1',
      'Returning customers: 3',
      'Won-back customers: 1',
      'Retention rate (CRR): 66.7%',
      'Churn: 33.3%',
      'Orders: 4',
      'Net revenue: 140.00',
      'Average order value: 35.00',
      'Repeat purchase rate: 66.7%',
      'Customer value to date: 89.17',
    ]) {
      expect(mail.body).toContain(`${line}\n`);
    }
    expect(mail.body).toContain('14 rows read, 14 used.');
    expect(mail.htmlBody).toContain(`href="${host.spreadsheet.getUrl()}"`);

    // Run again in the same week (a later hourly run, or by hand): nothing more is sent, nothing logged.
    setNow('2024-05-15T09:00:00Z');
    host.run('sendWeeklySummary', {});
    expect(host.outbox).toHaveLength(1);
    expect(state(host).lastWeekSent).toBe('2024-05-06');

    // The next week's run sends the next week.
    host.fireTriggers(new Date('2024-05-20T06:30:00Z'));
    expect(host.outbox).toHaveLength(2);
    expect(host.outbox[1].subject).toContain('13/05/2024 – 19/05/2024');

    const log = logRows(host);
    expect(log[0]).toEqual(['Time', 'Week', 'Result', 'Recipients', 'Details']);
    expect(log.slice(1).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['2024-05-13 08:30', '2024-05-06', 'sent', '2'],
      ['2024-05-20 08:30', '2024-05-13', 'sent', '2'],
    ]);
  });

  it('renders the same e-mail for the runner without sending', () => {
    const { host, setNow } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    host.fireTriggers(MONDAY_0830);
    // The same clock: orders dated after today are set aside, so the day of the run matters.
    setNow(MONDAY_0830.toISOString());
    const preview = host.runFromSidebar('previewWeeklyEmail', { weekEnding: '2024-05-12' }) as { subject: string; html: string; text: string };
    expect(preview.subject).toBe(host.outbox[0].subject);
    expect(preview.html).toBe(host.outbox[0].htmlBody);
    expect(preview.text).toBe(host.outbox[0].body);
    // A week ending on a Wednesday reports the last complete week before it.
    expect((host.runFromSidebar('previewWeeklyEmail', { weekEnding: '2024-05-15' }) as { weekStart: string }).weekStart).toBe('2024-05-06');
    expect(host.outbox).toHaveLength(1);
  });

  it('when another run holds the document lock: logs it, and the next hourly run sends (issue #12, item 9)', () => {
    const { host } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    const other = host.holdLock('document'); // e.g. a report being built
    host.fireTriggers(MONDAY_0830);
    expect(host.outbox).toHaveLength(0);
    expect(logRows(host).slice(1)).toEqual([
      [
        '2024-05-13 08:30',
        '2024-05-06',
        'not sent yet: the spreadsheet was busy',
        '2',
        'Another change was being written in the spreadsheet (for example a report). The next hourly run tries again; the e-mail goes out at most once this week.',
      ],
    ]);
    other.release();
    host.fireTriggers(new Date('2024-05-13T07:30:00Z')); // 09:30
    expect(host.outbox.map((m) => m.subject)).toEqual(['Shop: weekly retention summary, 06/05/2024 – 12/05/2024']);
    host.fireTriggers(new Date('2024-05-13T08:30:00Z'));
    expect(host.outbox).toHaveLength(1);
    expect(logRows(host).slice(1).map((r) => r[2])).toEqual(['not sent yet: the spreadsheet was busy', 'sent']);
  });

  it('keeps retrying a busy spreadsheet within the week, and a new week reports the new week', () => {
    const { host } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    const other = host.holdLock('document');
    // Busy at every hourly run from Monday 08:30 to Sunday 23:30 (a week of runs, 24 a day).
    const start = MONDAY_0830.getTime();
    for (let hour = 0; hour < 7 * 24 - 9; hour++) host.fireTriggers(new Date(start + hour * 3_600_000));
    expect(host.outbox).toHaveLength(0);
    const busy = logRows(host).slice(1);
    expect(busy).toHaveLength(7 * 24 - 9); // one row per hourly run
    expect(busy.every((r) => r[1] === '2024-05-06' && r[2] === 'not sent yet: the spreadsheet was busy')).toBe(true);
    other.release();
    host.fireTriggers(new Date('2024-05-20T06:30:00Z'));
    expect(host.outbox.map((m) => m.subject)).toEqual(['Shop: weekly retention summary, 13/05/2024 – 19/05/2024']);
  });

  it('sends a test at once, marked as a test, without using up the week', () => {
    const { host, setNow } = shopHost(SHOP);
    setNow('2024-05-14T10:00:00Z');
    const result = host.runFromSidebar('sendTestEmail', { ...FORM, recipients: 'ann@shop.test' }) as { message: string };
    expect(result.message).toBe('Test sent to ann@shop.test.');
    expect(host.outbox.map((m) => [m.to, m.subject])).toEqual([['ann@shop.test', '[Test] Shop: weekly retention summary, 06/05/2024 – 12/05/2024']]);
    expect(state(host).lastWeekSent).toBeUndefined();
  });
});

describe('when things go wrong', () => {
  it('checks the quota against the recipients, and says so after repeated failures', () => {
    const { host } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    host.mail.quota = 1; // two recipients
    host.fireTriggers(MONDAY_0830);
    expect(host.outbox).toHaveLength(0);
    expect(state(host)).toMatchObject({ failures: 1 });
    expect(logRows(host)[1].slice(2)).toEqual(['not sent: e-mail quota used up', '2', 'Your daily e-mail quota is used up: 1 left, 2 needed. It resets within 24 hours.']);
    // A failed week is not retried every hour (it would fill the log and the quota).
    host.fireTriggers(new Date('2024-05-13T07:30:00Z'));
    expect(logRows(host)).toHaveLength(2);

    // The next week fails again: the second failure in a row is told to the user (the one address the quota allows).
    host.fireTriggers(new Date('2024-05-20T06:30:00Z'));
    expect(host.outbox.map((m) => [m.to, m.subject])).toEqual([['owner@shop.test', 'Shop: the weekly summary failed 2 times']]);
    expect(host.outbox[0].body).toContain('The last error was: Your daily e-mail quota is used up');
    // Told once, not every week.
    host.mail.quota = 1;
    host.fireTriggers(new Date('2024-05-27T06:30:00Z'));
    expect(host.outbox).toHaveLength(1);
    expect(state(host)).toMatchObject({ failures: 3, failureNoticeSent: true });

    // Quota back: the summary goes out and the counter resets.
    host.mail.quota = 100;
    host.fireTriggers(new Date('2024-06-03T06:30:00Z'));
    expect(host.outbox).toHaveLength(2);
    expect(state(host)).toMatchObject({ lastWeekSent: '2024-05-27', failures: 0 });
    expect(state(host)).not.toHaveProperty('failureNoticeSent');
  });

  it('e-mails what to fix when the order sheet was deleted or renamed, once a week', () => {
    const { host, setNow } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    host.spreadsheet.getSheetByName('Orders')!.setName('Orders 2023');
    host.fireTriggers(MONDAY_0830);
    setNow('2024-05-16T12:00:00Z');
    host.run('sendWeeklySummary', {});
    expect(host.outbox).toHaveLength(1);
    const mail = host.outbox[0];
    expect(mail.subject).toBe('Shop: the weekly summary could not be made');
    expect(mail.body).toContain('because: There is no sheet named "Orders". Pick the order sheet again');
    expect(mail.body).toContain('choose the order sheet and save');
    expect(logRows(host)[1].slice(1, 3)).toEqual(['2024-05-06', 'problem e-mail sent']);
  });

  it('escapes hostile customer names and spreadsheet names, and writes the log as text', () => {
    const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.test","x")'];
    // Each is a valuable customer who bought weekly three times, then stopped 4 weeks before the week's end.
    const rows: Row[] = hostile.flatMap((name): Row[] => [
      [name, '2024-03-25', 500],
      [name, '2024-04-01', 500],
      [name, '2024-04-08', 500],
    ]);
    rows.push(['plain', '2024-05-07', 10]);
    const { host } = shopHost(rows, { spreadsheetName: '<b>Shop</b> =HYPERLINK("x")' });
    host.runFromSidebar('saveEmailSettings', FORM);
    host.fireTriggers(MONDAY_0830);
    const html = host.outbox[0].htmlBody!;
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://evil.test&quot;,&quot;x&quot;)');
    expect(html).toContain('&lt;b&gt;Shop&lt;/b&gt;');
    for (const name of hostile) expect(host.outbox[0].body).toContain(`- ${name}: Spent 1,500.00`);

    // A sheet name that looks like a formula reaches the log's details as text, never as a formula.
    host.runFromSidebar('saveEmailSettings', { ...FORM, sheetName: '=HYPERLINK("http://evil.test","x")' });
    host.fireTriggers(new Date('2024-05-20T06:30:00Z'));
    const logSheet = host.spreadsheet.getSheets().at(-1)!;
    const last = logSheet.getRange(logSheet.getLastRow(), 1, 1, 5);
    expect(last.getNumberFormats()[0]).toEqual(['@', '@', '@', '@', '@']);
    expect(String(last.getValues()[0][4])).toBe('There is no sheet named "=HYPERLINK("http://evil.test","x")". Pick the order sheet again: it may have been renamed or deleted.');
  });

  it('never writes to a user sheet that has the log sheet’s name', () => {
    const { host } = shopHost(SHOP);
    host.addSheet({ name: 'Retention e-mail log', cells: [[{ value: 'mine' }]] });
    host.runFromSidebar('saveEmailSettings', FORM);
    host.fireTriggers(MONDAY_0830);
    expect(host.spreadsheet.getSheetByName('Retention e-mail log')!.getDataRange().getValues()).toEqual([['mine']]);
    expect(logRows(host)[1][2]).toBe('sent');
    expect(host.spreadsheet.getSheetByName('Retention e-mail log (2)')).not.toBeNull();
    // The log sheet is not offered as an order sheet.
    const panel = host.runFromSidebar('getEmailSettings') as { sheetNames: string[] };
    expect(panel.sheetNames).toEqual(['Orders', 'Retention e-mail log']);
  });
});
