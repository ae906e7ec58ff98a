import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decideDecimalSeparator, parseAmount, parseAmountWith } from '../../../src/core/read/amounts';
import { decimalOfLocale } from '../../../src/core/read/locale';
import type { ColumnMapping } from '../../../src/core/read/columns';
import { readOrders } from '../../../src/core/read/orders';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseAmount', () => {
  it('keeps numbers as they are', () => {
    expect(parseAmount(12.5, 'pl_PL')).toBe(12.5);
    expect(parseAmount(-3, 'en_US')).toBe(-3);
    expect(parseAmount(0, 'en_US')).toBe(0);
    expect(parseAmount(NaN, 'en_US')).toBeNull();
    expect(parseAmount(Infinity, 'en_US')).toBeNull();
  });

  it('reads the shop formats of each locale', () => {
    // en: point decimal, comma groups.
    expect(parseAmount('$1,234.56', 'en_US')).toBe(1234.56);
    expect(parseAmount('£12.50', 'en_GB')).toBe(12.5);
    expect(parseAmount('USD 1,234,567.89', 'en_US')).toBe(1234567.89);
    expect(parseAmount('US$5', 'en_US')).toBe(5);
    // pl: space (or no-break space) groups, comma decimal.
    expect(parseAmount('1 234,56 zł', 'pl_PL')).toBe(1234.56);
    expect(parseAmount(`1${NBSP}234,56${NBSP}zł`, 'pl_PL')).toBe(1234.56);
    expect(parseAmount('12,50 PLN', 'pl_PL')).toBe(12.5);
    // ru: narrow no-break space groups, ₽ or руб.
    expect(parseAmount(`1${NNBSP}234,56 ₽`, 'ru_RU')).toBe(1234.56);
    expect(parseAmount('1 234,56 ₽', 'ru_RU')).toBe(1234.56);
    expect(parseAmount('99,90 руб.', 'ru_RU')).toBe(99.9);
    // ro: point groups, comma decimal, lei.
    expect(parseAmount('1.234,56 lei', 'ro_RO')).toBe(1234.56);
    expect(parseAmount('15 RON', 'ro_RO')).toBe(15);
    // da: point groups, comma decimal, kr.
    expect(parseAmount('1.234,56 kr.', 'da_DK')).toBe(1234.56);
    expect(parseAmount('kr. 49,95', 'da_DK')).toBe(49.95);
    expect(parseAmount('€ 1.234,56', 'da_DK')).toBe(1234.56);
    expect(parseAmount("1'234.50 CHF", 'en_US')).toBe(1234.5);
  });

  it('reads negatives: minus before or after, parentheses', () => {
    expect(parseAmount('-12,50', 'pl_PL')).toBe(-12.5);
    expect(parseAmount('(12.50)', 'en_US')).toBe(-12.5);
    expect(parseAmount('-$12.50', 'en_US')).toBe(-12.5);
    expect(parseAmount('$-12.50', 'en_US')).toBe(-12.5);
    expect(parseAmount('12,50-', 'da_DK')).toBe(-12.5);
    expect(parseAmount('−7', 'ru_RU')).toBe(-7); // U+2212 minus sign
    expect(parseAmount('+7', 'ru_RU')).toBe(7);
    expect(parseAmount('-.5', 'en_US')).toBe(-0.5);
  });

  it('settles "1,234" and "1.234" by the locale, everything else by the digits', () => {
    // One separator, three digits after it: the locale's decimal separator is decimal.
    expect(parseAmount('1,234', 'en_US')).toBe(1234);
    expect(parseAmount('1.234', 'en_US')).toBe(1.234);
    for (const locale of ['pl_PL', 'ru_RU', 'ro_RO', 'da_DK']) {
      expect(parseAmount('1,234', locale)).toBe(1.234);
      expect(parseAmount('1.234', locale)).toBe(1234);
      // Not three digits: always decimals.
      expect(parseAmount('12.5', locale)).toBe(12.5);
      expect(parseAmount('0.125', locale)).toBe(0.125);
    }
    expect(parseAmount('12,5', 'en_US')).toBe(12.5);
    expect(parseAmount('1234,567', 'en_US')).toBe(1234.567); // 4 digits before: cannot be a group
  });

  it('rejects junk', () => {
    for (const junk of ['abc', '12abc34', 'abc12', '', '  ', '1,2,3', '12 34', '1.234,567.8', '((12))', '-12-', '(12', '12%', '1..2', '1,23,456.78']) {
      expect(parseAmount(junk, 'en_US')).toBeNull();
    }
    expect(parseAmount(true, 'en_US')).toBeNull();
    expect(parseAmount(new Date(0), 'en_US')).toBeNull();
    expect(parseAmount(null, 'en_US')).toBeNull();
  });

  it('round-trips amounts formatted the way each locale writes them (property)', () => {
    // Independent formatter: thousands grouped by hand, two decimals or none.
    const group = (digits: string, sep: string) => digits.replace(/\B(?=(\d{3})+$)/g, sep);
    const styles: Record<string, (int: string, dec: string | null, neg: boolean) => string> = {
      en_US: (i, d, n) => `${n ? '-' : ''}$${group(i, ',')}${d ? '.' + d : ''}`,
      pl_PL: (i, d, n) => `${n ? '-' : ''}${group(i, NBSP)}${d ? ',' + d : ''} zł`,
      ru_RU: (i, d, n) => `${n ? '-' : ''}${group(i, NNBSP)}${d ? ',' + d : ''}${NBSP}₽`,
      ro_RO: (i, d, n) => `${n ? '-' : ''}${group(i, '.')}${d ? ',' + d : ''} lei`,
      da_DK: (i, d, n) => `${n ? '(' : ''}${group(i, '.')}${d ? ',' + d : ''} kr.${n ? ')' : ''}`,
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(styles)),
        fc.integer({ min: -1e11, max: 1e11 }),
        fc.boolean(),
        (locale, cents, whole) => {
          const value = whole ? Math.trunc(cents / 100) : cents / 100;
          const abs = Math.abs(value);
          const int = String(Math.floor(abs));
          const dec = whole ? null : String(Math.abs(cents) % 100).padStart(2, '0');
          const text = styles[locale](int, dec, value < 0);
          expect(parseAmount(text, locale)).toBe(Object.is(value, -0) ? 0 : value);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('decideDecimalSeparator', () => {
  it('lets a column prove its decimal separator', () => {
    // "12.50" can only be a decimal point; "1.250" is ambiguous and does not vote.
    expect(decideDecimalSeparator(['1.250', '12.50', 3], 'pl_PL')).toBe('.');
    expect(parseAmountWith('1.250', '.')).toBe(1.25);
    expect(decideDecimalSeparator(['1,250', '12,50'], 'en_US')).toBe(',');
    expect(decideDecimalSeparator(['1.234,56', '1,234.56', '2,345.67'], 'da_DK')).toBe('.');
  });

  it('falls back on the locale', () => {
    expect(decideDecimalSeparator(['1,250', '1 000', ''], 'en_US')).toBe('.');
    for (const locale of ['pl_PL', 'ru_RU', 'ro_RO', 'da_DK']) {
      expect(decideDecimalSeparator(['1,250'], locale)).toBe(',');
      expect(decimalOfLocale(locale)).toBe(',');
    }
    expect(decimalOfLocale('en_GB')).toBe('.');
    expect(decimalOfLocale(undefined)).toBe('.');
  });
});

describe('amounts that mutation testing showed untested', () => {
  it('reads a leading separator as the decimal one, after a sign or a currency sign but not after a word', () => {
    expect(parseAmountWith('.50', '.')).toBe(0.5);
    expect(parseAmountWith(',5', ',')).toBe(0.5);
    expect(parseAmountWith('$.50', '.')).toBe(0.5);
    expect(parseAmountWith('.500', ',')).toBe(0.5); // nothing before it: not a thousands group
    expect(parseAmountWith('kr.50', ',')).toBe(50); // "kr." is the word, 50 the amount
  });

  it('rejects a letter between digits and brackets the wrong way round', () => {
    for (const junk of ['1x234', '1x23', ')12(', '12()', '(12)(']) expect(parseAmountWith(junk, '.'), junk).toBeNull();
  });

  it('knows Polish and Czech currency words with their own letters', () => {
    expect(parseAmount('49,99 zł', 'pl_PL')).toBe(49.99);
    expect(parseAmount('49,99 ZŁ', 'pl_PL')).toBe(49.99);
    expect(parseAmount('1 250 Kč', 'pl_PL')).toBe(1250);
  });

  it('reads "123.456" and "123,456" as thousands when the locale’s decimal is the other sign', () => {
    expect(parseAmountWith('123.456', ',')).toBe(123456);
    expect(parseAmountWith('123,456', '.')).toBe(123456);
    expect(parseAmountWith('123,456', ',')).toBe(123.456);
  });

  it('checks the thousands groups before a decimal separator', () => {
    expect(parseAmountWith('1.234.567,89', ',')).toBe(1234567.89);
    for (const junk of ['1234.567,89', '1.23,45', '1.234 567,89', '.123.456']) expect(parseAmountWith(junk, ','), junk).toBeNull();
  });

  it('lets only unambiguous texts vote for the decimal separator', () => {
    // "1.234", "1.500" and "2.750" could be decimals or thousands: no vote, so the locale decides.
    expect(decideDecimalSeparator(['1.234', '1.500', '2.750'], 'pl_PL')).toBe(',');
    expect(decideDecimalSeparator(['1,234', '1,500', '2,750'], 'en_US')).toBe('.');
  });
});

const map = (m: Partial<ColumnMapping>): ColumnMapping => ({
  customer: null, date: null, amount: null, quantity: null, price: null, orderId: null, status: null, refunds: null, currency: null, ...m,
});

describe('two separators in a row', () => {
  it('make a text no amount', () => {
    expect([parseAmountWith('1,,234.50', '.'), parseAmountWith('1  .1', '.'), parseAmountWith('12,.5', ',')]).toEqual([null, null, null]);
  });

  it('give the text no vote for the decimal separator: the locale decides', () => {
    expect(decideDecimalSeparator(['1,,234.50'], 'pl_PL')).toBe(',');
    expect(decideDecimalSeparator(['1  .1', '1,,234.50'], 'pl_PL')).toBe(',');
    expect(decideDecimalSeparator(['1..234,50'], 'en_US')).toBe('.');
  });

  it('leave a Polish column’s "1.234" at 1234 (the point groups thousands)', () => {
    const t = readOrders([['a', '2024-01-01', '1,,234.50'], ['b', '2024-01-02', '1.234']], map({ customer: 0, date: 1, amount: 2 }), {
      offsetAt: () => 0, locale: 'pl_PL', firstRowNumber: 2,
    });
    expect(Array.from(t.amount)).toEqual([1234]);
    expect(t.health.skipped).toEqual({ bad_amount: { count: 1, rows: [2] } });
  });
});
