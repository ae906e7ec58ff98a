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
  /**
   * One Map for every look-up: canonical keys, and the raw numbers and non-canonical texts seen in
   * cells, each to its index. A raw text that is its own key (the common case) is stored once.
   * A non-canonical text never equals a canonical key, so the two kinds cannot collide.
   */
  private readonly index = new Map<string | number, number>();

  /** Index of the id in a cell, −1 for an empty cell. */
  indexOf(value: CellValue): number {
    if (typeof value === 'number' || typeof value === 'string') {
      const known = this.index.get(value);
      if (known !== undefined) return known;
      const key = idKey(value);
      if (key === '') return -1;
      if (key === value) return this.add(key);
      const index = this.index.get(key) ?? this.add(key);
      this.index.set(value, index);
      return index;
    }
    const key = idKey(value);
    return key === '' ? -1 : (this.index.get(key) ?? this.add(key));
  }

  private add(key: string): number {
    const index = this.keys.length;
    this.keys.push(key);
    this.index.set(key, index);
    return index;
  }
}
