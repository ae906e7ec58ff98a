import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { columnLetters } from '../../src/core/columnLetters';

/** Independent decoding: bijective base 26, A = 1 … Z = 26. */
function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0);
}

describe('columnLetters', () => {
  it('writes the letters Sheets shows (hand-checked)', () => {
    // 26 → Z; 27 = 1·26 + 1 → AA; 52 = 1·26 + 26 → AZ; 702 = 26·26 + 26 → ZZ; 703 = 1·676 + 1·26 + 1 → AAA;
    // 18,278 = 26·676 + 26·26 + 26 → ZZZ, the last column Sheets allows.
    expect([1, 26, 27, 52, 53, 702, 703, 18278].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA', 'ZZZ']);
  });

  it('is undone by reading the letters back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 18278 }), (n) => {
        const letters = columnLetters(n);
        expect(letters).toMatch(/^[A-Z]{1,3}$/);
        expect(columnNumber(letters)).toBe(n);
      }),
    );
  });
});
