/**
 * The `retention` command run in-process, through the runner's own entry (src/local/retention.ts,
 * which bin/retention.cjs calls): its exit status and what it wrote, shaped like spawnSync's
 * result. Spawning the runner costs a Node start and a bundle load per call; cli.test.ts still
 * spawns the real command.
 */
import { runRetention } from '../../src/local/retention';

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** @example const { status, stdout } = await retention('cohort', file, '--json'); */
export async function retention(...args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const status = await runRetention(args, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

/** Its stdout; throws with its stderr when it fails (as execFileSync would). */
export async function retentionOutput(...args: string[]): Promise<string> {
  const result = await retention(...args);
  if (result.status !== 0) throw Object.assign(new Error(`retention ${args[0]} failed (${result.status}): ${result.stderr}`), result);
  return result.stdout;
}
