import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellGrid } from '../../../src/local/host/grid';

const STRIDE = 100;

describe('CellGrid', () => {
  it('behaves like a Map of the same keys under any sequence of set, delete and clear (property)', () => {
    const key = fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: STRIDE - 1 })).map(([r, c]) => r * STRIDE + c);
    const op = fc.oneof(
      fc.tuple(fc.constant('set' as const), key, fc.string()),
      fc.tuple(fc.constant('delete' as const), key, fc.constant('')),
      fc.tuple(fc.constant('clear' as const), key, fc.constant('')),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.array(key, { maxLength: 20 }), (ops, probes) => {
        const grid = new CellGrid<string>(STRIDE);
        const map = new Map<number, string>();
        for (const [name, k, v] of ops) {
          if (name === 'set') {
            grid.set(k, v);
            map.set(k, v);
          } else if (name === 'delete') expect(grid.delete(k)).toBe(map.delete(k));
          else {
            grid.clear();
            map.clear();
          }
        }
        expect(grid.size).toBe(map.size);
        for (const k of probes) {
          expect(grid.get(k)).toBe(map.get(k));
          expect(grid.has(k)).toBe(map.has(k));
        }
        // Row by row, then column by column: the numeric order of the keys.
        expect([...grid]).toEqual([...map].sort((a, b) => a[0] - b[0]));
        expect([...grid.keys()]).toEqual([...map.keys()].sort((a, b) => a - b));
      }),
    );
  });
});
