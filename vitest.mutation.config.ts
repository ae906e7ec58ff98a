/**
 * The test set of `npm run mutation` (docs/MUTATION.md): the whole suite, bundle tests included,
 * except the tests that cannot see a mutant. The runner commands' tests spawn `bin/retention.cjs`
 * in a child process, whose code never shares the test process's `__stryker__` switch, and the
 * browser tests drive Chromium; both always run the unmutated behaviour and only cost time.
 *
 * Stryker's vitest runner forces `pool: 'threads'`, but the local host emulates the script's zone
 * by setting `process.env.TZ`, which Node applies to `Date` only in a process's main thread (a
 * worker thread's `process.env` is a copy), so the tests run in forks as `npm test` runs them.
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export const MUTATION_EXCLUDE = [...configDefaults.exclude, 'test/ui/**', 'test/local/commands/**'];

export default mergeConfig(
  base,
  defineConfig({
    plugins: [
      {
        name: 'mutation-tests-in-forks',
        configureVitest({ project }) {
          project.config.pool = 'forks';
        },
      },
    ],
    // What a test file's beforeAll hooks reach is given to its tests (see the file).
    // One long-lived fork for every file and every mutant run (no process and module graph per
    // file): a mutant run then costs the tests it reaches, not a Node start per test file.
    test: { exclude: MUTATION_EXCLUDE, setupFiles: ['test/helpers/mutationCoverage.ts'], isolate: false },
  }),
);
