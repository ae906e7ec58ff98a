import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { importDelimitedText } from '../../../src/local/files';
import { cellsOf } from '../../../src/local/sheetData';

function wall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  return { wall: { year, month, day, hour, minute, second } };
}

const en = { locale: 'en_US' };

describe('importDelimitedText', () => {
  it('keeps delimiters, doubled quotes and newlines inside quoted fields', () => {
    const text = 'a,"b, c","say ""hi""","x\ny",z\n';
    expect(importDelimitedText(text, en).values).toEqual([['a', 'b, c', 'say "hi"', 'x\ny', 'z']]);
  });

  it('converts quoted fields too (quotes only delimit, as in Sheets)', () => {
    expect(importDelimitedText('"1","1,234.5","2024-01-31"', en).values).toEqual([[1, 1234.5, wall(2024, 1, 31)]]);
  });

  it('drops a UTF-8 BOM and reads CRLF line ends', () => {
    const sheet = importDelimitedText('\uFEFFid,date\r\n1,2024-01-31\r\n2,12/1/2010 8:26\r\n', en);
    expect(sheet.values).toEqual([
      ['id', 'date'],
      [1, wall(2024, 1, 31)],
      [2, wall(2010, 12, 1, 8, 26)],
    ]);
  });

  it('keeps an empty line inside the file as an empty row, drops empty lines at the end, keeps empty fields', () => {
    expect(importDelimitedText('a,b\n\n,c\n\n\n', en).values).toEqual([['a', 'b'], [], ['', 'c']]);
  });

  it('gives a sheet in the lean form, named Sheet1 unless named', () => {
    const sheet = importDelimitedText('x', en);
    expect(sheet).toEqual({ name: 'Sheet1', cells: [], values: [['x']] });
    expect(importDelimitedText('x', { ...en, name: 'orders' }).name).toBe('orders');
  });

  it('records the percentage format of the cells that have one', () => {
    const sheet = importDelimitedText('rate,share\n12%,7.5%\n', en);
    expect(sheet.values).toEqual([
      ['rate', 'share'],
      [0.12, 0.075],
    ]);
    expect(sheet.valueStyles).toEqual([
      { row: 1, column: 0, style: { numberFormat: '0%' } },
      { row: 1, column: 1, style: { numberFormat: '0.00%' } },
    ]);
    expect(cellsOf(sheet)).toEqual([
      [{ value: 'rate' }, { value: 'share' }],
      [
        { value: 0.12, style: { numberFormat: '0%' } },
        { value: 0.075, style: { numberFormat: '0.00%' } },
      ],
    ]);
  });

  describe('finds the separator as Sheets does', () => {
    it('a comma file', () => {
      expect(importDelimitedText('a,b;c\n1,2\n', en).values).toEqual([
        ['a', 'b;c'],
        [1, 2],
      ]);
    });

    it('a semicolon file with decimal commas (Polish Excel export)', () => {
      // Both ';' and ',' split every line in two here; the semicolon is the separator.
      const text = 'klient;kwota\nAnna;12,5\nJan;3,25\n';
      expect(importDelimitedText(text, { locale: 'pl_PL' }).values).toEqual([
        ['klient', 'kwota'],
        ['Anna', 12.5],
        ['Jan', 3.25],
      ]);
    });

    it('a semicolon file with thousands and decimals in da_DK', () => {
      const text = 'kunde;dato;beløb\n7;31-01-2024;1.234,50\n8;01-02-2024;99\n';
      expect(importDelimitedText(text, { locale: 'da_DK' }).values).toEqual([
        ['kunde', 'dato', 'beløb'],
        [7, wall(2024, 1, 31), 1234.5],
        [8, wall(2024, 2, 1), 99],
      ]);
    });

    it('a tab file and a pipe file', () => {
      expect(importDelimitedText('a\tb c\n1\t2\n', en).values).toEqual([
        ['a', 'b c'],
        [1, 2],
      ]);
      expect(importDelimitedText('a|b\n1|2\n', en).values).toEqual([
        ['a', 'b'],
        [1, 2],
      ]);
    });

    it('or takes the one given', () => {
      expect(importDelimitedText('a;b,c\n', { ...en, delimiter: ',' }).values).toEqual([['a;b', 'c']]);
    });
  });

  it('splits whitespace-separated text on runs of spaces and tabs (CDNOW master)', () => {
    const text = ' customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n\t00002\t19970112 5 77.00\r\n';
    expect(importDelimitedText(text, { ...en, delimiter: 'whitespace' }).values).toEqual([
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      [1, 19970101, 1, 11.77],
      [2, 19970112, 5, 77],
    ]);
  });

  it('reports progress every 10,000 rows and at the end', () => {
    const calls: number[] = [];
    const text = 'n\n' + Array.from({ length: 24_999 }, (_, i) => String(i)).join('\n');
    const sheet = importDelimitedText(text, { ...en, onProgress: (rows) => calls.push(rows) });
    expect(sheet.values).toHaveLength(25_000);
    expect(calls).toEqual([10_000, 20_000, 25_000]);
  });

  it('stops at a quote that is never closed, naming its row', () => {
    expect(() => importDelimitedText('a,b\n1,2\n3,"oops\n4,5\n', en)).toThrow(/Row 3 opens a quote/);
  });

  it('gives back any grid of text written as CSV (property)', () => {
    // Fields without digits or TRUE/FALSE stay text, so the grid must come back unchanged.
    const field = fc.stringMatching(/^[a-zA-Z ,;"\n\r\t|'=]{0,8}$/).filter((s) => !/^\s*(true|false)\s*$/i.test(s));
    const grid = fc.integer({ min: 2, max: 4 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(grid, (rows) => {
        const text = Papa.unparse(rows, { newline: '\r\n', quotes: true });
        expect(importDelimitedText(text, { ...en, delimiter: ',' }).values).toEqual(rows);
      }),
    );
  });
});
