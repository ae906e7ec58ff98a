// The quick mutation run (docs/MUTATION.md): stryker.config.json with the core's own tests only.
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('./stryker.config.json', import.meta.url), 'utf8'));
export default {
  ...base,
  vitest: { ...base.vitest, configFile: 'vitest.mutation-core.config.ts' },
  htmlReporter: { fileName: 'reports/mutation-core/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation-core/mutation.json' },
};
