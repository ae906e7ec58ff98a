import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { readSheetFile } from '../../../src/local/files';

const fixtures = join(__dirname, '../../fixtures/files');
const en = { locale: 'en_US' };
const dir = mkdtempSync(join(tmpdir(), 'files-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function wall(year: number, month: number, day: number, hour = 0, minute = 0, second = 0) {
  return { wall: { year, month, day, hour, minute, second } };
}

function file(name: string, contents: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, contents);
  return path;
}

describe('readSheetFile: text files', () => {
  it('reads a gzipped CSV into one sheet named after the file', async () => {
    // test/fixtures/files/orders.csv.gz, unpacked:
    // InvoiceNo,Customer,InvoiceDate,Amount,Note
    // 536365,17850,2010-12-01 08:26:00,15.30,"Hearts, white"
    // C536379,14527,12/1/2010 9:41,-27.50,"two\nlines"
    // 536366,,12/1/2010 9:45,"1,020.00",TRUE
    const sheets = await readSheetFile(join(fixtures, 'orders.csv.gz'), en);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].name).toBe('orders');
    expect(sheets[0].values).toEqual([
      ['InvoiceNo', 'Customer', 'InvoiceDate', 'Amount', 'Note'],
      [536365, 17850, wall(2010, 12, 1, 8, 26, 0), 15.3, 'Hearts, white'],
      ['C536379', 14527, wall(2010, 12, 1, 9, 41), -27.5, 'two\nlines'],
      [536366, '', wall(2010, 12, 1, 9, 45), 1020, true],
    ]);
  });

  it('reads the same dates as text in a day/month locale where 12/1 is 12 January', async () => {
    const [sheet] = await readSheetFile(join(fixtures, 'orders.csv.gz'), { locale: 'en_GB' });
    expect(sheet.values?.[2][2]).toEqual(wall(2010, 1, 12, 9, 41));
  });

  it('reads a whitespace-separated .txt (the head of CDNOW master, CRLF, leading spaces)', async () => {
    const [sheet] = await readSheetFile(join(fixtures, 'cdnow-head.txt'), en);
    expect(sheet.name).toBe('cdnow-head');
    expect(sheet.values).toEqual([
      ['customer_id', 'date', 'number_of_cds', 'dollar_value'],
      [1, 19970101, 1, 11.77],
      [2, 19970112, 1, 12],
      [2, 19970112, 5, 77],
      [3, 19970102, 2, 20.76],
      [3, 19970330, 2, 20.76],
      [3, 19970402, 2, 19.54],
      [3, 19971115, 5, 57.45],
    ]);
  });

  it('reads a gzipped whitespace .txt.gz', async () => {
    const [sheet] = await readSheetFile(file('master.txt.gz', gzipSync(' id  date\r\n 00007 19970101\r\n')), en);
    expect(sheet.name).toBe('master');
    expect(sheet.values).toEqual([
      ['id', 'date'],
      [7, 19970101],
    ]);
  });

  it('reads a .txt whose first line has tabs as tab-separated (spaces stay inside fields)', async () => {
    const [sheet] = await readSheetFile(file('export.txt', 'Country\tTotal\nUnited Kingdom\t12.5\n'), en);
    expect(sheet.values).toEqual([
      ['Country', 'Total'],
      ['United Kingdom', 12.5],
    ]);
  });

  it('reads Excel "Unicode Text" (UTF-16 with a BOM, tabs)', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Klient\tKwota\r\nŁucja\t1 234,5\r\n', 'utf16le')]);
    const [sheet] = await readSheetFile(file('unicode.txt', bytes), { locale: 'pl_PL' });
    expect(sheet.values).toEqual([
      ['Klient', 'Kwota'],
      ['Łucja', 1234.5],
    ]);
  });

  it('reads a CSV saved by Excel in the Windows code page of the locale (not UTF-8)', async () => {
    // "Łódź;12,5" in windows-1250: Ł = A3, ó = F3, d, ź = 9F; in windows-1251 "Жук" is C6 F3 EA.
    const polish = Buffer.concat([Buffer.from('miasto;kwota\r\n'), Buffer.from([0xa3, 0xf3, 0x64, 0x9f]), Buffer.from(';12,5\r\n')]);
    expect((await readSheetFile(file('pl.csv', polish), { locale: 'pl_PL' }))[0].values).toEqual([
      ['miasto', 'kwota'],
      ['Łódź', 12.5],
    ]);
    const russian = Buffer.concat([Buffer.from('name,n\n'), Buffer.from([0xc6, 0xf3, 0xea]), Buffer.from(',1\n')]);
    expect((await readSheetFile(file('ru.csv', russian), { locale: 'ru_RU' }))[0].values?.[1]).toEqual(['Жук', 1]);
    // windows-1252 for the others: E6 is æ.
    const danish = Buffer.concat([Buffer.from('by\n'), Buffer.from([0x4e, 0xe6, 0x73, 0x74, 0x76, 0x65, 0x64]), Buffer.from('\n')]);
    expect((await readSheetFile(file('da.csv', danish), { locale: 'da_DK' }))[0].values?.[1]).toEqual(['Næstved']);
  });

  it('reads a .tsv and a .tsv.gz with tabs, even when commas would split the lines evenly', async () => {
    const text = 'a,b\tc\n1,5\t2\n';
    const expected = [
      ['a,b', 'c'],
      ['1,5', 2], // "1,5" is not a number in en_US (groups of three)
    ];
    expect((await readSheetFile(file('t.tsv', text), en))[0].values).toEqual(expected);
    expect((await readSheetFile(file('t.TSV.GZ', gzipSync(text)), en))[0].values).toEqual(expected);
  });

  it('passes progress on', async () => {
    const calls: number[] = [];
    await readSheetFile(join(fixtures, 'cdnow-head.txt'), { ...en, onProgress: (n) => calls.push(n) });
    expect(calls).toEqual([8]);
  });
});

