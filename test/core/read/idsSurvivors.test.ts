/**
 * IdIndex: error values in blocks of rows, and ids that its hash table must keep apart (or
 * together) although they meet in its slots. The particular ids were picked, by searching the
 * table's hash offline, so that they meet in the ways named; the expected numbering is the rule's.
 */
import { describe, expect, it } from 'vitest';
import { ERROR_ID, IdIndex } from '../../../src/core/read/ids';
import type { CellValue } from '../../../src/core/types';

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
