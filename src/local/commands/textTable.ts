import { lineText } from '../terminal';

/**
 * Rows as aligned lines of text: every column padded to its widest cell, the first column
 * left-aligned, the others right-aligned, two spaces between; rows may be shorter than others. A
 * cell's own line feeds, tabs and control characters are shown as U+FFFD, so they break no line.
 * @example textTable([['cohort', 'n'], ['2024-01', '12']]) // ['cohort   n', '2024-01  12']
 */
export function textTable(rows: string[][]): string[] {
  rows = rows.map((row) => row.map(lineText));
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, j) => Math.max(...rows.map((row) => (row[j] ?? '').length)));
  return rows.map((row) => row.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]) : cell.padStart(widths[j]))).join('  ').trimEnd());
}