describe('readSheetFile: bad inputs', () => {
  it('names a missing file', async () => {
    const path = join(dir, 'no-such-orders.csv');
    await expect(readSheetFile(path, en)).rejects.toThrow(`File not found: "${path}"`);
  });

  it('explains an unknown kind of file, and what to do with an old .xls', async () => {
    await expect(readSheetFile(file('orders.pdf', 'x'), en)).rejects.toThrow(
      /Cannot read ".*orders\.pdf": this kind of file is not supported\. Use a \.csv, \.csv\.gz, \.tsv, \.tsv\.gz, \.txt, \.txt\.gz or \.xlsx file\./,
    );
    await expect(readSheetFile(file('orders.xls', 'x'), en)).rejects.toThrow(/save it as \.xlsx/);
    await expect(readSheetFile(file('orders.xlsx.gz', 'x'), en)).rejects.toThrow(/not supported/);
  });

  it('says an empty file is empty', async () => {
    await expect(readSheetFile(file('empty.csv', ''), en)).rejects.toThrow(/The file ".*empty\.csv" is empty: there are no rows to read\./);
    await expect(readSheetFile(file('blank.csv', '\uFEFF\r\n\r\n'), en)).rejects.toThrow(/is empty/);
    await expect(readSheetFile(file('empty.csv.gz', gzipSync('')), en)).rejects.toThrow(/is empty/);
    await expect(readSheetFile(file('empty.xlsx', ''), en)).rejects.toThrow(/is empty/);
  });

  it('says a broken .gz is broken', async () => {
    await expect(readSheetFile(file('broken.csv.gz', 'not gzip at all'), en)).rejects.toThrow(
      /Cannot unpack ".*broken\.csv\.gz": it ends in \.gz but is not a complete gzip file\./,
    );
  });

  it('says a folder is a folder', async () => {
    const folder = join(dir, 'folder.csv');
    mkdirSync(folder);
    await expect(readSheetFile(folder, en)).rejects.toThrow(`"${folder}" is a folder, not a file.`);
  });

  it('says a file named .xlsx that is not a workbook cannot be opened', async () => {
    await expect(readSheetFile(file('fake.xlsx', 'a,b\n1,2\n'), en)).rejects.toThrow(/Cannot open ".*fake\.xlsx" as an Excel workbook/);
  });

  it('refuses a locale the add-on does not support', async () => {
    await expect(readSheetFile(join(fixtures, 'cdnow-head.txt'), { locale: 'xx_XX' })).rejects.toThrow(/"xx_XX" is not supported/);
  });
});

describe('readSheetFile: XLSX', () => {
  async function workbookFile(name: string): Promise<string> {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').getCell('A1').value = 'read me';
    const orders = workbook.addWorksheet('Orders');
    orders.getCell('A1').value = 'id';
    orders.getCell('B1').value = 'when';
    orders.getCell('A2').value = 17850;
    // exceljs writes a Date's UTC fields as the cell's wall time.
    orders.getCell('B2').value = new Date(Date.UTC(2010, 11, 1, 8, 26, 0));
    orders.getCell('B2').numFmt = 'yyyy-mm-dd hh:mm';
    orders.getCell('C2').value = true;
    orders.getCell('D2').value = { formula: 'A2*2', result: 35700 };
    orders.getCell('E2').value = { richText: [{ text: 'Hearts, ' }, { font: { bold: true }, text: 'white' }] };
    orders.getCell('F2').value = { text: 'shop', hyperlink: 'https://example.com' };
    orders.getCell('G2').value = { error: '#N/A' };
    orders.getCell('I2').value = 'after a gap';
    orders.getCell('A4').value = 'after an empty row';
    orders.getCell('B4').value = { formula: 'B2+1', result: new Date(Date.UTC(2010, 11, 2, 8, 26, 0)) };
    orders.getCell('B4').numFmt = 'yyyy-mm-dd';
    const path = join(dir, name);
    await workbook.xlsx.writeFile(path);
    return path;
  }

  it('reads the named sheet: numbers, dates as wall times, booleans, formula results, flattened rich text', async () => {
    const path = await workbookFile('named.xlsx');
    const [sheet] = await readSheetFile(path, { ...en, sheet: 'Orders' });
    expect(sheet.name).toBe('Orders');
    expect(sheet.cells).toEqual([
      [{ value: 'id' }, { value: 'when' }],
      [
        { value: 17850 },
        { value: wall(2010, 12, 1, 8, 26, 0) },
        { value: true },
        { value: 35700, formula: '=A2*2' },
        { value: 'Hearts, white' },
        { value: 'shop' },
        { value: '#N/A' },
        { value: '' },
        { value: 'after a gap' },
      ],
      [],
      [{ value: 'after an empty row' }, { value: wall(2010, 12, 2, 8, 26, 0), formula: '=B2+1' }],
    ]);
  });

  it('reads the first sheet when none is named, and finds a sheet whatever its letter case', async () => {
    const path = await workbookFile('first.xlsx');
    expect((await readSheetFile(path, en))[0].cells).toEqual([[{ value: 'read me' }]]);
    expect((await readSheetFile(path, { ...en, sheet: 'orders' }))[0].name).toBe('Orders');
  });

  it('lists the sheets there are when the named one is missing', async () => {
    const path = await workbookFile('missing.xlsx');
    await expect(readSheetFile(path, { ...en, sheet: 'Sales' })).rejects.toThrow(
      `The workbook "${path}" has no sheet named "Sales". Its sheets are: "Notes", "Orders".`,
    );
  });
});
