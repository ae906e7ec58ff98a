/**
 * Timing: a full garbage collection (when node runs with --expose-gc, as `npm run bench` does) so
 * the previous measurement's garbage is not billed to this one, one warm-up run, then `reps` timed
 * runs back to back. Forcing a full collection before every run was tried and dropped: it flushes
 * compiled code and inline caches, so each run started half cold (a 100,000-row custom function
 * measured 70–130 ms that way against 36–60 ms back to back).
 */

/** The timed runs of one measurement, in milliseconds. */
export interface Timing {
  median: number;
  min: number;
  runs: number[];
}

const gc = (globalThis as { gc?: () => void }).gc;

/**
 * Times `run` (sync or async) `reps` times after one warm-up; returns the median and every run.
 * `collectEachRun`: a full collection before each timed run too, for runs of a second that each
 * leave hundreds of megabytes behind (see bench/customers.ts).
 * @example const t = await measure(() => cohortTable(table, { period: 'month' })); t.median // 24.1
 */
export async function measure(run: () => unknown, reps = 9, options: { collectEachRun?: boolean } = {}): Promise<Timing> {
  gc?.();
  await run();
  const runs: number[] = [];
  for (let r = 0; r < reps; r++) {
    if (options.collectEachRun) gc?.();
    const t0 = performance.now();
    await run();
    runs.push(performance.now() - t0);
  }
  return { median: median(runs), min: Math.min(...runs), runs };
}

/**
 * `measure` for a run that times itself: `run` returns the milliseconds of its timed parts (e.g. the
 * reading of each block, not the making of the blocks that stands in for `getValues`).
 * @example const t = await measureSpans(() => { const t0 = performance.now(); work(); return performance.now() - t0; });
 */
export async function measureSpans(run: () => number | Promise<number>, reps = 9): Promise<Timing> {
  gc?.();
  await run();
  const runs: number[] = [];
  for (let r = 0; r < reps; r++) runs.push(await run());
  return { median: median(runs), min: Math.min(...runs), runs };
}

/** The median (the mean of the two middle values for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
