/**
 * `--out` never replaces the order file (by any name: relative, symbolic link, hard link) nor an
 * existing file the runner did not write, unless --force; the runner's own outputs are replaced.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { linkSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRunnerOutput } from '../../../src/local/files/marker';
import { isSameFile } from '../../../src/local/outputPath';
import { buildOnce, projectRoot } from '../../helpers/build';

beforeAll(buildOnce);

const ORDERS = 'customer,date,amount\na,2024-01-05,10\nb,2024-02-05,20\na,2024-03-01,5\n';

function shop(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'retention-out-'));
  const file = join(dir, 'shop.csv');
  writeFileSync(file, ORDERS);
  return { dir, file };
}

function retention(cwd: string, ...args: string[]) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), ...args, '--quiet'], { encoding: 'utf8', cwd });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const EMAIL = ['--week-ending', '2024-03-03'];

describe('--out and the order file', () => {
  it('refuses to write the cohort report over the order file, and leaves the orders as they were', () => {
    const { dir, file } = shop();
    const run = retention(dir, 'cohort', 'shop.csv', '--out', 'shop.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out shop.csv is the order file itself: the result would replace your orders.');
    expect(readFileSync(file, 'utf8')).toBe(ORDERS);
  });

  it('refuses it by any other name: ./, a folder and .., an absolute path, a symbolic link, a hard link', () => {
    const { dir, file } = shop();
    symlinkSync(file, join(dir, 'link.csv'));
    linkSync(file, join(dir, 'hard.csv'));
    for (const [input, out] of [
      ['shop.csv', './shop.csv'],
      ['shop.csv', `../${dir.split('/').pop()}/shop.csv`],
      ['shop.csv', file],
      ['link.csv', 'shop.csv'],
      ['shop.csv', 'link.csv'],
      ['hard.csv', 'shop.csv'],
    ]) {
      const run = retention(dir, 'cohort', input, '--out', out, '--force');
      expect(run.code, `${input} → ${out}`).toBe(2);
      expect(run.stderr).toContain('is the order file itself');
      expect(readFileSync(file, 'utf8')).toBe(ORDERS);
    }
  });

  it('refuses the weekly e-mail over the order file too', () => {
    const { dir, file } = shop();
    const run = retention(dir, 'email', 'shop.csv', ...EMAIL, '--out', 'shop.csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--out shop.csv is the order file itself');
    expect(readFileSync(file, 'utf8')).toBe(ORDERS);
  });

  it('tells the same file from another one', () => {
    const { dir, file } = shop();
    writeFileSync(join(dir, 'other.csv'), ORDERS);
    symlinkSync(file, join(dir, 'link.csv'));
    expect(isSameFile(file, join(dir, 'link.csv'))).toBe(true);
    expect(isSameFile(file, join(dir, 'other.csv'))).toBe(false);
    expect(isSameFile(file, join(dir, 'missing.xlsx'))).toBe(false);
  });
});

describe('--out and existing files', () => {
  it('leaves a file retention did not write as it is, and replaces it with --force', () => {
    const { dir } = shop();
    const mine = join(dir, 'summary.xlsx');
    writeFileSync(mine, 'my own notes');
    const refused = retention(dir, 'cohort', 'shop.csv', '--out', 'summary.xlsx');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--out summary.xlsx: the file exists and was not written by retention, so it is left as it is. Name a new file, or add --force to replace it.');
    expect(readFileSync(mine, 'utf8')).toBe('my own notes');

    const forced = retention(dir, 'cohort', 'shop.csv', '--out', 'summary.xlsx', '--force');
    expect(forced.code).toBe(0);
    expect(readFileSync(mine).subarray(0, 2).toString()).toBe('PK');
    expect(isRunnerOutput(mine)).toBe(true);
  });

  it('replaces its own report and its own e-mail without --force', () => {
    const { dir } = shop();
    for (let run = 0; run < 2; run++) {
      expect(retention(dir, 'cohort', 'shop.csv', '--out', 'report.xlsx').code).toBe(0);
      expect(retention(dir, 'email', 'shop.csv', ...EMAIL, '--out', 'email.html').code).toBe(0);
    }
    expect(isRunnerOutput(join(dir, 'report.xlsx'))).toBe(true);
    expect(readFileSync(join(dir, 'email.html'), 'utf8')).toContain('<meta name="generator" content="retention">');
  });

  it('does not take an HTML page or a workbook of someone else for its own', () => {
    const { dir } = shop();
    writeFileSync(join(dir, 'page.html'), '<html><head><title>Mine</title></head><body>keep me</body></html>');
    const run = retention(dir, 'email', 'shop.csv', ...EMAIL, '--out', 'page.html');
    expect(run.code).toBe(2);
    expect(readFileSync(join(dir, 'page.html'), 'utf8')).toContain('keep me');
    // The order file itself is not a runner output, and neither is an empty file.
    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect(isRunnerOutput(join(dir, 'shop.csv'))).toBe(false);
    expect(isRunnerOutput(join(dir, 'empty.xlsx'))).toBe(false);
  });

  it('takes a report saved again by another program (another last author) for the user’s own file', async () => {
    const { dir } = shop();
    expect(retention(dir, 'cohort', 'shop.csv', '--out', 'report.xlsx').code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'report.xlsx'));
    expect(workbook.keywords).toBe('retention-runner-output');
    workbook.lastModifiedBy = 'Anna';
    await workbook.xlsx.writeFile(join(dir, 'report.xlsx'));
    expect(isRunnerOutput(join(dir, 'report.xlsx'))).toBe(false);
    expect(retention(dir, 'cohort', 'shop.csv', '--out', 'report.xlsx').code).toBe(2);
  });

  it("keeps the demo's folder when it holds someone else's report.xlsx", () => {
    const { dir } = shop();
    writeFileSync(join(dir, 'report.xlsx'), 'not the demo');
    const run = retention(dir, 'demo', '--out-dir', dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('report.xlsx: the file exists and was not written by retention');
    expect(readFileSync(join(dir, 'report.xlsx'), 'utf8')).toBe('not the demo');
  });
});
