/**
 * The `retention` command line as a user meets it: help, bad usage, and a file it cannot read.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, projectRoot } from '../../helpers/build';

beforeAll(buildOnce);

function retention(...args: string[]) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('retention', () => {
  it('prints its help and every command of the contract', () => {
    const { code, stdout } = retention('--help');
    expect(code).toBe(0);
    for (const command of ['demo', 'cohort FILE', 'metrics FILE --from DATE --to DATE', 'email FILE --week-ending DATE', 'clv FILE']) {
      expect(stdout).toContain(command);
    }
  });

  it('refuses an unknown command with exit code 2', () => {
    const { code, stderr } = retention('bogus');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^Unknown command "bogus"/);
  });

  it('names a missing file', () => {
    const { code, stderr } = retention('cohort', 'no-such-orders.csv', '--quiet');
    expect(code).toBe(1);
    expect(stderr).toContain('File not found: "no-such-orders.csv"');
  });

  it('says how to name the columns when it cannot find them, in any language', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'retention-cli-')), 'notes.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    for (const locale of ['en_US', 'pl_PL']) {
      const { code, stderr } = retention('cohort', file, '--quiet', '--locale', locale);
      expect(code).toBe(1);
      expect(stderr).toContain('--customer COL --date COL');
      expect(stderr).toContain('"a", "b"'); // the sheet's columns, listed
    }
  });
});
