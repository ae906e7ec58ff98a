/** The cell store of one sheet and the host's id counter. */
import { type CellStyle } from '../sheetData';
import { type HostValue } from './cells';
import { EmbeddedChart } from './charts';
import { CellGrid } from './grid';
import { ConditionalFormatRule } from './conditionalFormats';

/** Column stride of the sparse maps' keys (Sheets allows at most 18,278 columns). */
export const STRIDE = 20000;

/** Sheets' limit on the cells of a workbook, over all its sheets (empty cells count). */
export const WORKBOOK_CELL_LIMIT = 10_000_000;


/** The document-level state the sheets need (zone and locale for typed input and dates). */
export interface DocSettings {
  timeZone: string;
  locale: string;
}

let lastId = 0;

/** A new id for a sheet, chart or metadata entry, unique in the host process. */
export function nextId(): number {
  return ++lastId;
}

/** The cell store of one sheet: rows of values, sparse formulas and styles. */
export class SheetStore {
  values: HostValue[][] = [];
  formulas = new CellGrid<string>(STRIDE);
  styles = new CellGrid<CellStyle>(STRIDE);
  maxRows = 1000;
  maxColumns = 26;
  frozenRows = 0;
  columnWidths: Record<number, number> = {};
  rules: ConditionalFormatRule[] = [];
  charts: EmbeddedChart[] = [];

  static key(row: number, column: number): number {
    return row * STRIDE + column;
  }

  get(row: number, column: number): HostValue {
    const r = this.values[row - 1];
    const v = r === undefined ? undefined : r[column - 1];
    return v === undefined ? '' : v;
  }

  put(row: number, column: number, v: HostValue): void {
    this.rowUpTo(row, column - 1)[column - 1] = v;
  }

  /** The values of row `row` (1-based), made and padded with '' so columns 1 … `column` exist. */
  rowUpTo(row: number, column: number): HostValue[] {
    let r = this.values[row - 1];
    if (r === undefined) {
      while (this.values.length < row - 1) this.values.push([]);
      r = this.values[row - 1] = [];
    }
    while (r.length < column) r.push('');
    return r;
  }

  style(row: number, column: number): CellStyle | undefined {
    return this.styles.get(SheetStore.key(row, column));
  }

  /**
   * Applies a style patch to one cell (an undefined field removes it). Style objects are frozen and
   * shared: `results` (one map per patch) hands cells that had the same style the same result, so
   * formatting a 100,000-row column stores one object, not 100,000.
   */
  setStyle(row: number, column: number, patch: Partial<CellStyle>, results?: Map<CellStyle | undefined, CellStyle | null>): void {
    const k = SheetStore.key(row, column);
    const next = patched(this.styles.get(k), patch, results);
    if (next) this.styles.set(k, next);
    else this.styles.delete(k);
  }

  /** Applies one style patch to an area, row by row (see setStyle). */
  patchArea(row: number, column: number, numRows: number, numColumns: number, patch: Partial<CellStyle>): void {
    const results = new Map<CellStyle | undefined, CellStyle | null>();
    // Cells of a formatted column mostly share one style: the last answer first, then the map.
    let lastPrevious: CellStyle | undefined | null = null;
    let lastNext: CellStyle | undefined;
    const next = (previous: CellStyle | undefined): CellStyle | undefined => {
      if (previous !== lastPrevious) {
        lastPrevious = previous;
        lastNext = patched(previous, patch, results) ?? undefined;
      }
      return lastNext;
    };
    for (let r = row; r < row + numRows; r++) this.styles.updateRow(r, column, column + numColumns, next);
  }

  lastRow(): number {
    for (let r = this.values.length; r >= 1; r--) {
      const row = this.values[r - 1];
      for (let c = row.length - 1; c >= 0; c--) if (row[c] !== '') return r;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.values) {
      for (let c = row.length; c > last; c--) {
        if (row[c - 1] !== '') {
          last = c;
          break;
        }
      }
    }
    return last;
  }

  /** Removes values, formulas and/or styles in an area. */
  clearArea(row: number, column: number, numRows: number, numColumns: number, content: boolean, format: boolean): void {
    for (let r = row; r < row + numRows; r++) {
      const vals = this.values[r - 1];
      for (let c = column; c < column + numColumns; c++) {
        const k = SheetStore.key(r, c);
        if (content) {
          if (vals && c - 1 < vals.length) vals[c - 1] = '';
          this.formulas.delete(k);
        }
        if (format) this.styles.delete(k);
      }
    }
  }
}

/** A style with a patch applied (null: no style left), memoised per patch in `results`. */
function patched(previous: CellStyle | undefined, patch: Partial<CellStyle>, results?: Map<CellStyle | undefined, CellStyle | null>): CellStyle | null {
  let next = results?.get(previous);
  if (next === undefined) {
    const merged = { ...previous, ...patch };
    for (const key of Object.keys(patch) as (keyof CellStyle)[]) if (patch[key] === undefined) delete merged[key];
    next = Object.keys(merged).length ? Object.freeze(merged) : null;
    results?.set(previous, next);
  }
  return next;
}
