/**
 * normaliseHeader (headers.ts): an empty cell and the letters that Unicode does not decompose.
 */
import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../../src/core/read/headers';

describe('normaliseHeader', () => {
  it('makes an empty (null) header cell the empty text', () => {
    expect(normaliseHeader(null)).toBe('');
  });

  it('spells đ as d and ß as ss', () => {
    expect(normaliseHeader('Đakovo')).toBe('dakovo');
    expect(normaliseHeader('Straße')).toBe('strasse');
    expect(normaliseHeader('Łódź Ørsted Æble')).toBe('lodz orsted aeble');
  });
});
