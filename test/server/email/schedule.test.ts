/**
 * The weekly e-mail's schedule where real Apps Script differs from a bound script: a test
 * deployment (no installable triggers), a trigger run without a containing document (notices for
 * the menu and the sidebar), the upgrade of an earlier version's weekly trigger, and the pure
 * "when is it due" rule.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { dueSendDay, lastScheduledSend, wallPosition } from '../../../src/server/email/schedule';
import { buildOnce } from '../../helpers/build';
import { SHOP } from '../../core/weekly/fixture';
import { shopHost } from './host';

beforeAll(buildOnce);

const FORM = { enabled: true, weekday: 1, hour: 8, recipients: 'ann@shop.test', language: 'en', sheetName: 'Orders' };
const MONDAY_0830 = new Date('2024-05-13T06:30:00Z'); // Warsaw, UTC+2
const NOT_SCHEDULED =
  'Saved, but no weekly schedule could be set up: Installable triggers are not supported in a test deployment of an add-on. This happens in a test deployment of the add-on, where Google runs no schedules.';

describe('a test deployment (no installable triggers)', () => {
  it('saves, says in plain words why nothing is scheduled, and "Send a test now" still works', () => {
    const { host } = shopHost(SHOP, { host: { testDeployment: true } });
    const saved = host.runFromSidebar('saveEmailSettings', FORM) as { message: string; scheduled: boolean; settings: { enabled: boolean } };
    expect(saved.scheduled).toBe(false);
    expect(saved.settings.enabled).toBe(true);
    expect(saved.message.startsWith(NOT_SCHEDULED)).toBe(true);
    expect(saved.message).toContain('"Send a test now" works here too.');
    expect(saved.message).not.toContain('goes out every Monday');
    expect(host.triggers).toEqual([]);

    const panel = host.runFromSidebar('getEmailSettings') as { scheduled: boolean; scheduleProblem?: string; settings: { enabled: boolean } };
    expect(panel).toMatchObject({ scheduled: false, scheduleProblem: 'Installable triggers are not supported in a test deployment of an add-on.' });

    expect((host.runFromSidebar('sendTestEmail', FORM) as { message: string }).message).toBe('Test sent to ann@shop.test.');
    expect(host.outbox.map((m) => m.subject)).toEqual(['[Test] Shop: weekly retention summary, 29/04/2024 – 05/05/2024']);
    expect(host.fireTriggers(MONDAY_0830)).toEqual([]);
  });

  it('a bound script has the schedule, and the panel then reports no problem', () => {
    const { host } = shopHost(SHOP);
    expect((host.runFromSidebar('saveEmailSettings', FORM) as { scheduled: boolean }).scheduled).toBe(true);
    expect(host.runFromSidebar('getEmailSettings')).not.toHaveProperty('scheduleProblem');
  });
});

describe('a trigger run without a containing document', () => {
  it('stops its schedule and leaves a notice that the menu and the sidebar show until the settings are saved', () => {
    const { host } = shopHost(SHOP, { host: { triggerDocumentContext: false } });
    host.runFromSidebar('saveEmailSettings', FORM);
    expect(host.triggers).toHaveLength(1);
    const runs = host.fireTriggers(MONDAY_0830);
    expect(runs.map((r) => r.ok)).toEqual([true]); // no exception: it did not touch a null spreadsheet
    expect(host.outbox).toHaveLength(0);
    expect(host.triggers).toHaveLength(0); // it would fail every hour

    const notice =
      'The weekly e-mail did not go out: Google ran its schedule without access to this spreadsheet, so the orders could not be read. The schedule has been stopped. "Send a test now" in the sidebar still works.';
    host.runOnOpen('LIMITED');
    const items = host.ui.menus[0].items.map((i) => (typeof i === 'object' && 'caption' in i ? i.caption : i));
    expect(items).toContain('⚠ Weekly e-mail: why it was not sent');
    expect((host.runFromSidebar('getSidebarState') as { notices: string[] }).notices).toEqual([notice]);
    // The panel says the e-mail is on without a schedule.
    expect(host.runFromSidebar('getEmailSettings')).toMatchObject({ scheduled: false, scheduleProblem: '' });

    host.clickMenu('⚠ Weekly e-mail: why it was not sent');
    expect(host.ui.alerts.at(-1)).toEqual({ title: 'Retention: weekly e-mail', prompt: notice, buttons: 'OK' });
    expect((host.runFromSidebar('getSidebarState') as { notices: string[] }).notices).toEqual([]);
    host.ui.menus.length = 0;
    host.runOnOpen('LIMITED');
    expect(JSON.stringify(host.ui.menus)).not.toContain('why it was not sent');
  });

  it('in AuthMode.NONE the menu reads nothing, so it shows no notice item', () => {
    const { host } = shopHost(SHOP, { host: { triggerDocumentContext: false } });
    host.runFromSidebar('saveEmailSettings', FORM);
    host.fireTriggers(MONDAY_0830);
    host.runOnOpen('NONE');
    expect(JSON.stringify(host.ui.menus)).not.toContain('why it was not sent');
  });
});

describe('a failed week leaves a notice too (mail may be what failed)', () => {
  it('names the week and the reason; a later success clears it', () => {
    const { host } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    host.mail.quota = 0;
    host.fireTriggers(MONDAY_0830);
    expect((host.runFromSidebar('getSidebarState') as { notices: string[] }).notices).toEqual([
      'The weekly e-mail for the week of 2024-05-06 was not sent: Your daily e-mail quota is used up: 0 left, 1 needed. It resets within 24 hours.',
    ]);
    host.mail.quota = 100;
    host.fireTriggers(new Date('2024-05-20T06:30:00Z'));
    expect(host.outbox).toHaveLength(1);
    expect((host.runFromSidebar('getSidebarState') as { notices: string[] }).notices).toEqual([]);
  });
});

describe('an earlier version’s weekly trigger', () => {
  it('is replaced by the hourly one at its next run, which still sends', () => {
    const { host } = shopHost(SHOP);
    host.runFromSidebar('saveEmailSettings', FORM);
    // As an earlier version left it: a weekly trigger, and a state without the schedule version.
    host.properties.document.setProperty('retention.weeklyEmail.state', JSON.stringify({ failures: 0 }));
    Object.assign(host.triggers[0].schedule!, { kind: 'weekly', weekDay: 1, hour: 8, timeZone: 'Europe/Warsaw' });
    const old = host.triggers[0].uid;
    host.fireTriggers(MONDAY_0830);
    expect(host.outbox).toHaveLength(1);
    expect(host.triggers).toHaveLength(1);
    expect(host.triggers[0].uid).not.toBe(old);
    expect(host.triggers[0].schedule).toMatchObject({ kind: 'hourly', every: 1 });
  });
});

describe('when a week is due (pure)', () => {
  const HOUR = 3_600_000;
  const DAY = 24 * HOUR;
  const wallTime = fc.integer({ min: 0, max: 60 * 365 * DAY }); // 1970 … 2029, wall-clock ms

  it('the latest scheduled send is at or before now, on the weekday and hour, less than a week back', () => {
    fc.assert(
      fc.property(wallTime, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 23 }), (now, weekday, hour) => {
        const send = lastScheduledSend(now, weekday, hour);
        const at = wallPosition(send);
        expect(send).toBeLessThanOrEqual(now);
        expect(now - send).toBeLessThan(7 * DAY);
        expect([at.weekday, at.hour, send % HOUR === 0]).toEqual([weekday, hour, true]);
      }),
    );
  });

  it('by hand: Wednesday 09:00 → the Monday 08:00 before; Monday 07:59 → the Monday a week before', () => {
    expect(lastScheduledSend(Date.UTC(2024, 4, 15, 9), 1, 8)).toBe(Date.UTC(2024, 4, 13, 8));
    expect(lastScheduledSend(Date.UTC(2024, 4, 13, 7, 59), 1, 8)).toBe(Date.UTC(2024, 4, 6, 8));
    expect(lastScheduledSend(Date.UTC(2024, 4, 13, 8, 0), 1, 8)).toBe(Date.UTC(2024, 4, 13, 8));
    expect(wallPosition(Date.UTC(2024, 4, 13, 8, 30))).toEqual({ day: 19856, hour: 8, weekday: 1 });
  });

  it('nothing is due for a scheduled time before the schedule was saved', () => {
    const saved = Date.UTC(2024, 4, 13, 9, 30); // Monday 09:30
    expect(dueSendDay(Date.UTC(2024, 4, 16, 12), 1, 8, saved)).toBe(null);
    expect(dueSendDay(Date.UTC(2024, 4, 20, 8, 5), 1, 8, saved)).toBe(19863); // Monday 2024-05-20
    expect(dueSendDay(Date.UTC(2024, 4, 13, 10), 1, 10, saved)).toBe(19856);
  });
});
