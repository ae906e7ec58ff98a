/**
 * Without Chromium the browser tests fail with one line that says how to install it, not with a
 * Playwright stack.
 */
import { describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser';

describe('launchBrowser', () => {
  it('says how to install Chromium when it is missing, in one line', async () => {
    const error = await launchBrowser('/nonexistent/chromium').then(
      () => null,
      (e: Error) => e,
    );
    expect(error?.message).toBe('Chromium is not installed at /nonexistent/chromium: the browser tests need it. Install it with: apt-get install -y chromium');
    expect(error?.stack).toBe(error?.message);
    expect(error?.message).not.toContain('\n');
  });
});
