import { describe, expect, it } from 'vitest';
import { isBlank } from '../../../src/core/read/cells';

describe('isBlank', () => {
  it('is true for "", whitespace of any kind, null and undefined, and false for every value', () => {
    for (const blank of ['', ' ', '\t', '\n ', '\u00a0', null, undefined]) expect(isBlank(blank), JSON.stringify(blank)).toBe(true);
    for (const value of [0, false, 'a', ' a ', '0', new Date(0), Number.NaN]) expect(isBlank(value), String(value)).toBe(false);
  });
});
