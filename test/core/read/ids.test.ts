import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ERROR_ID, IdIndex, idKey, isErrorValue } from '../../../src/core/read/ids';
import type { CellValue } from '../../../src/core/types';

/** The numbering IdIndex must give: keys (idKey) numbered in order of first appearance, '' is −1. */
function naiveNumbering(cells: readonly CellValue[]): { indexes: number[]; keys: string[] } {
  const seen = new Map<string, number>();
  const indexes = cells.map((cell) => {
    const key = idKey(cell);
    if (key === '') return -1;
    if (!seen.has(key)) seen.set(key, seen.size);
    return seen.get(key)!;
  });
  return { indexes, keys: [...seen.keys()] };
}

/**
 * Runs cells through an IdIndex in blocks of `blockSize`, alternating the column and row forms.
 * `expectedIds`: the index's starting room; `keysEachBlock`: the keys asked for after every block
 * too, each answer the keys seen so far.
 */
function numbering(cells: readonly CellValue[], blockSize: number, expectedIds = 0, keysEachBlock = false): { indexes: number[]; keys: string[] } {
  const ids = new IdIndex(expectedIds);
  const indexes: number[] = [];
  for (let start = 0, block = 0; start < cells.length; start += blockSize, block++) {
    const values = cells.slice(start, start + blockSize);
    const out = new Int32Array(values.length);
    if (block % 2 === 0) ids.indexColumn(values, out);
    else ids.indexRows(values.map((value) => ['other column', value]), 1, out);
    indexes.push(...out);
    if (keysEachBlock) expect(ids.keys).toEqual(naiveNumbering(cells.slice(0, start + values.length)).keys);
  }
  expect(ids.size).toBe(ids.keys.length);
  return { indexes, keys: [...ids.keys] };
}

describe('IdIndex', () => {
  it('gives one index per id: numbers, their texts, spaces, e-mail case; −1 for empty cells', () => {
    const cells: CellValue[] = [
      12345, '12345', ' 12345.0 ', 'Anna@Shop.PL', 'anna@shop.pl ', '00017', 17, '17', -0, 0, '0',
      '', '   ', null, NaN, Infinity, 'Infinity', '-Infinity', '-12', -12, 1e21, '1e+21', '1e21',
      true, 'TRUE', new Date(Date.UTC(2024, 0, 31)), '2024-01-31T00:00:00.000Z', 'Ж-1', 'ж-1',
    ];
    const { indexes, keys } = numbering(cells, 4);
    // By hand: 12345 ×3, anna ×2, '00017', 17 ×2, 0 ×3, empty ×5, 'Infinity', '-Infinity', −12 ×2,
    // 1e21 ×2, '1e21', TRUE ×2, the date ×2, 'Ж-1', 'ж-1'.
    expect(indexes).toEqual([0, 0, 0, 1, 1, 2, 3, 3, 4, 4, 4, -1, -1, -1, -1, -1, 5, 6, 7, 7, 8, 8, 9, 10, 10, 11, 11, 12, 13]);
    expect(keys).toEqual(['12345', 'anna@shop.pl', '00017', '17', '0', 'Infinity', '-Infinity', '-12', '1e+21', '1e21', 'TRUE', '2024-01-31T00:00:00.000Z', 'Ж-1', 'ж-1']);
  });

  it('numbers ids as idKey does, whatever the block sizes, starting room and when keys are asked for (property)', () => {
    const cell: fc.Arbitrary<CellValue> = fc.oneof(
      fc.integer({ min: -3, max: 40 }),
      fc.double({ noNaN: false }),
      fc.constantFrom(-0, 0.5, 1e21, Infinity, NaN, '', ' ', null, true, false),
      fc.integer({ min: -3, max: 40 }).map((n) => `${n}`),
      fc.integer({ min: 0, max: 40 }).map((n) => ` ${n}.00 `),
      fc.constantFrom('a', 'A', ' a', 'a@B.c', 'A@b.C ', '0017', 'C-000123', 'Łódź', 'ключ', 'română', 'Ærø'),
      fc.string({ maxLength: 6 }),
      fc.integer({ min: 0, max: 3 }).map((d) => new Date(Date.UTC(2024, 0, 1 + d))),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 300 }), fc.integer({ min: 1, max: 70 }), fc.integer({ min: 0, max: 400 }), fc.boolean(), (cells, blockSize, expectedIds, keysEachBlock) => {
        expect(numbering(cells, blockSize, expectedIds, keysEachBlock)).toEqual(naiveNumbering(cells));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps 300,000 distinct texts and numbers apart while its tables grow', () => {
    const cells: CellValue[] = [];
    for (let i = 0; i < 150_000; i++) cells.push(`C-${String(i).padStart(6, '0')}`, 1_000_000 + i);
    const repeated = [...cells, ...cells.slice(0, 1000).reverse()];
    const { indexes, keys } = numbering(repeated, 50_000);
    expect(keys.length).toBe(300_000);
    expect(keys[1]).toBe('1000000');
    expect(keys[299_999]).toBe('1149999');
    expect(keys[299_998]).toBe('C-149999');
    for (let i = 0; i < cells.length; i++) if (indexes[i] !== i) throw new Error(`cell ${i} got index ${indexes[i]}`);
    expect(indexes.slice(cells.length)).toEqual(Array.from({ length: 1000 }, (_, i) => 999 - i));
  });
});

