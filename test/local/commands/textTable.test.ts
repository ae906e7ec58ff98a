import { describe, expect, it } from 'vitest';
import { textTable } from '../../../src/local/commands/textTable';

describe('textTable', () => {
  it('pads each column to its widest cell: first left, others right, two spaces between', () => {
    // widths: column 0 max('cohort', '2024-01') = 7, column 1 max('n', '12', '3') = 2, column 2 max('0', '100%') = 4
    expect(textTable([
      ['cohort', 'n', '0'],
      ['2024-01', '12', '100%'],
      ['2024-02', '3'],
    ])).toEqual(['cohort    n     0', '2024-01  12  100%', '2024-02   3']);
  });
});
