/**
 * `retention selfcheck [--locale L] [--timezone Z] [--json]`: the add-on's self-check (the menu's
 * "Check this add-on", `runSelfCheck` in the Apps Script editor) run in the local host, in an empty
 * spreadsheet, printed as the same table the results sheet holds. The local host calculates no
 * formulas: those checks say so and call the functions directly. Exit code 1 when a check fails.
 */
import type { CheckRow } from '../../server/selfcheck';
import { openHost } from '../runner';
import type { Command } from './index';

/** Rows as lines with every column left-aligned (the checks are text, not figures). */
function leftTable(rows: string[][]): string[] {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((row) => row[j].length)));
  return rows.map((row) => row.map((cell, j) => cell.padEnd(widths[j])).join('  ').trimEnd());
}

export const selfcheck: Command = async ({ options, progress, print }) => {
  const { host } = openHost({ timezone: 'Europe/Warsaw', locale: 'en_US', spreadsheetName: 'Self-check', ...options }, [{ name: 'Sheet1', cells: [] }]);
  progress('Running the self-check in the local Apps Script host …');
  const rows = host.runFromEditor('runSelfCheck') as CheckRow[];
  if (options.json) print(JSON.stringify(rows));
  else {
    const table = [['check', 'expected', 'got', 'ms', 'result'], ...rows.map((r) => [r.check, r.expected, r.got, String(r.ms), r.result])];
    print(leftTable(table).join('\n'));
  }
  const failed = rows.filter((r) => r.result === 'fail').length;
  progress(failed ? `${failed} of ${rows.length} checks failed.` : `All ${rows.length} checks passed (notes are not failures).`);
  return failed ? 1 : 0;
};
