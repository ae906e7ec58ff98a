/** Range and NamedRange: rectangular blocks of cells over a sheet's store. */
import { type CellStyle } from '../sheetData';
import { a1Notation } from './a1';
import { type HostValue, WallDate, displayValue, parseTyped, typedByFormat } from './cells';
import { DeveloperMetadataLocationType, addMetadata } from './metadata';
import { EnumValue, Runtime, docNeed, guardClass, isDate, makeEnum } from './runtime';
import { Sheet } from './sheet';
import { Spreadsheet } from './spreadsheet';
import { STRIDE, SheetStore } from './store';
import { instantToWall, wallToInstant } from './time';
import { createFilter, type Filter } from './filter';

export const BorderStyle = makeEnum(['DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE']);
export const WrapStrategy = makeEnum(['WRAP', 'OVERFLOW', 'CLIP']);

export function outside(rt: Runtime): Error {
  return rt.error('The coordinates of the range are outside the dimensions of the sheet.');
}

/** A rectangular block of cells. */
export class Range {
  constructor(
    readonly rt: Runtime,
    readonly sheet: Sheet,
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {}

  private get store(): SheetStore {
    return this.sheet._store;
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.column;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.column + this.numColumns - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numColumns;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numColumns;
  }
  getSheet(): Sheet {
    return this.sheet;
  }
  getA1Notation(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }
  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) throw this.rt.error('Cell reference out of range');
    return new Range(this.rt, this.sheet, this.row + row - 1, this.column + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return this.sheet._range(this.row + rowOffset, this.column + columnOffset, numRows ?? this.numRows, numColumns ?? this.numColumns);
  }

  /**
   * Values as Apps Script gives them: numbers, strings, booleans, `Date` for date cells, `''` for
   * empty; a cell's number format decides between a date and a number (`typedByFormat`).
   */
  getValues(): unknown[][] {
    const zone = this.sheet._doc.timeZone;
    const toMs = (d: object) => wallToInstant((d as WallDate).wallMs, zone);
    const out = this.rt.realm.copyBlock(this.store.values, this.row - 1, this.numRows, this.column - 1, this.numColumns, toMs);
    if (this.store.styles.size > 0) this._typeByFormats(out, toMs);
    return out;
  }

