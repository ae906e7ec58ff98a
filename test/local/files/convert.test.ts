import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalSeparator, makeConverter, Styled, SUPPORTED_LOCALES } from '../../../src/local/files/convert';

/** A date cell's value, written out by hand. */
function wall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  return { wall: { year, month, day, hour, minute, second } };
}

/** Each row: field, what Sheets' import makes of it (worked out by hand from the locale's rules). */
type Table = [string, unknown][];

const everywhere: Table = [
  ['', ''],
  ['42', 42],
  ['-7', -7],
  ['+7', 7],
  ['00123', 123], // leading zeros dropped, as Sheets does
  ['19970101', 19970101], // YYYYMMDD stays a number
  ['2011-12-09 12:50:00', wall(2011, 12, 9, 12, 50, 0)],
  ['2024-01-31', wall(2024, 1, 31)],
  ['2024/01/31', wall(2024, 1, 31)],
  ['2024-1-5 7:05', wall(2024, 1, 5, 7, 5, 0)],
  ['2024-01-31 10:00:00.750', wall(2024, 1, 31, 10, 0, 0)], // fraction of a second dropped
  ['2024-01-31 12:00 AM', wall(2024, 1, 31, 0, 0, 0)],
  ['2024-01-31 12:00 PM', wall(2024, 1, 31, 12, 0, 0)],
  ['2024-01-31T10:00:00', '2024-01-31T10:00:00'], // Sheets leaves ISO with 'T' as text
  ['2024-02-30', '2024-02-30'], // impossible date
  ['2023-02-29', '2023-02-29'], // not a leap year
  ['2024-02-29', wall(2024, 2, 29)], // a leap year
  ['2024-01-31 24:00', '2024-01-31 24:00'],
  ['8:26', wall(1899, 12, 30, 8, 26, 0)], // a time alone: Sheets' day zero
  ['8:26:59 pm', wall(1899, 12, 30, 20, 26, 59)],
  ['8:60', '8:60'],
  ['TRUE', true],
  ['false', false],
  ['True', true],
  ['=SUM(A1:A2)', '=SUM(A1:A2)'], // kept as text on purpose
  ['=1+1', '=1+1'],
  ['85123A', '85123A'],
  ['C536379', 'C536379'],
  ['United Kingdom', 'United Kingdom'],
  ['  42  ', 42], // spaces around a number are ignored
  ['  Anna ', '  Anna '], // text keeps its spaces
  ['-', '-'],
  ['+', '+'],
  ['1e3', 1000],
  ['12-', '12-'],
];

const tables: Record<string, Table> = {
  en_US: [
    ['1,234.56', 1234.56],
    ['1,234,567', 1234567],
    ['-3.5', -3.5],
    ['.5', 0.5],
    ['1.5E3', 1500],
    ['-2.5e-2', -0.025],
    ['1,23', '1,23'], // groups must have three digits
    ['1234,56', '1234,56'],
    ['1.234,56', '1.234,56'],
    ['1 234', '1 234'],
    ['$12.50', '$12.50'], // currency stays text
    ['1/31/2024', wall(2024, 1, 31)],
    ['12/1/2010 8:26', wall(2010, 12, 1, 8, 26, 0)],
    ['12/1/2010 8:26 PM', wall(2010, 12, 1, 20, 26, 0)],
    ['12/1/2010 13:26 PM', '12/1/2010 13:26 PM'],
    ['1-31-2024', wall(2024, 1, 31)],
    ['1/31/24', wall(2024, 1, 31)], // two-digit year 24 -> 2024
    ['1/31/95', wall(1995, 1, 31)], // 95 -> 1995
    ['1/31/29', wall(2029, 1, 31)],
    ['1/31/30', wall(1930, 1, 31)],
    ['31/01/2024', '31/01/2024'], // month 31
    ['2/30/2024', '2/30/2024'],
    ['1/31-2024', '1/31-2024'], // mixed separators
    ['12%', new Styled(0.12, { numberFormat: '0%' })],
    ['12.5%', new Styled(0.125, { numberFormat: '0.00%' })],
    ['-3 %', new Styled(-0.03, { numberFormat: '0%' })],
    ['7%', new Styled(0.07, { numberFormat: '0%' })],
  ],
  en_GB: [
    ['1,234.56', 1234.56],
    ['31/01/2024', wall(2024, 1, 31)],
    ['31/01/2024 08:26', wall(2024, 1, 31, 8, 26, 0)],
    ['1/31/2024', '1/31/2024'], // day/month: month 31
    ['01/02/2024', wall(2024, 2, 1)], // 1 February
    ['31.01.2024', wall(2024, 1, 31)],
    ['31-01-2024', wall(2024, 1, 31)],
  ],
  pl_PL: [
    ['1 234,56', 1234.56],
    ['1\u00a0234,56', 1234.56], // no-break space
    ['1\u202f234\u202f567', 1234567], // narrow no-break space
    ['3,5', 3.5],
    ['-3,5', -3.5],
    ['3.5', '3.5'], // Sheets would make it 3 May of this year; we keep text
    ['1,234.56', '1,234.56'],
    ['1.234,56', '1.234,56'],
    ['1 23,5', '1 23,5'],
    ['12,50 zł', '12,50 zł'], // currency stays text
    ['12,5%', new Styled(0.125, { numberFormat: '0.00%' })],
    ['12 %', new Styled(0.12, { numberFormat: '0%' })],
    ['31.01.2024', wall(2024, 1, 31)],
    ['31/01/2024', wall(2024, 1, 31)],
    ['31-01-2024', wall(2024, 1, 31)],
    ['1.02.2024 7:05:09', wall(2024, 2, 1, 7, 5, 9)],
    ['31.02.2024', '31.02.2024'],
    ['1/31/2024', '1/31/2024'],
  ],
  ru_RU: [
    ['1 234,56', 1234.56],
    ['1\u00a0234\u00a0567,5', 1234567.5],
    ['3,5', 3.5],
    ['31.01.2024', wall(2024, 1, 31)],
    ['31.01.2024 12:50', wall(2024, 1, 31, 12, 50, 0)],
    ['12,50 ₽', '12,50 ₽'],
  ],
  ro_RO: [
    ['1.234,56', 1234.56],
    ['1.234', 1234],
    ['3,5', 3.5],
    ['1 234,56', '1 234,56'],
    ['1,234.56', '1,234.56'],
    ['31.01.2024', wall(2024, 1, 31)],
    ['12,50 lei', '12,50 lei'],
  ],
  da_DK: [
    ['1.234,56', 1234.56],
    ['1.234.567,5', 1234567.5],
    ['3,5', 3.5],
    ['3.5', '3.5'],
    ['31-01-2024', wall(2024, 1, 31)],
    ['31.01.2024', wall(2024, 1, 31)],
    ['29-02-2023', '29-02-2023'],
    ['12,50 kr.', '12,50 kr.'],
  ],
};

