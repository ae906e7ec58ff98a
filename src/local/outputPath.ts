/**
 * The runner's rule for the files it writes (`--out`, the demo's files): never the order file it
 * reads, and never an existing file it did not write itself unless `--force` is given.
 *
 * "The same file" is decided on the resolved paths (symbolic links followed, `..` and `./`
 * removed), then on the device and inode numbers (hard links, and a name that differs only in
 * letter case on a case-insensitive file system, as macOS and Windows have by default), and last,
 * where the file system has no inode numbers, on the lower-case paths when the file system ignores
 * case. "Written by the runner" is its mark in the file (files/marker.ts).
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isRunnerOutput } from './files/marker';

/** A wrong command line: the runner exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/**
 * Throws a UsageError when writing to `out` would replace one of the `inputs`, or an existing file
 * the runner did not write (unless `force`). `option` names the option in the message.
 * @example checkOutputPath('shop.csv', ['shop.csv'], false) // throws: "--out shop.csv is the order file itself …"
 */
export function checkOutputPath(out: string, inputs: (string | undefined)[], force: boolean, option = '--out'): void {
  for (const input of inputs) {
    if (input !== undefined && isSameFile(out, input)) {
      throw new UsageError(
        `${option} ${out} is the order file itself${out === input ? '' : ` (${input})`}: the result would replace your orders. ` +
          `Name another file, e.g. ${option} report.xlsx. (--force does not change this.)`,
      );
    }
  }
  if (!force && existsSync(out) && statSync(out).isFile() && !isRunnerOutput(out)) {
    throw new UsageError(
      `${option} ${out}: the file exists and was not written by retention, so it is left as it is. ` +
        'Name a new file, or add --force to replace it.',
    );
  }
}

/**
 * Whether two paths name the same existing file.
 * @example isSameFile('shop.csv', './link-to-shop.csv') // true when the link points at shop.csv
 */
export function isSameFile(a: string, b: string): boolean {
  if (!existsSync(a) || !existsSync(b)) return false;
  const realA = realpathSync.native(a);
  const realB = realpathSync.native(b);
  if (realA === realB) return true;
  const statA = statSync(realA, { bigint: true });
  const statB = statSync(realB, { bigint: true });
  if (statA.ino !== 0n && statA.dev === statB.dev && statA.ino === statB.ino) return true;
  return statA.ino === 0n && realA.toLowerCase() === realB.toLowerCase() && ignoresCase(realA);
}

/** Whether the file system holding `path` ignores letter case: the path with its case flipped names a file too. */
function ignoresCase(path: string): boolean {
  const flipped = [...path].map((ch) => (ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase())).join('');
  return flipped !== path && existsSync(flipped);
}
