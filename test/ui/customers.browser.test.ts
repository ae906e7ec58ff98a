/**
 * The sidebar's Customers tab in a real browser (Debian's Chromium driven by playwright-core),
 * served by the local preview against the built add-on with the sample shop (test/ui/sidebar.browser.test.ts
 * for the set-up): the tab opens, building shows the shop's default tiers, "Export a list" shows
 * the consent note first and offers the CSV download. Screenshots of the tab and of the Customers
 * and Campaign list sheets (their display values drawn as a table, text overflowing into empty
 * cells like Sheets does) go to $SCREENS or test-output/screenshots/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHost, startPreview, type PreviewServer } from '../../src/local/preview';
import type { StoredValue } from '../../src/local/sheetData';
import { buildOnce, distFile } from '../helpers/build';
import { launchBrowser, SHOTS } from '../helpers/browser';

const OUT = process.env.SCREENS ?? SHOTS;

const day = (iso: string): StoredValue => {
  const [year, month, d] = iso.split('-').map(Number);
  return { wall: { year, month, day: d, hour: 12, minute: 0, second: 0 } };
};

/**
 * A Shopify-like export with contacts and consent; names that are markup or a formula must stay text.
 * Customers are their e-mails (no customer id column): the row without one is skipped as no customer.
 * Consent yes: ola, jan → Mailchimp lists 2; "=1+1" said no.
 */
const SHOPIFY: StoredValue[][] = [
  ['Name', 'Email', 'Created at', 'Total', 'Phone', 'Billing Name', 'Accepts Email Marketing'],
  ['#1001', 'ola@example.pl', day('2024-03-14'), 120, '+48 601 234 567', '<b>Ola</b> Nowak', 'yes'],
  ['#1002', 'jan@example.dk', day('2024-04-02'), 80.5, '+45 12 34 56 78', 'Jan Ærø', 'yes'],
  ['#1003', 'eq@example.com', day('2024-04-20'), 35, '', '=1+1', 'no'],
  ['#1004', 'ola@example.pl', day('2024-05-30'), 60, '', '', ''],
  ['#1005', '', day('2024-06-01'), 20, '+40 721 000 111', 'Kim Lee', 'yes'],
];

let preview: PreviewServer;
let browser: Browser;
let page: Page;
let model: { horizonMonths: number };
const external: string[] = [];