  /** Re-types the cells of `out` whose number format makes a date a number or a number a date. */
  private _typeByFormats(out: unknown[][], toMs: (d: object) => number): void {
    const store = this.store;
    const fix = (r: number, c: number, format: string | undefined) => {
      if (!format) return;
      const stored = store.get(r, c);
      const typed = typedByFormat(stored, format);
      if (typed === stored) return;
      out[r - this.row][c - this.column] = typed instanceof WallDate ? this.rt.realm.date(toMs(typed)) : typed;
    };
    if (store.styles.size <= this.numRows * this.numColumns) {
      for (const [k, style] of store.styles) {
        const r = Math.floor(k / STRIDE);
        const c = k % STRIDE;
        if (r >= this.row && r < this.row + this.numRows && c >= this.column && c < this.column + this.numColumns) fix(r, c, style.numberFormat);
      }
    } else {
      this._each((r, c) => fix(r, c, store.styles.get(SheetStore.key(r, c))?.numberFormat));
    }
  }
  getValue(): unknown {
    return this.getCell(1, 1).getValues()[0][0];
  }
  getDisplayValues(): string[][] {
    const locale = this.sheet._doc.locale;
    return this._map((r, c) => displayValue(this.store.get(r, c), this.store.style(r, c)?.numberFormat ?? '', locale));
  }
  getDisplayValue(): string {
    return this.getDisplayValues()[0][0];
  }
  getFormulas(): string[][] {
    return this._map((r, c) => this.store.formulas.get(SheetStore.key(r, c)) ?? '');
  }
  getFormula(): string {
    return this.getFormulas()[0][0];
  }
  getNumberFormats(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.numberFormat ?? 'General');
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0][0];
  }
  getBackgrounds(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.background ?? '#ffffff');
  }
  getBackground(): string {
    return this.getBackgrounds()[0][0];
  }
  getFontColors(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.fontColor ?? '#000000');
  }
  getFontWeights(): string[][] {
    return this._map((r, c) => (this.store.style(r, c)?.bold ? 'bold' : 'normal'));
  }
  getFontStyles(): string[][] {
    return this._map((r, c) => (this.store.style(r, c)?.italic ? 'italic' : 'normal'));
  }
  getHorizontalAlignments(): string[][] {
    return this._map((r, c) => this.store.style(r, c)?.horizontalAlignment ?? 'general');
  }
  isBlank(): boolean {
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) {
        if (this.store.get(r, c) !== '' || this.store.formulas.has(SheetStore.key(r, c))) return false;
      }
    }
    return true;
  }

  /** Writes a block; each value behaves like typed input (see README). */
  setValues(data: unknown[][]): Range {
    this._checkShape(data);
    const s = this.store;
    for (let i = 0; i < data.length; i++) {
      const row = data[i];
      const r = this.row + i;
      const cells = s.rowUpTo(r, this.column + this.numColumns - 1);
      for (let j = 0; j < row.length; j++) cells[this.column + j - 1] = this._typed(r, this.column + j, row[j]);
    }
    return this;
  }
  setValue(value: unknown): Range {
    for (let r = this.row; r < this.row + this.numRows; r++) {
      for (let c = this.column; c < this.column + this.numColumns; c++) this._write(r, c, value);
    }
    return this;
  }
  setFormula(formula: string): Range {
    return this.setValue(formula.startsWith('=') ? formula : `=${formula}`);
  }
  setFormulas(formulas: string[][]): Range {
    return this.setValues(formulas.map((row) => row.map((f) => (f === '' || f.startsWith('=') ? f : `=${f}`))));
  }

  _write(r: number, c: number, value: unknown): void {
    this.store.put(r, c, this._typed(r, c, value));
  }

  /** What the cell holds once `value` is written to it as typed input (a formula is kept aside). */
  _typed(r: number, c: number, value: unknown): HostValue {
    const s = this.store;
    const k = SheetStore.key(r, c);
    if (s.formulas.size > 0) s.formulas.delete(k);
    let v: HostValue;
    if (value === null || value === undefined) v = '';
    else if (typeof value === 'number' || typeof value === 'boolean') v = value;
    else if (isDate(value)) {
      const ms = value.getTime();
      v = Number.isNaN(ms) ? '' : new WallDate(instantToWall(ms, this.sheet._doc.timeZone));
    } else {
      const text = String(value);
      if (s.style(r, c)?.numberFormat === '@') v = text;
      else if (text.length > 1 && text[0] === '=') {
        s.formulas.set(k, text);
        v = '#ERROR!';
      } else if (text[0] === "'") v = text.slice(1);
      else v = parseTyped(text, this.sheet._doc.locale);
    }
    return v;
  }

  _map<T>(f: (row: number, column: number) => T): T[][] {
    const realm = this.rt.realm;
    const out: T[][] = new realm.Array(this.numRows) as T[][];
    for (let i = 0; i < this.numRows; i++) {
      const row = new realm.Array(this.numColumns) as T[];
      for (let j = 0; j < this.numColumns; j++) row[j] = f(this.row + i, this.column + j);
      out[i] = row;
    }
    return out;
  }
  _each(f: (row: number, column: number, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) for (let j = 0; j < this.numColumns; j++) f(this.row + i, this.column + j, i, j);
  }
  _checkShape(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.numRows) {
      throw this.rt.error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.numColumns) {
        throw this.rt.error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.numColumns}.`,
        );
      }
    }
  }
  private styleAll(patch: Partial<CellStyle>): Range {
    this.store.patchArea(this.row, this.column, this.numRows, this.numColumns, patch);
    return this;
  }
  private styleEach(data: unknown[][], make: (v: unknown) => Partial<CellStyle>): Range {
    this._checkShape(data);
    this._each((r, c, i, j) => this.store.setStyle(r, c, make(data[i][j])));
    return this;
  }

  setNumberFormat(format: string): Range {
    return this.styleAll({ numberFormat: format });
  }
  setNumberFormats(formats: string[][]): Range {
    return this.styleEach(formats, (f) => ({ numberFormat: String(f) }));
  }
  setBackground(color: string | null): Range {
    return this.styleAll({ background: color ?? undefined });
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this.styleEach(colors, (c) => ({ background: (c as string | null) ?? undefined }));
  }
  setFontColor(color: string | null): Range {
    return this.styleAll({ fontColor: color ?? undefined });
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this.styleEach(colors, (c) => ({ fontColor: (c as string | null) ?? undefined }));
  }
  setFontWeight(weight: string | null): Range {
    return this.styleAll({ bold: weight === 'bold' ? true : undefined });
  }
  setFontWeights(weights: (string | null)[][]): Range {
    return this.styleEach(weights, (w) => ({ bold: w === 'bold' ? true : undefined }));
  }
  setFontStyle(style: string | null): Range {
    return this.styleAll({ italic: style === 'italic' ? true : undefined });
  }
  setFontStyles(styles: (string | null)[][]): Range {
    return this.styleEach(styles, (s) => ({ italic: s === 'italic' ? true : undefined }));
  }
  setHorizontalAlignment(alignment: string | null): Range {
    const a = alignment === 'left' || alignment === 'center' || alignment === 'right' ? alignment : undefined;
    return this.styleAll({ horizontalAlignment: a });
  }
  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this.styleEach(alignments, (a) => ({
      horizontalAlignment: a === 'left' || a === 'center' || a === 'right' ? a : undefined,
    }));
  }
  /** Recorded nowhere: the host keeps no wrap, border or merge state. */
  setWrap(_wrap: boolean): Range {
    return this;
  }
  setWrapStrategy(_strategy: EnumValue): Range {
    return this;
  }
  setVerticalAlignment(_alignment: string | null): Range {
    return this;
  }
  setFontSize(_size: number): Range {
    return this;
  }
  setBorder(..._args: unknown[]): Range {
    return this;
  }
  merge(): Range {
    return this;
  }
  mergeAcross(): Range {
    return this;
  }
  breakApart(): Range {
    return this;
  }
  activate(): Range {
    return this;
  }
  setNote(_note: string | null): Range {
    return this;
  }
  clear(): Range {
    this.store.clearArea(this.row, this.column, this.numRows, this.numColumns, true, true);
    return this;
  }
  clearContent(): Range {
    this.store.clearArea(this.row, this.column, this.numRows, this.numColumns, true, false);
    return this;
  }
  clearFormat(): Range {
    this.store.clearArea(this.row, this.column, this.numRows, this.numColumns, false, true);
    return this;
  }
  createFilter(): Filter {
    return createFilter(this);
  }
  getFilter(): Filter | null {
    return this.sheet._filter;
  }
  addDeveloperMetadata(key: string, ...rest: unknown[]): Range {
    addMetadata(this.rt, this.sheet, [key, ...rest], this.numColumns >= this.sheet._store.maxColumns ? DeveloperMetadataLocationType.ROW : DeveloperMetadataLocationType.COLUMN, this.sheet);
    return this;
  }
}
guardClass(Range, docNeed);

/**
 * A name for a range (`Spreadsheet.setNamedRange`). Formulas and custom-function arguments may
 * use the name; the host resolves it in `LocalHost.rangeArg`.
 */
export class NamedRange {
  constructor(
    readonly rt: Runtime,
    private readonly owner: Spreadsheet,
    public _name: string,
    public _range: Range,
  ) {}
  getName(): string {
    return this._name;
  }
  getRange(): Range {
    return this._range;
  }
  setName(name: string): NamedRange {
    this.owner._checkRangeName(name, this);
    this._name = name;
    return this;
  }
  setRange(range: Range): NamedRange {
    if (!(range instanceof Range)) throw this.rt.error('Invalid argument: range');
    this._range = range;
    return this;
  }
  remove(): void {
    const i = this.owner._namedRanges.indexOf(this);
    if (i >= 0) this.owner._namedRanges.splice(i, 1);
  }
}
guardClass(NamedRange, docNeed);
