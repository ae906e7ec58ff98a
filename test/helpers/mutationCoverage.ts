/**
 * Setup file of `npm run mutation` only (vitest.mutation.config.ts; docs/MUTATION.md).
 *
 * Stryker records which mutants each test reaches while a test runs (between its beforeEach and
 * afterEach); code run outside a test, by a file's beforeAll hooks, counts as "static", and a
 * static mutant is run against the whole suite. The tests here do their work in beforeAll (a host
 * loaded once, a fit computed once per file), so that would make most mutants static. This file
 * gives what the hooks of a test file reached to every test of that file, which is what the
 * mutant can change: those tests, with the hooks they run. Only what the test modules reached
 * while being imported stays static.
 */
import { afterAll, beforeAll } from 'vitest';

type Coverage = Record<string, number>;
interface StrykerNamespace {
  mutantCoverage?: { static: Coverage; perTest: Record<string, Coverage> };
}
interface Task {
  type: string;
  name: string;
  suite?: Task;
  file?: { filepath: string };
  tasks?: Task[];
}

/** Stryker's id of a test (its vitest runner's `toRawTestId`): file path, '#', suite and test names. */
function strykerTestId(test: Task): string {
  const names = [test.name];
  for (let suite = test.suite; suite; suite = suite.suite) names.unshift(suite.name);
  return `${test.file?.filepath ?? 'unknown.js'}#${names.join(' ').trim()}`;
}

function testsOf(task: Task): Task[] {
  return task.type === 'test' ? [task] : (task.tasks ?? []).flatMap(testsOf);
}

const ns = (globalThis as { __stryker__?: StrykerNamespace }).__stryker__;
if (ns) {
  let atImport: Coverage = {};
  beforeAll(() => {
    atImport = { ...ns.mutantCoverage?.static };
  });
  // Runs before Stryker's own afterAll (hooks run as a stack), which reads the coverage.
  // eslint-disable-next-line no-empty-pattern
  afterAll(({}, suite) => {
    const coverage = ns.mutantCoverage;
    if (!coverage) return;
    const byHooks: Coverage = {};
    for (const [mutant, hits] of Object.entries(coverage.static)) {
      const more = hits - (atImport[mutant] ?? 0);
      if (more > 0) byHooks[mutant] = more;
    }
    coverage.static = atImport;
    for (const test of testsOf(suite as unknown as Task)) {
      const perTest = (coverage.perTest[strykerTestId(test)] ??= {});
      for (const [mutant, hits] of Object.entries(byHooks)) perTest[mutant] = (perTest[mutant] ?? 0) + hits;
    }
  });
}
