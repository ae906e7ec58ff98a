/**
 * The weekly e-mail in a real browser (Debian's Chromium through playwright-core), rendered by the
 * built add-on from the seeded sample shop, at a desktop (800 px) and a phone (375 px) width, in
 * each language. Screenshots go to test-output/screenshots/email-<language>-<width>.png: look at
 * them after a change to the e-mail. The checks are the ones Gmail's views depend on: nothing wider
 * than the screen, all 12 bars drawn, no request for anything outside the message.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/i18n';
import { LocalHost } from '../../src/local/host/index';
import { sampleShop } from '../../src/local/sampleShop';
import { buildOnce, distFile } from '../helpers/build';
import { launchBrowser, SHOTS } from '../helpers/browser';

const LOCALES = { en: 'en_US', pl: 'pl_PL', ru: 'ru_RU', ro: 'ro_RO', da: 'da_DK' } as const;

let browser: Browser;
const html: Record<string, string> = {};

beforeAll(async () => {
  await buildOnce();
  const shop = sampleShop({ seed: 7, customers: 400, endDate: '2026-10-31' });
  for (const language of LANGUAGES) {
    const host = new LocalHost({ timeZone: 'Europe/Warsaw', locale: LOCALES[language], spreadsheetName: 'Sklep "Pod Lipą" <test>', distDir: distFile('') }).load();
    host.addSheet(shop);
    const rendered = host.runFromSidebar('previewWeeklyEmail', { weekEnding: '2026-10-25', sheetName: shop.name, language }) as { html: string };
    html[language] = rendered.html;
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LANGUAGES.map((language) => [language]))('the weekly e-mail in %s', (language) => {
  it.each([[800], [375]])('fits %i px and draws every part', async (width) => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('data:') && request.url() !== 'about:blank') requests.push(request.url());
    });
    await page.setContent(html[language]);
    const layout = await page.evaluate(() => {
      const bars = Array.from(document.querySelectorAll('td[height]')).map((td) => td.getBoundingClientRect());
      const widest = Math.max(...Array.from(document.querySelectorAll('body *')).map((node) => node.getBoundingClientRect().right));
      return { scrollWidth: document.documentElement.scrollWidth, widest, bars: bars.map((b) => ({ right: b.right, width: b.width, height: b.height })) };
    });
    expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    expect(layout.widest).toBeLessThanOrEqual(width);
    expect(layout.bars).toHaveLength(12);
    for (const bar of layout.bars) {
      expect(bar.width).toBeGreaterThan(10);
      expect(bar.height).toBeGreaterThanOrEqual(1);
    }
    expect(Math.max(...layout.bars.map((b) => b.height))).toBe(80);
    expect(requests).toEqual([]);
    await page.screenshot({ path: join(SHOTS, `email-${language}-${width}.png`), fullPage: true });
    await page.close();
  });
});
