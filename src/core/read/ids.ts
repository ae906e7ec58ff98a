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

/** Index of an error value (`#N/A`, `#REF!`, … as `getValues` gives them): never an id. */
export const ERROR_ID = -3;

/** Sheets' error values as `getValues` returns them. */
const ERROR_VALUE = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA)$/;

/**
 * True for a Sheets error value such as `#N/A` (surrounding spaces ignored).
 * @example isErrorValue('#N/A') === true; isErrorValue('#1411') === false
 */
export function isErrorValue(value: unknown): boolean {
  return typeof value === 'string' && value.indexOf('#') >= 0 && ERROR_VALUE.test(value.trim());
}

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

/** Whether a key is a finite number's (`String(n)`): such a text and that number are one id. */
function isNumberKey(key: string): boolean {
  const digit = key.charCodeAt(key.charCodeAt(0) === 45 /* - */ ? 1 : 0);
  return digit >= 48 && digit <= 57 && String(Number(key)) === key;
}

/** The 64 bits of a number, read through one shared buffer. */
const numberBits = new Float64Array(1);
const numberWords = new Uint32Array(numberBits.buffer);

const TEXT = 0;
const NUMBER = 1;
const OTHER = 2;

/**
 * Numbers the distinct ids in order of first appearance: every cell with the same key (`idKey`)
 * gets the same index, an empty cell −1, an error value (`#N/A`) ERROR_ID.
 *
 * A sheet repeats its ids (a customer's every order) and each text cell is a string of its own, so
 * the raw cells are looked up in one open-addressing table in a typed array, and a raw value is
 * turned into its key only at its first sight. The table is keyed by 64 bits:
 * - a number's own 64 bits (two numbers never collide);
 * - a text's fingerprint, two 32-bit hashes of its characters, without comparing the characters
 *   again. Two different ids share 64 bits with a chance of about n² / 2⁶⁵ for n distinct ids:
 *   1 in 10 million for 2,000,000 distinct ids, the most the add-on reads
 *   (docs/DECISIONS-reading.md). ClickHouse's exact distinct count does the same with 128 bits.
 * A text whose key is a number's (`"12345"`, `" 12345.0 "`) shares that number's entry; any other
 * text whose key differs from it (`" Anna@Shop.PL "`) shares the entry of its key.
 * Cells are looked up a block at a time, in two passes (fingerprints, then the table): the table
 * look-ups miss the processor's cache, and a loop doing little else (no branch on the cell's type)
 * lets it overlap several.
 * @example
 * const ids = new IdIndex();
 * const out = new Int32Array(4);
 * ids.indexColumn([12345, ' 12345.0 ', 'Anna@x.pl', 'anna@x.pl '], out); // out: 0, 0, 1, 1
 * ids.keys[1] === 'anna@x.pl'
 */
export class IdIndex {
  /** Each index's key, e.g. `'12345'` or `'anna@x.pl'`. */
  readonly keys: string[] = [];
  private readonly table: RawTable;
  // Per block: each cell's kind and 64-bit fingerprint (a number's bits, or a text's hashes).
  private kind = new Uint8Array(0);
  private high = new Int32Array(0);
  private low = new Int32Array(0);

  /**
   * `expectedIds`: about how many distinct ids may come, when known; the table starts at that size
   * (at most MAX_START_SLOTS) instead of growing to it.
   */
  constructor(expectedIds = 0) {
    this.table = new RawTable(expectedIds);
  }

  /** How many distinct ids were seen. */
  get size(): number {
    return this.keys.length;
  }

  /** `out[i]` = the index of `values[i]`, for each value. */
  indexColumn(values: readonly CellValue[], out: Int32Array): void {
    this.indexCells(values, -1, out, 0, values.length);
  }

  /**
   * `out[i]` = the index of `rows[i][column]`, for each row i from `from` to `to` (excluded) of a
   * block as `getValues()` gives it.
   */
  indexRows(rows: readonly (readonly CellValue[])[], column: number, out: Int32Array, from = 0, to = rows.length): void {
    this.indexCells(rows, column, out, from, to);
  }

  /** The cells are `source[i]` (column −1) or `source[i][column]`; the scratch arrays start at `from`. */
  private indexCells(source: readonly unknown[], column: number, out: Int32Array, from: number, to: number): void {
    const n = to - from;
    if (this.kind.length < n) {
      this.kind = new Uint8Array(n);
      this.high = new Int32Array(n);
      this.low = new Int32Array(n);
    }
    const { kind, high, low, table } = this;
    for (let i = 0; i < n; i++) {
      const value = column < 0 ? source[from + i] : (source[from + i] as readonly CellValue[])[column];
      if (typeof value === 'string') {
        fingerprintText(value);
        kind[i] = TEXT;
        high[i] = textPrint[0];
        low[i] = textPrint[1];
      } else if (typeof value === 'number') {
        numberBits[0] = value + 0; // -0 is 0
        kind[i] = NUMBER;
        high[i] = numberWords[1] | 0;
        low[i] = numberWords[0] | 0;
      } else {
        kind[i] = OTHER;
      }
    }
    for (let i = 0; i < n; i++) {
      const k = kind[i];
      if (k === OTHER) {
        out[from + i] = this.indexOfKey(idKey(cellAt(source, column, from + i)));
        continue;
      }
      const found = table.find(high[i], low[i]);
      if (found >= 0) out[from + i] = table.indexAt(found);
      else if (k === TEXT) out[from + i] = this.firstText(cellAt(source, column, from + i) as string, found, high[i], low[i]);
      else out[from + i] = table.add(found, this.newNumber(cellAt(source, column, from + i) as number));
    }
  }