describe('makeConverter', () => {
  for (const locale of SUPPORTED_LOCALES) {
    it(`converts fields as Sheets' import does in ${locale}`, () => {
      const convert = makeConverter(locale);
      for (const [field, expected] of [...everywhere, ...tables[locale]]) {
        expect([field, convert(field)]).toEqual([field, expected]);
      }
    });
  }

  it('gives a percentage the double nearest its value (1.1 / 100 would be 0.011000000000000001)', () => {
    expect((makeConverter('en_US')('1.1%') as Styled).value).toBe(0.011);
    expect((makeConverter('pl_PL')('8,2%') as Styled).value).toBe(0.082); // 8.2 / 100 = 0.08199999999999999
  });

  it('refuses a locale the add-on does not support, naming the ones it does', () => {
    expect(() => makeConverter('de_DE')).toThrow(/"de_DE" is not supported.*en_US, en_GB, pl_PL, ru_RU, ro_RO, da_DK/);
  });

  it('knows each locale decimal separator', () => {
    expect(SUPPORTED_LOCALES.map(decimalSeparator)).toEqual(['.', '.', ',', ',', ',', ',']);
  });
});

/** Digits of a non-negative integer in groups of three joined by `sep` (an independent formatter). */
function grouped(n: number, sep: string): string {
  const digits = String(n);
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(sep);
}

const styles: Record<string, { decimal: string; group: string; order: 'mdy' | 'dmy' }> = {
  en_US: { decimal: '.', group: ',', order: 'mdy' },
  en_GB: { decimal: '.', group: ',', order: 'dmy' },
  pl_PL: { decimal: ',', group: '\u00a0', order: 'dmy' },
  ru_RU: { decimal: ',', group: ' ', order: 'dmy' },
  ro_RO: { decimal: ',', group: '.', order: 'dmy' },
  da_DK: { decimal: ',', group: '.', order: 'dmy' },
};

describe('makeConverter properties', () => {
  const locale = fc.constantFrom(...SUPPORTED_LOCALES);

  it('reads back any number written the locale way, grouped or not', () => {
    fc.assert(
      fc.property(locale, fc.nat({ max: 999_999_999_999 }), fc.nat({ max: 99 }), fc.boolean(), fc.boolean(), (loc, whole, cents, group, negative) => {
        const s = styles[loc];
        const fraction = String(cents).padStart(2, '0');
        const text = `${negative ? '-' : ''}${group ? grouped(whole, s.group) : String(whole)}${s.decimal}${fraction}`;
        const expected = Number(`${negative ? '-' : ''}${whole}.${fraction}`);
        expect(makeConverter(loc)(text)).toBe(expected);
      }),
    );
  });

  it('reads back any real date written in the locale order, and keeps impossible ones as text', () => {
    fc.assert(
      fc.property(
        locale,
        fc.integer({ min: 1900, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.constantFrom('/', '.', '-'),
        (loc, year, month, day, sep) => {
          const text = styles[loc].order === 'mdy' ? `${month}${sep}${day}${sep}${year}` : `${day}${sep}${month}${sep}${year}`;
          // Independent check of the calendar: Date.UTC rolls an impossible day into the next month.
          const real = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
          expect(makeConverter(loc)(text)).toEqual(real ? wall(year, month, day) : text);
        },
      ),
    );
  });

  it('never changes text without digits, except TRUE and FALSE', () => {
    fc.assert(
      fc.property(locale, fc.string().filter((s) => !/\d/.test(s) && !/^\s*(true|false)\s*$/i.test(s)), (loc, text) => {
        expect(makeConverter(loc)(text)).toBe(text);
      }),
    );
  });
});
