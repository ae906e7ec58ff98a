/**
 * Customer and order ids: one text key per id, and a fast index from cell values to keys.
 *
 * Rules: a number and a text with the same digits are the same id (12345, "12345" and "12345.0",
 * as exports that went through a float column write it); surrounding whitespace is dropped;
 * ids that look like e-mail addresses (contain "@") are lower-cased, other texts keep their case
 * and their leading zeros ("00017" is not 17: zip-code-like ids are text on purpose).
 */
import type { CellValue } from '../types';

const WHOLE_WITH_ZEROS = /^(-?\d+)\.0+$/;

/**
 * The key of an id cell, `''` for an empty one.
 * @example idKey(' Anna@Shop.PL ') === 'anna@shop.pl'; idKey(12345) === idKey('12345.0')
 */
export function idKey(value: CellValue): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'string') return textKey(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return '';
}

function textKey(raw: string): string {
  const text = raw.trim();
  if (text.indexOf('@') >= 0) return text.toLowerCase();
  if (text.charCodeAt(text.length - 1) === 48 /* 0 */) {
    const m = WHOLE_WITH_ZEROS.exec(text);
    if (m) return String(Number(m[1])) === m[1] ? m[1] : text;
  }
  return text;
}

/**
 * Numbers the distinct ids in order of first appearance. A number or a text cell is converted to
 * its key only at its first sight.
 */
export class IdIndex {
  readonly keys: string[] = [];
  private readonly byNumber = new Map<number, number>();
  private readonly byText = new Map<string, number>();
  private readonly byRawText = new Map<string, number>();

  /** Index of the id in a cell, −1 for an empty cell. */
  indexOf(value: CellValue): number {
    if (typeof value === 'number') {
      const known = this.byNumber.get(value);
      if (known !== undefined) return known;
      const index = this.indexOfKey(idKey(value));
      if (index >= 0) this.byNumber.set(value, index);
      return index;
    }
    if (typeof value === 'string') {
      const known = this.byRawText.get(value);
      if (known !== undefined) return known;
      const index = this.indexOfKey(idKey(value));
      if (index >= 0) this.byRawText.set(value, index);
      return index;
    }
    return this.indexOfKey(idKey(value));
  }

  private indexOfKey(key: string): number {
    if (key === '') return -1;
    let index = this.byText.get(key);
    if (index === undefined) {
      index = this.keys.length;
      this.keys.push(key);
      this.byText.set(key, index);
    }
    return index;
  }
}
