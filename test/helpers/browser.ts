/**
 * Chromium for the browser tests: Debian's /usr/bin/chromium driven by playwright-core, headless,
 * with nothing fetched in the background. Screenshots go to SHOTS (look at them after a change).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { projectRoot } from './build';

/** Where the browser tests put their screenshots. */
export const SHOTS = join(projectRoot, 'test-output', 'screenshots');

/** Where the browser tests expect Debian's Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * The one-line error the browser tests fail with when Chromium is missing (no Playwright stack):
 * its stack is its message.
 * @example throw missingBrowser('/usr/bin/chromium')
 */
export function missingBrowser(path: string): Error {
  const error = new Error(`Chromium is not installed at ${path}: the browser tests need it. Install it with: apt-get install -y chromium`);
  error.stack = error.message;
  return error;
}

/**
 * Launches headless Chromium and makes sure SHOTS exists.
 * @example const browser = await launchBrowser(); … await browser.close();
 */
export async function launchBrowser(path = CHROMIUM): Promise<Browser> {
  if (!existsSync(path)) throw missingBrowser(path);
  const browser = await chromium.launch({
    executablePath: path,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  mkdirSync(SHOTS, { recursive: true });
  return browser;
}
