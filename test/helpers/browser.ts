/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, headless,
 * with nothing fetched in the background. Screenshots go to SHOTS (look at them after a change).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from './build';

/** Where the browser tests put their screenshots. */
export const SHOTS = join(projectRoot, 'test-output', 'screenshots');

/**
 * Launches headless Chromium and makes sure SHOTS exists.
 * @example const browser = await launchBrowser(); … await browser.close();
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  mkdirSync(SHOTS, { recursive: true });
  return browser;
}
