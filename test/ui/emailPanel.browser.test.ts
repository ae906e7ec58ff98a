/**
 * The weekly e-mail panel in the sidebar, in Chromium at 300 px, served by the local preview
 * against the built add-on: recipients checked as typed, save installs the trigger, off removes
 * it, a test goes out at once. Screenshot: test-output/screenshots/email-panel.png.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalHost } from '../../src/local/host/index';
import { sampleHost, startPreview, type PreviewServer } from '../../src/local/preview';
import { sampleShop } from '../../src/local/sampleShop';
import { buildOnce, distFile } from '../helpers/build';
import { launchBrowser, SHOTS } from '../helpers/browser';

let preview: PreviewServer;
let browser: Browser;

beforeAll(async () => {
  await buildOnce();
  preview = await startPreview({ host: sampleHost({ locale: 'en_GB', dist: distFile('') }), port: 0, dist: distFile('') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openPanel(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  await page.goto(preview.url);
  await page.getByRole('tab', { name: 'Weekly e-mail' }).click();
  await page.waitForSelector('#email-recipients');
  return page;
}

describe('the weekly e-mail panel', () => {
  it('checks recipients as typed, saves the schedule, sends a test, turns off', async () => {
    const page = await openPanel();
    expect(await page.inputValue('#email-recipients')).toBe(preview.host.options.userEmail);
    await page.fill('#email-recipients', 'ann@shop.test, oops');
    expect(await page.textContent('#email-recipients-check')).toBe('These are not e-mail addresses: oops');
    await page.click('#email-save');
    expect(preview.host.triggers).toHaveLength(0); // nothing sent to the server

    await page.fill('#email-recipients', 'ann@shop.test; bob@shop.test');
    expect(await page.textContent('#email-recipients-check')).toBe('');
    await page.check('#email-enabled');
    await page.selectOption('#email-weekday', '5');
    await page.selectOption('#email-hour', '7');
    await page.click('#email-save');
    await page.waitForFunction(() => document.getElementById('email-status')?.textContent?.startsWith('Saved'));
    expect(await page.textContent('#email-status')).toBe('Saved. The summary goes out every Friday between 07:00 and 07:59.');
    // One hourly trigger; the handler sends on the saved weekday and hour.
    expect(preview.host.triggers.map((t) => [t.handler, t.schedule?.kind])).toEqual([['sendWeeklySummary', 'hourly']]);
    expect(JSON.parse(preview.host.properties.document.getProperty('retention.weeklyEmail')!)).toMatchObject({ weekday: 5, hour: 7 });
    expect(await page.isHidden('#email-unscheduled')).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(SHOTS, 'email-panel.png'), fullPage: true });

    const sent = preview.host.outbox.length;
    await page.click('#email-test');
    await page.waitForFunction(() => document.getElementById('email-status')?.textContent?.startsWith('Test sent'));
    expect(preview.host.outbox.length).toBe(sent + 1);
    expect(preview.host.outbox.at(-1)!.to).toBe('ann@shop.test,bob@shop.test');

    await page.uncheck('#email-enabled');
    await page.click('#email-save');
    await page.waitForFunction(() => document.getElementById('email-status')?.textContent === 'Saved. The weekly summary is off.');
    expect(preview.host.triggers).toHaveLength(0);
    await page.close();
  });
});

describe('the weekly e-mail panel in a test deployment (no installable triggers)', () => {
  it('says after Save, and when opened again, that nothing is scheduled; a test still goes out', async () => {
    const host = new LocalHost({ timeZone: 'Europe/Warsaw', locale: 'en_GB', distDir: distFile(''), spreadsheetName: 'Sample shop', testDeployment: true }).load();
    host.addSheet({ ...sampleShop(), name: 'Orders' });
    const test = await startPreview({ host, port: 0, dist: distFile('') });
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    try {
      await page.goto(test.url);
      await page.getByRole('tab', { name: 'Weekly e-mail' }).click();
      await page.waitForSelector('#email-recipients');
      await page.check('#email-enabled');
      await page.click('#email-save');
      await page.waitForSelector('#email-error:not([hidden])');
      const error = await page.textContent('#email-error');
      expect(error).toMatch(/^Saved, but no weekly schedule could be set up: Installable triggers are not supported in a test deployment of an add-on\. /);
      expect(await page.textContent('#email-status')).toBe('');

      await page.reload();
      await page.getByRole('tab', { name: 'Weekly e-mail' }).click();
      await page.waitForSelector('#email-unscheduled:not([hidden])');
      expect(await page.textContent('#email-unscheduled')).toBe(
        'The weekly summary is on, but no schedule is set up for you in this spreadsheet, so it is not sent. Installable triggers are not supported in a test deployment of an add-on. Press Save to set it up again. In a test deployment of the add-on Google runs no schedules; "Send a test now" works.',
      );
      await page.click('#email-test');
      await page.waitForFunction(() => document.getElementById('email-status')?.textContent?.startsWith('Test sent'));
      expect(host.outbox).toHaveLength(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
      await page.screenshot({ path: join(SHOTS, 'email-panel-test-deployment.png'), fullPage: true });
    } finally {
      await page.close();
      await test.close();
    }
  });
});
