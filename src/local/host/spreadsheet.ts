/** The active spreadsheet: its sheets, named ranges, metadata and settings. */
import { parseA1 } from './a1';
import { DeveloperMetadata, DeveloperMetadataFinder, DeveloperMetadataLocationType, addMetadata } from './metadata';
import { NamedRange, Range } from './range';
import { Runtime, docNeed, guardClass } from './runtime';
import { Sheet } from './sheet';
import { type DocSettings, WORKBOOK_CELL_LIMIT } from './store';

/** The active spreadsheet. */
export class Spreadsheet {
  readonly _sheets: Sheet[] = [];
  readonly _metadata: DeveloperMetadata[] = [];
  readonly _namedRanges: NamedRange[] = [];
  _active: Sheet | null = null;
  readonly _toasts: { message: string; title: string; timeoutSeconds: number }[] = [];
  constructor(
    readonly rt: Runtime,
    readonly _doc: DocSettings,
    public _name: string,
    readonly _id: string,
  ) {}

  /** Cells in the workbook: every sheet's rows × columns. */
  _cellCount(): number {
    let cells = 0;
    for (const sheet of this._sheets) cells += sheet._store.maxRows * sheet._store.maxColumns;
    return cells;
  }

  /** Refuses a change that adds `cells` past the workbook's limit, with Sheets' message. */
  _checkGrowth(cells: number): void {
    if (cells > 0 && this._cellCount() + cells > WORKBOOK_CELL_LIMIT) {
      throw this.rt.error(`This action would increase the number of cells in the workbook above the limit of ${WORKBOOK_CELL_LIMIT} cells.`);
    }
  }

  _newSheet(name: string, index = this._sheets.length): Sheet {
    if (this._sheets.some((s) => s._name.toLowerCase() === name.toLowerCase())) {
      throw this.rt.error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new Sheet(this.rt, this, name);
    this._sheets.splice(index, 0, sheet);
    if (!this._active) this._active = sheet;
    return sheet;
  }

  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._name;
  }
  rename(name: string): void {
    this._name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getSheets(): Sheet[] {
    return this.rt.realm.arr(this._sheets);
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): Sheet | null {
    return this._sheets.find((s) => s._name === name) ?? null;
  }
  getSheetById(id: number): Sheet | null {
    return this._sheets.find((s) => s.sheetId === id) ?? null;
  }
  insertSheet(a?: string | number, b?: number): Sheet {
    let name: string | undefined;
    let index = this._sheets.length;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') index = b;
    } else if (typeof a === 'number') index = a;
    if (index < 0 || index > this._sheets.length) throw this.rt.error('Invalid argument: sheetIndex');
    if (name === undefined) {
      let n = this._sheets.length + 1;
      while (this._sheets.some((s) => s._name === `Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    // A new sheet is 1000 rows × 26 columns, as in Sheets.
    this._checkGrowth(1000 * 26);
    const sheet = this._newSheet(name, index);
    this._active = sheet;
    return sheet;
  }
  deleteSheet(sheet: Sheet): void {
    const i = this._sheets.indexOf(sheet);
    if (i < 0) throw this.rt.error('Sheet not found');
    if (this._sheets.length === 1) throw this.rt.error("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    if (this._active === sheet) this._active = this._sheets[0];
    // Its named ranges go with it (Sheets turns the references into #REF!).
    for (const named of this._namedRanges.filter((n) => n._range.sheet === sheet)) named.remove();
  }

  /**
   * Refuses a name Sheets refuses: letters, digits and underscores, not starting with a digit,
   * not TRUE/FALSE, not a cell reference (A1 or R1C1), at most 250 characters, not taken.
   */
  _checkRangeName(name: unknown, self?: NamedRange): void {
    const text = String(name);
    const valid =
      /^[A-Za-z_][A-Za-z0-9_]{0,249}$/.test(text) && !/^(true|false)$/i.test(text) && !/^[A-Za-z]{1,3}[0-9]+$/.test(text) && !/^R[0-9]*C[0-9]*$/i.test(text);
    if (!valid) throw this.rt.error(`Invalid argument: name`);
    if (this._namedRanges.some((n) => n !== self && n._name.toLowerCase() === text.toLowerCase())) {
      throw this.rt.error(`A named range called ${text} already exists.`);
    }
  }
  setNamedRange(name: string, range: Range): void {
    if (!(range instanceof Range)) throw this.rt.error('Invalid argument: range');
    this._checkRangeName(name);
    this._namedRanges.push(new NamedRange(this.rt, this, String(name), range));
  }
  getRangeByName(name: string): Range | null {
    return this._namedRanges.find((n) => n._name.toLowerCase() === String(name).toLowerCase())?._range ?? null;
  }
  getNamedRanges(): NamedRange[] {
    return this.rt.realm.arr(this._namedRanges);
  }
  removeNamedRange(name: string): void {
    const named = this._namedRanges.find((n) => n._name.toLowerCase() === String(name).toLowerCase());
    if (!named) throw this.rt.error('Range not found');
    named.remove();
  }
  getActiveSheet(): Sheet {
    if (!this._active) throw this.rt.error('The spreadsheet has no sheets.');
    return this._active;
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this._active = sheet;
    return sheet;
  }
  getRange(a1: string): Range {
    const area = parseA1(a1);
    const sheet = area.sheetName === undefined ? this.getActiveSheet() : this.getSheetByName(area.sheetName);
    if (!sheet) throw this.rt.error('Range not found');
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }
  getSpreadsheetTimeZone(): string {
    return this._doc.timeZone;
  }
  setSpreadsheetTimeZone(zone: string): void {
    this._doc.timeZone = zone;
  }
  getSpreadsheetLocale(): string {
    return this._doc.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._doc.locale = locale;
  }
  addDeveloperMetadata(key: string, ...rest: unknown[]): Spreadsheet {
    addMetadata(this.rt, this, [key, ...rest], DeveloperMetadataLocationType.SPREADSHEET, null);
    return this;
  }
  getDeveloperMetadata(): DeveloperMetadata[] {
    return this.rt.realm.arr(this._metadata.filter((m) => m._visible()));
  }
  createDeveloperMetadataFinder(): DeveloperMetadataFinder {
    return new DeveloperMetadataFinder(this.rt, () => [...this._metadata, ...this._sheets.flatMap((s) => s._metadata)]);
  }
  toast(message: string, title = '', timeoutSeconds = 5): void {
    this._toasts.push({ message: String(message), title: String(title), timeoutSeconds });
  }
}
guardClass(Spreadsheet, docNeed);
