/** A1 notation helpers. Rows and columns are 1-based. */
import { columnLetters } from '../../core/columnLetters';

/** A rectangular area; `numRows`/`numColumns` are null for open-ended A1 ('A:C', 'A2:B', '1:3'). */
export interface A1Area {
  sheetName?: string;
  row: number;
  column: number;
  numRows: number | null;
  numColumns: number | null;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A1 notation of an area.
 * @example a1Notation(2, 1, 3, 2) === 'A2:B4'
 */
export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = columnLetters(column) + row;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

const PART = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses A1 notation ('B2', 'A1:C3', 'A:C', '2:4', 'A2:C', "'My sheet'!A1:B2").
 * @example parseA1('B2:C5') // { row: 2, column: 2, numRows: 4, numColumns: 2 }
 */
export function parseA1(a1: string): A1Area {
  let text = a1.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    text = text.slice(bang + 1);
  }
  const [a, b = a, extra] = text.split(':');
  const pa = PART.exec(a);
  const pb = PART.exec(b);
  if (extra !== undefined || !pa || !pb || (!pa[1] && !pa[2]) || (!pb[1] && !pb[2])) {
    throw new Error('Range not found');
  }
  const c1 = pa[1] ? columnNumber(pa[1]) : 1;
  const r1 = pa[2] ? Number(pa[2]) : 1;
  const c2 = pb[1] ? columnNumber(pb[1]) : null;
  const r2 = pb[2] ? Number(pb[2]) : null;
  if (r1 < 1 || (r2 !== null && r2 < 1)) throw new Error('Range not found');
  const row = r2 === null ? r1 : Math.min(r1, r2);
  const column = c2 === null ? c1 : Math.min(c1, c2);
  return {
    sheetName,
    row,
    column,
    numRows: r2 === null ? null : Math.abs(r2 - r1) + 1,
    numColumns: c2 === null ? null : Math.abs(c2 - c1) + 1,
  };
}
