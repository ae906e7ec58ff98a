/**
 * Vitest global setup: builds dist/ and build/ from the current src/ before any test file runs, so
 * a single test file run after an edit (`npx vitest run test/…`) tests the code as it is now.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(__dirname, '..');
  execFileSync(process.execPath, [join(root, 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
}
