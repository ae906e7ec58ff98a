/**
 * The sidebar in a real browser (Debian's Chromium driven by playwright-core), served by the local
 * preview against the built add-on: the whole flow at 300 px, the keyboard, errors, five languages.
 * Screenshots go to test-output/screenshots/ (look at them after a change to the sidebar).
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHost, startPreview, type PreviewServer } from '../../src/local/preview';
import type { StoredValue } from '../../src/local/sheetData';
import { buildOnce, distFile } from '../helpers/build';
import { launchBrowser, SHOTS } from '../helpers/browser';

const day = (iso: string): StoredValue => {
  const [year, month, d] = iso.split('-').map(Number);
  return { wall: { year, month, day: d, hour: 12, minute: 0, second: 0 } };
};

/**
 * Headers the add-on cannot read, so it guesses from values: "extra" has more decimals than "paid",
 * so it takes "extra" as the amount; the user corrects it to "paid".
 */
const MANUAL: StoredValue[][] = [
  ['who', 'when', 'paid', 'extra'],
  ['a', day('2024-01-05'), 10, 1.5],
  ['b', day('2024-01-20'), 20, 2.5],
  ['a', day('2024-02-03'), 15, 0.75],
  ['c', day('2024-02-10'), 5, 1.25],
  ['a', day('2024-03-15'), 10, 0.5],
];

let preview: PreviewServer;
let browser: Browser;
const external: string[] = [];

