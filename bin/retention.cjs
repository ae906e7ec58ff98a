#!/usr/bin/env node
// The `retention` command: runs the built add-on (dist/Code.js) in the local Apps Script host.
// The runner itself is bundled by build.mjs into build/retention.cjs (npm install builds it).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const runner = join(__dirname, '..', 'build', 'retention.cjs');
if (!existsSync(runner)) {
  console.error('The add-on is not built yet. Run `npm install` (or `npm run build`) in the project folder first.');
  process.exit(1);
}
require(runner);
