/**
 * The neutral shape of a sheet's contents, shared by the local Apps Script host
 * (src/local/host/) and the file readers and writers (src/local/files/index.ts).
 * Files become `SheetData` (as Sheets' own import would make their cells); the host turns
 * `SheetData` into a sheet and a sheet back into `SheetData` for saving as XLSX.
 */

/** A wall-clock date-time, as a date cell holds it (no time zone: the spreadsheet's zone applies). */
export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * The wall time held as `Date.UTC` of its fields (how the host and exceljs keep date cells).
 * @example wallTimeOfMs(Date.UTC(2024, 0, 31, 12)) // { year: 2024, month: 1, day: 31, hour: 12, minute: 0, second: 0 }
 */
export function wallTimeOfMs(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * `Date.UTC` of a wall time's fields, years 0–99 included (`Date.UTC` alone reads them as 1900–1999).
 * @example msOfWallTime({ year: 2024, month: 1, day: 31, hour: 12, minute: 0, second: 0 }) === Date.UTC(2024, 0, 31, 12)
 */
export function msOfWallTime(w: WallTime): number {
  const d = new Date(Date.UTC(2000, w.month - 1, w.day, w.hour, w.minute, w.second));
  d.setUTCFullYear(w.year);
  return d.getTime();
}

/** A stored cell value. `''` is an empty cell. A date cell holds its wall time. */
export type StoredValue = string | number | boolean | { wall: WallTime };

export interface CellStyle {
  numberFormat?: string; // Sheets pattern, e.g. '0.0%', 'yyyy-mm-dd', '@' (plain text)
  background?: string; // '#rrggbb'
  fontColor?: string; // '#rrggbb'
  bold?: boolean;
  italic?: boolean;
  horizontalAlignment?: 'left' | 'center' | 'right';
}

export interface StoredCell {
  value: StoredValue;
  /** A formula, when the cell holds one ('=SUM(A1:A3)'); value then holds its last known result. */
  formula?: string;
  style?: CellStyle;
}

/** A gradient (colour scale) conditional format over an A1 range. */
export interface GradientRule {
  range: string; // A1 notation, e.g. 'C5:N17'
  min: { color: string; type: 'min' | 'number' | 'percent'; value?: number };
  mid?: { color: string; type: 'number' | 'percent' | 'percentile'; value: number };
  max: { color: string; type: 'max' | 'number' | 'percent'; value?: number };
}

/** An embedded chart, recorded (the host does not draw charts). */
export interface ChartRecord {
  type: string; // 'LINE', 'COLUMN', …
  ranges: string[]; // A1 notation of the data ranges
  anchor: { row: number; column: number };
  options: Record<string, unknown>;
}

export interface SheetData {
  name: string;
  /** Rows of cells; rows may have different lengths (missing cells are empty). */
  cells: StoredCell[][];
  /**
   * Lean form, used for imported text files (541,909 rows x 8 take half the time without an
   * object per cell): the rows as plain values. When present it holds the sheet's contents and
   * `cells` is empty; read either form with `cellsOf`.
   */
  values?: StoredValue[][];
  /** With `values`: the styles of the few cells that have one (0-based row and column). */
  valueStyles?: { row: number; column: number; style: CellStyle }[];
  frozenRows?: number;
  columnWidths?: Record<number, number>; // 1-based column -> pixels
  gradients?: GradientRule[];
  charts?: ChartRecord[];
}

/**
 * The sheet's cells whichever form it is in (`cells`, or lean `values` + `valueStyles`).
 * @example cellsOf({ name: 'S', cells: [], values: [[1, 'a']] }) // [[{ value: 1 }, { value: 'a' }]]
 */
export function cellsOf(sheet: SheetData): StoredCell[][] {
  if (!sheet.values) return sheet.cells;
  const cells: StoredCell[][] = sheet.values.map((row) => row.map((value) => ({ value })));
  for (const { row, column, style } of sheet.valueStyles ?? []) cells[row][column].style = style;
  return cells;
}