  /** The index of a text cell seen for the first time, whose slot `find` gave as `found`. */
  private firstText(text: string, found: number, high: number, low: number): number {
    const key = textKey(text);
    if (key.charCodeAt(0) === 35 /* # */ && isErrorValue(key)) return this.table.add(found, ERROR_ID);
    if (key !== '' && key === text && !isNumberKey(key)) return this.table.add(found, this.newIndex(key));
    const index = this.indexOfKey(key);
    // Found again: indexOfKey may have added to the table.
    return this.table.add(this.table.find(high, low), index);
  }

  private newNumber(value: number): number {
    return Number.isFinite(value) ? this.newIndex(String(value)) : -1;
  }

  /** The index of a key: of a text that is not its own key, a Date or a boolean. */
  private indexOfKey(key: string): number {
    if (key === '') return -1;
    if (isNumberKey(key)) {
      const number = Number(key);
      numberBits[0] = number + 0;
      const found = this.table.find(numberWords[1] | 0, numberWords[0] | 0);
      return found >= 0 ? this.table.indexAt(found) : this.table.add(found, this.newIndex(key));
    }
    fingerprintText(key);
    const found = this.table.find(textPrint[0], textPrint[1]);
    return found >= 0 ? this.table.indexAt(found) : this.table.add(found, this.newIndex(key));
  }

  private newIndex(key: string): number {
    this.keys.push(key);
    return this.keys.length - 1;
  }
}

/** A text's fingerprint, written by `fingerprintText`: [high, low]. */
const textPrint = new Int32Array(2);

/**
 * Two 32-bit hashes in one pass over a text's UTF-16 code units, two units to a 32-bit block:
 * MurmurHash3's block mix and an FNV-1a-style multiply, each finished with fmix. Writes `textPrint`.
 */
function fingerprintText(text: string): void {
  const length = text.length;
  let murmur = 0x9747b28c ^ length;
  let fnv = 0x811c9dc5 ^ length;
  let c = 0;
  for (; c + 1 < length; c += 2) {
    const block = text.charCodeAt(c) | (text.charCodeAt(c + 1) << 16);
    murmur ^= murmurBlock(block);
    murmur = (murmur << 13) | (murmur >>> 19);
    murmur = (Math.imul(murmur, 5) + 0xe6546b64) | 0;
    fnv = Math.imul(fnv ^ block, 0x01000193);
    fnv ^= fnv >>> 15;
  }
  if (c < length) {
    const last = text.charCodeAt(c);
    murmur ^= murmurBlock(last);
    fnv = Math.imul(fnv ^ last, 0x01000193);
  }
  textPrint[0] = fmix(murmur);
  textPrint[1] = fmix(fnv);
}

function cellAt(source: readonly unknown[], column: number, i: number): CellValue {
  return (column < 0 ? source[i] : (source[i] as readonly CellValue[])[column]) as CellValue;
}

/** The most slots a table starts with (4 MB); beyond, it grows as ids come. */
const MAX_START_SLOTS = 1 << 18;

/**
 * An open-addressing hash table from 64-bit raw values (two 32-bit words) to id indexes, in one
 * Int32Array of 4-word slots `[high, low, index + 2, unused]` (0 marks a free slot, 1 an empty id),
 * kept at most half full.
 */
class RawTable {
  private slots: Int32Array;
  private mask: number;
  private used = 0;

  constructor(expected: number) {
    let size = 1024;
    while (size < 2 * expected && size < MAX_START_SLOTS) size *= 2;
    this.slots = new Int32Array(4 * size);
    this.mask = size - 1;
  }

  /** The slot holding (high, low), or −1 − the free slot where it belongs. */
  find(high: number, low: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = fmix(high ^ Math.imul(low, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot << 2;
      if (slots[at + 2] === 0) {
        slots[at] = high; // kept for add()
        slots[at + 1] = low;
        return -1 - slot;
      }
      if (slots[at] === high && slots[at + 1] === low) return slot;
      slot = (slot + 1) & mask;
    }
  }

  indexAt(slot: number): number {
    return this.slots[(slot << 2) + 2] - 2;
  }

  /** Stores `index` in the free slot that `find` just returned (as −1 − slot); returns `index`. */
  add(found: number, index: number): number {
    this.slots[((-1 - found) << 2) + 2] = index + 2;
    if (++this.used * 2 > this.mask) this.grow();
    return index;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.mask = this.mask * 2 + 1;
    this.used = 0;
    for (let at = 0; at < old.length; at += 4) {
      if (old[at + 2] !== 0) this.add(this.find(old[at], old[at + 1]), old[at + 2] - 2);
    }
  }
}

function murmurBlock(block: number): number {
  block = Math.imul(block, 0xcc9e2d51);
  block = (block << 15) | (block >>> 17);
  return Math.imul(block, 0x1b873593);
}

/** MurmurHash3's finaliser: a bijection of 32-bit words that spreads every input bit. */
function fmix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}
