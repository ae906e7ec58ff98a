/**
 * Tests run against the built bundle. `npm test` builds before vitest starts; a test run on its own
 * (npx vitest run test/…) builds once here if dist/ is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const projectRoot = join(__dirname, '..', '..');

/** Path of a file in dist/. */
export function distFile(name: string): string {
  return join(projectRoot, 'dist', name);
}

/** Builds dist/ unless it is there already. */
export async function buildOnce(): Promise<void> {
  if (existsSync(distFile('Code.js'))) return;
  execFileSync(process.execPath, [join(projectRoot, 'build.mjs'), '--quiet'], { cwd: projectRoot, stdio: 'inherit' });
}
