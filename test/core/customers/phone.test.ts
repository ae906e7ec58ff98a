import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCode, countryOfLocale, e164 } from '../../../src/core/customers';

describe('e164', () => {
  it('writes national numbers with the country code, trunk prefixes dropped', () => {
    expect(e164('601 234 567', 'PL')).toBe('+48601234567');
    expect(e164(601234567, 'PL')).toBe('+48601234567'); // a number cell
    expect(e164('48601234567', 'PL')).toBe('+48601234567'); // code already there
    expect(e164('12 34 56 78', 'DK')).toBe('+4512345678');
    expect(e164('0721 234 567', 'RO')).toBe('+40721234567'); // trunk 0
    expect(e164('8 (912) 345-67-89', 'RU')).toBe('+79123456789'); // trunk 8
    expect(e164('(0) 20 7946 0958', 'GB')).toBe('+442079460958');
    expect(e164('(415) 555-2671', 'US')).toBe('+14155552671');
  });

  it('keeps international numbers (+ or 00) whatever the country', () => {
    expect(e164('+48 601-234-567', 'DK')).toBe('+48601234567');
    expect(e164('0045 12 34 56 78', null)).toBe('+4512345678');
    expect(e164('+1 415 555 2671', null)).toBe('+14155552671');
  });

  it('refuses what it cannot read', () => {
    expect(e164('601234567', null)).toBeNull(); // national, country unknown
    expect(e164('123', 'PL')).toBeNull();
    expect(e164('call me', 'PL')).toBeNull();
    expect(e164('+1234567890123456', null)).toBeNull(); // 16 digits
    expect(e164('', 'PL')).toBeNull();
    expect(e164(6.5, 'PL')).toBeNull();
  });

  it('gives E.164 or nothing, and is stable on its own output (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 +-()'.split('')), maxLength: 20 }), fc.constantFrom('PL', 'DK', 'RO', 'RU', 'GB', 'US', null), (text, country) => {
        const out = e164(text, country);
        if (out !== null) {
          expect(out).toMatch(/^\+[1-9]\d{7,14}$/);
          expect(e164(out, country)).toBe(out);
        }
      }),
    );
  });
});

describe('countries', () => {
  it('reads country cells and the locale', () => {
    expect(countryCode('Polska')).toBe('PL');
    expect(countryCode(' dk ')).toBe('DK');
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryOfLocale('pl_PL')).toBe('PL');
    expect(countryOfLocale('en_GB')).toBe('GB');
    expect(countryOfLocale('da')).toBe('DK');
    expect(countryOfLocale('en')).toBeNull();
  });
});