describe('ids that mutation testing showed untested', () => {
  const index = (cells: CellValue[]) => {
    const ids = new IdIndex();
    const out = new Int32Array(cells.length);
    ids.indexColumn(cells, out);
    return { indexes: Array.from(out), keys: ids.keys, size: ids.size };
  };

  it('tells Sheets error values from texts with a "#", and never reads a non-text as one', () => {
    expect([isErrorValue(' #N/A '), isErrorValue('#REF!'), isErrorValue('N/A'), isErrorValue('#1411'), isErrorValue(5), isErrorValue(null)]).toEqual([
      true, true, false, false, false, false,
    ]);
    expect(index(['#N/A', 'a', ' #DIV/0! ']).indexes).toEqual([ERROR_ID, 0, ERROR_ID]);
  });

  it('writes booleans, invalid dates and e-mails starting with "@" as their own keys', () => {
    expect([idKey(true), idKey(false), idKey(new Date(Number.NaN)), idKey('@Anna'), idKey(Number.POSITIVE_INFINITY)]).toEqual(['TRUE', 'FALSE', '', '@anna', '']);
  });

  it('drops ".0" only from whole numbers written without leading zeros', () => {
    expect([idKey('12.0'), idKey('-4.00'), idKey('007.0'), idKey('12.50')]).toEqual(['12', '-4', '007.0', '12.50']);
  });

  it('makes a number and its text one id for every digit, and 0 and −0 one id', () => {
    expect(index([9, '9', 0, -0, '0', ' 9.0 ']).indexes).toEqual([0, 0, 1, 1, 1, 0]);
    expect(index([-0, 0]).keys).toEqual(['0']);
  });

  it('keeps apart large ids that differ only in their last digits (Shopify’s 13-digit ids)', () => {
    const { indexes, keys, size } = index([6789012345678, 6789012345679, 4194304, 4194305, 6789012345678]);
    expect(indexes).toEqual([0, 1, 2, 3, 0]);
    expect(keys).toEqual(['6789012345678', '6789012345679', '4194304', '4194305']);
    expect(size).toBe(4);
  });
});

function indexColumn(cells: CellValue[]): { indexes: number[]; keys: string[] } {
  const ids = new IdIndex();
  const out = new Int32Array(cells.length);
  ids.indexColumn(cells, out);
  return { indexes: Array.from(out), keys: [...ids.keys] };
}

describe('IdIndex over blocks of rows', () => {
  it('gives error values ERROR_ID in the first column of a block and in a later one', () => {
    const rows: CellValue[][] = [['#N/A', 'a'], ['b', ' #N/A '], ['a', 'b']];
    const first = new IdIndex();
    const out0 = new Int32Array(3);
    first.indexRows(rows, 0, out0);
    expect(Array.from(out0)).toEqual([ERROR_ID, 0, 1]);
    expect(first.keys).toEqual(['b', 'a']);
    const second = new IdIndex();
    const out1 = new Int32Array(3);
    second.indexRows(rows, 1, out1);
    expect(Array.from(out1)).toEqual([0, ERROR_ID, 1]);
    expect(second.keys).toEqual(['a', 'b']);
  });
});

describe('IdIndex keeps distinct ids apart and equal ids together', () => {
  it('finds an e-mail id written a second way again, whatever table slot its key sits in', () => {
    // The key "c591@shop.pl" sits in the first slot of a new table.
    const { indexes, keys } = indexColumn(['C591@Shop.PL', ' c591@shop.pl', 'c591@SHOP.pl ', 'd@shop.pl']);
    expect(indexes).toEqual([0, 0, 0, 1]);
    expect(keys).toEqual(['c591@shop.pl', 'd@shop.pl']);
  });

  it('keeps apart two 13-digit ids whose numbers share their upper 32 bits and their table slot', () => {
    const { indexes, keys } = indexColumn([6789012345678, 6789012345789, 6789012345678, '6789012345789']);
    expect(indexes).toEqual([0, 1, 0, 1]);
    expect(keys).toEqual(['6789012345678', '6789012345789']);
  });

  it('keeps apart two texts of the same length on which one of its two hashes agrees', () => {
    const { indexes, keys } = indexColumn(['00iS65', '02B09Z', '00iS65']);
    expect(indexes).toEqual([0, 1, 0]);
    expect(keys).toEqual(['00iS65', '02B09Z']);
  });
});
