#!/usr/bin/env node
// The `retention` command: runs the built add-on (dist/Code.js) in the local Apps Script host.
// The runner itself is bundled by build.mjs into build/retention.cjs; the first run builds it
// (`npm run build` or `npm run demo` build it too).
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const runner = join(root, 'build', 'retention.cjs');
if (!existsSync(runner) || !existsSync(join(root, 'dist', 'Code.js'))) {
  const built = spawnSync(process.execPath, [join(root, 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0 || !existsSync(runner)) {
    console.error('The add-on could not be built. Run `npm install`, then `npm run build`, in the project folder.');
    process.exit(1);
  }
}
require(runner);
