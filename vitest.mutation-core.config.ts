/**
 * The quick test set of `npm run mutation:<folder>:core` (docs/MUTATION.md): the core's own tests
 * (test/core/**) only, without the bundle, host and runner tests. A mutant these tests kill is
 * killed by the whole set too, so the score of a quick run is a lower bound of the full run's.
 */
import mutation from './vitest.mutation.config';

// Not mergeConfig: it would append to `include` instead of replacing it.
export default { ...mutation, test: { ...mutation.test, include: ['test/core/**/*.test.ts'] } };
