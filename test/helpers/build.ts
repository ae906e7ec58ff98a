/**
 * Tests run against the built bundle, which vitest's global setup (test/globalSetup.ts) builds from
 * the current src/ before any test file runs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(__dirname, '..', '..');

/** Path of a file in dist/. */
export function distFile(name: string): string {
  return join(projectRoot, 'dist', name);
}

/** Fails clearly when dist/ is missing (the global setup builds it before the tests). */
export async function buildOnce(): Promise<void> {
  if (!existsSync(distFile('Code.js'))) throw new Error('dist/Code.js is missing: run the tests with vitest (its global setup builds it).');
}