beforeAll(async () => {
  await buildOnce();
  const host = sampleHost({ locale: 'en_GB', dist: distFile('') });
  host.addSheet({ name: 'Manual', cells: [], values: MANUAL });
  host.addSheet({ name: 'Broken', cells: [], values: [['Customer', 'Note', 'Amount'], ['a', 'hello', 10]] });
  preview = await startPreview({ host, port: 0, dist: distFile('') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await preview?.close();
});

async function openSidebar(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 1100 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(preview.url)) {
      external.push(url);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(preview.url);
  await page.waitForSelector('#column-customer');
  return page;
}

const reportValues = () => {
  const sheet = preview.host.spreadsheet.getSheetByName('Cohort report');
  return sheet ? sheet.getDataRange().getValues() : [];
};

describe('the sidebar in Chromium at 300 px', () => {
  it('shows the detected columns of the active sheet with a preview, and fits 300 px', async () => {
    const page = await openSidebar();
    expect(await page.inputValue('#sheet')).toBe('Orders');
    // The sample shop: Order ID | Order date | Customer email | Product | Quantity | Unit price.
    expect(await page.inputValue('#column-customer')).toBe('2');
    expect(await page.inputValue('#column-quantity')).toBe('4');
    expect(await page.inputValue('#column-price')).toBe('5');
    expect(await page.inputValue('#column-amount')).toBe('');
    // Quantity × unit price stand in for the amount, so its absence is no problem.
    expect(await page.textContent('#column-amount-why')).toBe('optional, not used');
    expect(await page.locator('.sample tbody tr').count()).toBe(5);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(300);
    await page.close();
  });

  it('lets the user correct a column, change options, build, and shows the report', async () => {
    const page = await openSidebar();
    await page.selectOption('#sheet', 'Manual');
    await page.waitForFunction(() => (document.getElementById('column-amount') as HTMLSelectElement | null)?.value === '3');
    expect(await page.textContent('#column-amount-why')).toBe('guessed from its values');
    // No header names the customer either: the sidebar says the customer was guessed, and from what.
    expect(await page.textContent('#platform')).toBe('No known shop export recognised: the columns were found by their headers and values.');
    expect(await page.textContent('#doubts')).toBe('No header names the customer: "who" was chosen from its values (e.g. a). Check that it is the customer.');
    expect(await page.textContent('#column-customer-why')).toBe('guessed from its values · check it (see above)');
    await page.selectOption('#column-amount', '2');
    expect(await page.textContent('#column-amount-why')).toBe('your choice');
    await page.selectOption('#metric', 'revenue');
    await page.check('#includeRefunds');
    // Hold the build call back a moment to see the busy state.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/run/buildCohortReport', async (route) => {
      await held;
      await route.continue();
    });
    await page.click('#build');
    await page.waitForSelector('.busy');
    expect(await page.isDisabled('#build')).toBe(true);
    expect(await page.locator('.steps li').allTextContents()).toEqual([
      'Reading 5 rows of "Manual"',
      'Computing the cohort table',
      'Writing the report sheet',
    ]);
    await page.screenshot({ path: join(SHOTS, 'sidebar-en-busy.png'), fullPage: true });
    release();
    await page.waitForSelector('.done');
    expect(await page.isDisabled('#build')).toBe(false);
    expect(await page.textContent('.done')).toBe('Done: the report is on the sheet "Cohort report" (2 cohorts, 3 periods).');
    await page.screenshot({ path: join(SHOTS, 'sidebar-en-done.png'), fullPage: true });
    const v = reportValues();
    // Net revenue from "paid": Jan cohort (a, b): 10 + 20, then a's 15, then a's 10. Feb cohort (c): 5, then 0.
    expect(v[6].slice(0, 5)).toEqual(['Jan 2024', 2, 30, 15, 10]);
    expect(v[7].slice(0, 5)).toEqual(['Feb 2024', 1, 5, 0, '']);
    expect(v[3][0]).toContain('Refunds and cancellations count as purchases.');
    await page.close();
  });

  it('remembers the sheet, the correction and the options when reopened', async () => {
    const page = await openSidebar();
    expect(await page.inputValue('#sheet')).toBe('Manual');
    await page.waitForFunction(() => (document.getElementById('column-amount') as HTMLSelectElement | null)?.value === '2');
    expect(await page.inputValue('#metric')).toBe('revenue');
    expect(await page.isChecked('#includeRefunds')).toBe(true);
    await page.close();
  });

  it('works from the keyboard: tabs with arrow keys, options and Build with keys', async () => {
    const page = await openSidebar();
    const tab = page.locator('[role="tab"]').first();
    expect(await tab.getAttribute('aria-selected')).toBe('true');
    expect(await tab.getAttribute('aria-controls')).toBe('panel-report');
    const tabCount = await page.locator('[role="tab"]').count();
    await tab.focus();
    await page.keyboard.press('ArrowRight');
    // The next tab (or the same one when the report is the only panel) is focused and selected.
    const focused = () => page.evaluate(() => [document.activeElement?.id, document.activeElement?.getAttribute('aria-selected')]);
    expect(await focused()).toEqual([tabCount > 1 ? await page.locator('[role="tab"]').nth(1).getAttribute('id') : 'tab-report', 'true']);
    expect(await page.isHidden('#panel-report')).toBe(tabCount > 1);
    await page.keyboard.press('Home');
    expect(await focused()).toEqual(['tab-report', 'true']);
    expect(await page.isVisible('#panel-report')).toBe(true);
    await page.press('#period', 'ArrowUp'); // month → week
    await page.waitForFunction(() => (document.getElementById('period') as HTMLSelectElement).value === 'week');
    expect(await page.inputValue('#period')).toBe('week');
    expect(await page.isVisible('#weekStart')).toBe(true);
    await page.press('#metric', 'Home'); // → customers %
    await page.waitForFunction(() => (document.getElementById('metric') as HTMLSelectElement).value === 'percent');
    await page.focus('#build');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.done');
    // Weekly, Monday (en_GB): a buys in the weeks of Jan 1, Jan 29 and Mar 11; b in the week of Jan 15.
    const v = reportValues();
    expect(v[6].slice(0, 3)).toEqual(['2024-01-01', 1, 1]);
    expect(v[7].slice(0, 3)).toEqual(['2024-01-15', 1, 1]);
    await page.close();
  });

  it('shows an error in plain words for a broken sheet', async () => {
    const page = await openSidebar();
    await page.selectOption('#sheet', 'Broken');
    await page.waitForFunction(() => document.getElementById('column-date-why')?.textContent === 'not found: choose it');
    await page.click('#build');
    await page.waitForSelector('[role="alert"]:not([hidden])');
    expect(await page.textContent('.error-box')).toBe(
      'No column of the sheet "Broken" holds the order dates. Its columns are: "Customer", "Note", "Amount". Choose the order date column.',
    );
    await page.screenshot({ path: join(SHOTS, 'sidebar-en-error.png'), fullPage: true });
    await page.close();
  });

  it('speaks each language, switchable in the sidebar, and fits 300 px in all of them', async () => {
    const page = await openSidebar();
    const builds: Record<string, string> = { en: 'Build report', pl: 'Utwórz raport', ru: 'Построить отчёт', ro: 'Creează raportul', da: 'Lav rapport' };
    for (const [language, build] of Object.entries(builds)) {
      await page.selectOption('#language', language);
      await page.waitForFunction((text) => document.getElementById('build')?.textContent === text, build);
      await page.waitForSelector('.sample tbody tr');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), language).toBeLessThanOrEqual(300);
      await page.screenshot({ path: join(SHOTS, `sidebar-${language}.png`), fullPage: true });
    }
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.getElementById('build')?.textContent === 'Build report');
    await page.close();
  });

  it('needed no network beyond the local preview', () => {
    expect(external).toEqual([]);
  });
});
