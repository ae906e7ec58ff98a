/** Test helper: what a metric call refused with, as `[code, params]`, so one assertion checks both. */
import { MetricError } from '../../../src/core/metrics';

/**
 * `[code, params]` of the MetricError `run` throws; any other error as it is; 'no error' when none.
 * @example thrownMetricError(() => nps([11])) // ['score_out_of_range', { position: 1, value: '11' }]
 */
export function thrownMetricError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error instanceof MetricError ? [error.code, error.params] : error;
  }
  return 'no error';
}
