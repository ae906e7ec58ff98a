/**
 * The cell parsers of the order reader: a date cell to a packed day and kind (`DateCode`), an
 * amount cell to a number. Texts repeat (an order's lines share its date, prices recur), so each
 * text is parsed once; the first text proving each date kind is kept for the notes.
 */
import type { CellValue, OffsetAt } from '../types';
import { parseAmountWith } from './amounts';
import { isBlank } from './cells';
import { REJECTED_DAY } from './dateSettle';
import { dateCodeOfText, dayOfNumber, DateKind, kindOfCode, pack, type DateContext } from './dates';
import type { DateOrder, DecimalSeparator } from './locale';
import { NONE } from './orderBuffer';

/** The code of an unreadable date. */
export const BAD_DATE = REJECTED_DAY;
export const MS_PER_MINUTE = 60_000;
export const MS_PER_DAY = 86_400_000;

/** A bounded cache of parsed texts (emptied when full, so memory stays small on unique texts). */
class Memo {
  private readonly map = new Map<string, number>();

  get(text: string): number | undefined {
    return this.map.get(text);
  }

  set(text: string, value: number): void {
    if (this.map.size >= 100_000) this.map.clear();
    this.map.set(text, value);
  }
}

export interface CellParserOptions {
  offsetAt: OffsetAt;
  /** Assumed order of ambiguous `01/02/2024` texts. */
  dateOrder: DateOrder;
  decimal: DecimalSeparator;
  /** `utc`: the column holds UTC times (texts without an offset, and Date cells Sheets made of them). */
  dateZone: 'sheet' | 'utc';
}

/**
 * @example
 * const cells = new CellParsers({ offsetAt: () => 60, dateOrder: 'dmy', decimal: ',', dateZone: 'sheet' });
 * dayOfCode(cells.dateCode('31.01.2024')) // 19753
 * cells.amountOf('12,50 zł') // 12.5
 */
export class CellParsers {
  /** The first text of each date kind read (by `DateKind`). */
  readonly dateExamples: (string | undefined)[] = [];
  /** The UTC offsets written in date texts (`-0500`), as written. */
  readonly offsets = new Set<string>();
  private readonly dateContext: DateContext;
  private readonly dateTexts = new Memo();
  private readonly amountTexts = new Memo();

  constructor(private readonly options: CellParserOptions) {
    this.dateContext = { offsetAt: options.offsetAt, order: options.dateOrder, zone: options.dateZone, offsets: this.offsets };
  }

  /** The day and kind of a date cell, packed (`DateCode`); NONE for empty, BAD_DATE for not a date. */
  dateCode(value: CellValue): number {
    if (value instanceof Date) {
      const ms = value.getTime();
      if (ms !== ms) return BAD_DATE;
      const { offsetAt } = this.options;
      const wallMs = ms + offsetAt(ms) * MS_PER_MINUTE;
      if (this.options.dateZone !== 'utc') return pack(Math.floor(wallMs / MS_PER_DAY), DateKind.DATE_CELL);
      // A UTC column that the spreadsheet turned into Date cells: its wall time is a UTC time.
      return pack(Math.floor((wallMs + offsetAt(wallMs) * MS_PER_MINUTE) / MS_PER_DAY), DateKind.UTC);
    }
    if (typeof value === 'number') {
      const day = dayOfNumber(value);
      return day === null ? BAD_DATE : pack(day, DateKind.EXACT);
    }
    if (typeof value === 'string') return this.dateCodeOfText(value);
    return value === null || value === undefined ? NONE : BAD_DATE;
  }

  /** NaN for an unreadable amount (also a non-finite one), null for an empty one. */
  amountOf(value: CellValue | undefined): number | null {
    if (typeof value === 'number') return value - value === 0 ? value : NaN;
    if (isBlank(value)) return null;
    if (typeof value !== 'string') return NaN;
    let parsed = this.amountTexts.get(value);
    if (parsed === undefined) {
      parsed = parseAmountWith(value, this.options.decimal) ?? NaN;
      if (parsed - parsed !== 0) parsed = NaN;
      this.amountTexts.set(value, parsed);
    }
    return parsed;
  }

  private dateCodeOfText(value: string): number {
    const known = this.dateTexts.get(value);
    if (known !== undefined) return known;
    let code: number;
    if (value.trim() === '') code = NONE;
    else {
      code = dateCodeOfText(value, this.dateContext);
      if (code !== code) code = BAD_DATE;
      else {
        const kind = kindOfCode(code);
        if (this.dateExamples[kind] === undefined) this.dateExamples[kind] = value.trim();
      }
    }
    this.dateTexts.set(value, code);
    return code;
  }
}