beforeAll(async () => {
  await buildOnce();
  const host = sampleHost({ locale: 'en_GB', dist: distFile('') });
  // The customer-value model of the order sheet, so the Customers sheet has P(alive) and predicted CLV.
  model = host.runFromSidebar('buildCustomerValue', { sheetName: 'Orders', period: 'week' }) as { horizonMonths: number };
  host.addSheet({ name: 'Shopify', cells: [], values: SHOPIFY });
  // That leaves "Customer predictions" active; the owner goes back to the orders.
  host.spreadsheet.setActiveSheet(host.spreadsheet.getSheetByName('Orders')!);
  preview = await startPreview({ host, port: 0, dist: distFile('') });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 300, height: 1100 }, acceptDownloads: true });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(preview.url) && !url.startsWith('blob:')) {
      external.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(preview.url);
  await page.waitForSelector('#column-customer');
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * A sheet's display values as an HTML table: above the column headers a cell followed by empty
 * cells spans them (Sheets lets text overflow into empty neighbours); the header rows bold.
 */
function sheetHtml(name: string, boldRow: number): string {
  const sheet = preview.host.spreadsheet.getSheetByName(name)!;
  const rows = Math.min(25, sheet.getLastRow());
  const values = sheet.getRange(1, 1, rows, sheet.getLastColumn()).getDisplayValues() as string[][];
  const body = values
    .map((row, r) => {
      const cells: string[] = [];
      for (let c = 0; c < row.length; ) {
        let span = 1;
        while (r + 1 < boldRow && row[c] !== '' && c + span < row.length && row[c + span] === '') span++;
        const style = r + 1 === boldRow || r === 0 ? 'font-weight:bold' : '';
        cells.push(`<td${span > 1 ? ` colspan="${span}" class="wide"` : ''} style="${style}">${escapeHtml(row[c])}</td>`);
        c += span;
      }
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('');
  return `<!DOCTYPE html><meta charset="utf-8"><body style="margin:8px;font:12px Arial"><table style="border-collapse:collapse">${body}</table>
<style>td{border:1px solid #dadce0;padding:2px 5px;white-space:nowrap;vertical-align:top}td.wide{white-space:normal;max-width:1400px}</style>`;
}

async function shootSheet(name: string, boldRow: number, file: string): Promise<void> {
  const sheetPage = await browser.newPage({ viewport: { width: 1600, height: 600 } });
  await sheetPage.setContent(sheetHtml(name, boldRow));
  await sheetPage.screenshot({ path: join(OUT, file), fullPage: true });
  await sheetPage.close();
}

describe('the Customers tab in Chromium at 300 px', () => {
  it('opens from its tab and fits 300 px', async () => {
    await page.click('#tab-customers');
    expect(await page.isVisible('#panel-customers')).toBe(true);
    expect(await page.isHidden('#panel-report')).toBe(true);
    expect(await page.inputValue('#customers-sheet')).toBe('Orders');
    expect(await page.textContent('#customers-build')).toBe('Build the Customers sheet');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
  });

  it('builds the Customers sheet and shows the shop\'s default tiers', async () => {
    await page.click('#customers-build');
    await page.waitForSelector('#customers-tiers-result li, #customers-error:not([hidden])');
    expect(await page.isHidden('#customers-error')).toBe(true);
    const shown = await page.locator('#customers-tiers-result li').allTextContents();
    expect(shown).toHaveLength(3);
    // The defaults: Member at 0, then two plain numbers (1, 2, 2.5 or 5 × 10^k), each with its customers.
    expect(shown[0]).toMatch(/^Member \(0\): \d+$/);
    expect(shown[1]).toMatch(/^Silver \((1|2|2\.5|5)(0*)\): \d+$/);
    expect(shown[2]).toMatch(/^Gold \((1|2|2\.5|5)(0*)\): \d+$/);
    const counts = shown.map((line) => Number(line.split(': ')[1]));
    // The tiers' customers add up to everyone listed ("N customers written …"; Member starts at 0).
    const done = (await page.textContent('#customers-output p'))!;
    expect(done).toMatch(/^\d+ customers written to the sheet "Customers"\.$/);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(Number(done.split(' ')[0]));
    expect(await page.inputValue('#customers-tiers')).toBe(shown.map((line) => line.replace(/ \((.*)\): \d+$/, ':$1')).join(', '));
    expect(await page.locator('#customers-output p.muted').first().textContent()).toBe(
      'These are defaults from this shop\'s spending (75th and 95th percentile, rounded): change them in the sidebar.',
    );
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(OUT, 'customers-tab-built.png'), fullPage: true });
    const customersSheet = preview.host.spreadsheet.getSheetByName('Customers')!;
    const header = customersSheet.getRange(5, 1, 1, customersSheet.getLastColumn()).getDisplayValues()[0];
    expect(header).toContain('P(alive)');
    expect(header).toContain(`Predicted CLV, ${model.horizonMonths} months`);
    await shootSheet('Customers', 5, 'customers-sheet.png');
  });

  it('exports a list: the consent note first, then the CSV download', async () => {
    // Days ahead and the tier show only for the choices that use them.
    expect([await page.isVisible('#customers-days'), await page.isVisible('#customers-tier-name')]).toEqual([false, false]);
    // The choice in full under the select, which cuts a long one short at 300 px.
    expect(await page.textContent('#customers-who-full')).toBe('valuable customers who are overdue or lapsed (win back)');
    await page.selectOption('#customers-who', 'nudge');
    expect(await page.textContent('#customers-who-full')).toBe('one-time buyers 30–60 days after their first purchase (second-purchase nudge)');
    await page.screenshot({ path: join(OUT, 'customers-tab-who.png'), fullPage: true });
    await page.selectOption('#customers-who', 'anniversary');
    expect([await page.isVisible('#customers-days'), await page.isVisible('#customers-tier-name')]).toEqual([true, false]);
    await page.selectOption('#customers-who', 'tier');
    expect([await page.isVisible('#customers-days'), await page.isVisible('#customers-tier-name')]).toEqual([false, true]);
    await page.selectOption('#customers-who', 'all');
    await page.click('#customers-export');
    await page.waitForSelector('#customers-download, #customers-error:not([hidden])');
    expect(await page.isHidden('#customers-error')).toBe(true);
    const notes = page.locator('#customers-export-output p');
    // The consent note first: the sample shop has no consent column.
    expect(await notes.nth(0).textContent()).toBe(
      'The order sheet has no consent column, so consent cannot be read from orders: upload only people who agreed to receive marketing.',
    );
    expect(await notes.nth(0).getAttribute('role')).toBe('note');
    expect(await notes.nth(1).textContent()).toMatch(/^\d+ customers written to the sheet "Campaign list"\.$/);
    const link = page.locator('#customers-download');
    expect(await link.textContent()).toBe('Download as CSV');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^klaviyo-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Email,Phone Number,Country,First Name,Last Name');
    // Everyone is listed: one line per customer of the Customers sheet (the sample shop's customers are e-mails).
    const listed = Number((await notes.nth(1).textContent())!.split(' ')[0]);
    expect(lines.filter((line) => line !== '')).toHaveLength(listed + 1);
    expect(lines[1]).toMatch(/^[a-z]+\.\d+@example\.com,,,,$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.screenshot({ path: join(OUT, 'customers-tab-exported.png'), fullPage: true });
    await shootSheet('Campaign list', 3, 'campaign-list-sheet.png');
  });

  it('keeps every word of the tab labels whole at 300 px in each language', async () => {
    for (const language of ['en', 'pl', 'ru', 'ro', 'da']) {
      await page.selectOption('#language', language);
      await page.waitForFunction((lang) => document.documentElement.lang === lang && document.getElementById('tab-customers') !== null, language);
      await page.click('#tab-customers');
      // After the export the campaign list is the active sheet: the add-on's own sheets are not offered as order sheets.
      expect(await page.inputValue('#customers-sheet'), language).toBe('Orders');
      expect(await page.locator('#customers-sheet option').allTextContents()).toEqual(['Orders', 'Shopify']);
      await page.screenshot({ path: join(OUT, `customers-tab-${language}.png`), clip: { x: 0, y: 0, width: 300, height: 420 } });
      // A word broken over two lines starts and ends on different lines (words split at hyphens and soft hyphens: e-|mail is fine).
      const broken = await page.evaluate(() =>
        Array.from(document.querySelectorAll('[role="tab"]')).flatMap((tab) => {
          const text = tab.firstChild as Text;
          const words: string[] = [];
          const topOf = (i: number) => {
            const range = document.createRange();
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            return Math.round(range.getBoundingClientRect().top);
          };
          for (const match of text.data.matchAll(/[^\s\u00AD-]+/g)) {
            // From the word's second letter: Chromium gives the letter after a soft-hyphen break the previous line's box.
            const first = match.index! + Math.min(1, match[0].length - 1);
            if (topOf(first) !== topOf(match.index! + match[0].length - 1)) words.push(match[0]);
          }
          return words;
        }),
      );
      expect(broken, language).toEqual([]);
      // Every tab inside the 300 px (the body hides what overflows, so scrollWidth would not tell).
      const rights = await page.evaluate(() => Array.from(document.querySelectorAll('[role="tab"]')).map((tab) => tab.getBoundingClientRect().right));
      expect(Math.max(...rights), language).toBeLessThanOrEqual(288);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), language).toBeLessThanOrEqual(300);
    }
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
  });

  it('builds from a Shopify export with contacts and exports for Mailchimp only who consented, names kept as text', async () => {
    await page.selectOption('#customers-sheet', 'Shopify');
    await page.fill('#customers-tiers', 'Member:0,VIP:150');
    await page.click('#customers-build');
    await page.waitForSelector('#customers-tiers-result li, #customers-error:not([hidden])');
    expect(await page.isHidden('#customers-error')).toBe(true);
    // ola 120 + 60 = 180 ≥ 150: VIP; jan 80.5 and "=1+1" 35: Member (the last row has no customer).
    expect(await page.locator('#customers-tiers-result li').allTextContents()).toEqual(['Member (0): 2', 'VIP (150): 1']);
    // The data notes run as sentences in row 2 (the skipped-rows line has no full stop in the sidebar).
    expect(preview.host.spreadsheet.getSheetByName('Customers')!.getRange('A2').getValue()).toMatch(/5 rows read, 4 used\. 1 skipped: no customer \(row 6\)\.$/);
    await shootSheet('Customers', 5, 'customers-sheet-shopify.png');
    await page.selectOption('#customers-destination', 'mailchimp');
    await page.selectOption('#customers-who', 'all');
    await page.click('#customers-export');
    await page.waitForSelector('#customers-download, #customers-error:not([hidden])');
    expect(await page.isHidden('#customers-error')).toBe(true);
    const notes = page.locator('#customers-export-output p');
    expect(await notes.nth(0).textContent()).toBe('Only customers who agreed to marketing (the consent column) are listed.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#customers-download')]);
    const lines = readFileSync((await download.path())!, 'utf8').split('\r\n');
    // Mailchimp: ola (first purchase 03-14) and jan (04-02); "=1+1" said no.
    expect(lines.slice(0, 3)).toEqual([
      'Email Address,First Name,Last Name,Phone Number,Anniversary',
      'ola@example.pl,<b>Ola</b>,Nowak,+48601234567,03/14',
      'jan@example.dk,Jan,Ærø,+4512345678,04/02',
    ]);
    await page.screenshot({ path: join(OUT, 'customers-tab-mailchimp.png'), fullPage: true });
    await shootSheet('Campaign list', 3, 'campaign-list-mailchimp.png');
    const campaign = preview.host.spreadsheet.getSheetByName('Campaign list')!;
    expect(campaign.getRange('B4').getValue()).toBe('<b>Ola</b>');
  });

  it('needed no network beyond the local preview', () => {
    expect(external).toEqual([]);
  });
});
