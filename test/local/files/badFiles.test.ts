/**
 * Files the runner cannot read say what they are: a password-protected workbook, an old .xls
 * under an .xlsx name, a "CSV" that is a PDF, a ZIP or binary data, a CSV whose lines mix ','
 * and ';' (with the line numbers); columns sharing a header are named; --discount takes 10% and 0.1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSheetFile, writeXlsx } from '../../../src/local/files';
import { discountOption } from '../../../src/local/commands/clv';
import { buildOnce, projectRoot } from '../../helpers/build';

const dir = mkdtempSync(join(tmpdir(), 'retention-bad-files-'));
function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const read = (path: string, locale = 'en_US') => readSheetFile(path, { locale });

function retention(...args: string[]) {
  const run = spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), ...args, '--quiet'], { encoding: 'utf8', cwd: dir });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A minimal OLE compound file (MS-CFB, version 3, 512-byte sectors) holding the given streams of
 * 4,096 bytes each: sector 0 the FAT, sector 1 the directory, then 8 sectors per stream. With
 * EncryptionInfo and EncryptedPackage it has the layout of a password-protected .xlsx (MS-OFFCRYPTO).
 */
function compoundFile(streams: string[]): Buffer {
  const SECTOR = 512;
  const STREAM_SECTORS = 8;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const sectors = 2 + streams.length * STREAM_SECTORS;
  const out = Buffer.alloc(SECTOR * (1 + sectors), 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 24);
  out.writeUInt16LE(3, 26);
  out.writeUInt16LE(0xfffe, 28);
  out.writeUInt16LE(9, 30);
  out.writeUInt16LE(6, 32);
  out.writeUInt32LE(1, 44); // one FAT sector
  out.writeUInt32LE(1, 48); // the directory starts at sector 1
  out.writeUInt32LE(4096, 56);
  out.writeUInt32LE(END, 60);
  out.writeUInt32LE(END, 68);
  for (let i = 0; i < 109; i++) out.writeUInt32LE(i === 0 ? 0 : FREE, 76 + 4 * i);
  const sector = (n: number) => SECTOR * (1 + n);
  // The FAT: sector 0 is the FAT itself, 1 the directory, then one chain per stream.
  for (let n = 0; n < SECTOR / 4; n++) {
    let next = FREE;
    if (n === 0) next = 0xfffffffd;
    else if (n === 1) next = END;
    else if (n < sectors) next = (n - 2) % STREAM_SECTORS === STREAM_SECTORS - 1 ? END : n + 1;
    out.writeUInt32LE(next, sector(0) + 4 * n);
  }
  const entry = (index: number, name: string, type: number, right: number, child: number, start: number, size: number) => {
    const at = sector(1) + 128 * index;
    const utf16 = Buffer.from(`${name}\0`, 'utf16le');
    utf16.copy(out, at);
    out.writeUInt16LE(utf16.length, at + 64);
    out[at + 66] = type;
    out[at + 67] = 1;
    out.writeUInt32LE(FREE, at + 68);
    out.writeUInt32LE(right, at + 72);
    out.writeUInt32LE(child, at + 76);
    out.writeUInt32LE(start, at + 116);
    out.writeUInt32LE(size, at + 120);
  };
  entry(0, 'Root Entry', 5, FREE, streams.length ? 1 : FREE, END, 0);
  streams.forEach((name, i) => entry(1 + i, name, 2, i + 1 < streams.length ? i + 2 : FREE, FREE, 2 + i * STREAM_SECTORS, 4096));
  for (let i = streams.length + 1; i < 4; i++) {
    out.writeUInt32LE(FREE, sector(1) + 128 * i + 68);
    out.writeUInt32LE(FREE, sector(1) + 128 * i + 72);
    out.writeUInt32LE(FREE, sector(1) + 128 * i + 76);
  }
  return out;
}

describe('workbooks it cannot open', () => {
  it('says a password-protected .xlsx is protected', async () => {
    const path = file('protected.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    await expect(read(path)).rejects.toThrow(`"${path}" is protected with a password (an encrypted workbook), so it cannot be read. Open it in Excel, remove the password`);
  });

  it('says an old Excel 97–2003 workbook named .xlsx is one', async () => {
    const path = file('old.xlsx', compoundFile(['Workbook']));
    await expect(read(path)).rejects.toThrow(`"${path}" is an old Excel 97–2003 workbook (.xls) under an .xlsx name. Open it in Excel and save it as .xlsx (Excel Workbook).`);
  });

  it('says so on the command line too', () => {
    file('shop.xlsx', compoundFile(['EncryptionInfo', 'EncryptedPackage']));
    const run = retention('cohort', 'shop.xlsx');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"shop.xlsx" is protected with a password');
  });
});

describe('a "text" file that is not text', () => {
  const notText = (path: string, kind: string) =>
    `"${path}" is not a text file: its bytes are ${kind}. Export the orders from your shop as CSV (or save them as .xlsx) and try again.`;

  it('names a PDF, a ZIP or workbook, a gzip file and binary data renamed .csv', async () => {
    const pdf = file('orders-pdf.csv', '%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >>\nendobj\n');
    await expect(read(pdf)).rejects.toThrow(notText(pdf, 'a PDF document'));
    const workbook = join(dir, 'orders-xlsx.csv');
    await writeXlsx([{ name: 'Orders', cells: [[{ value: 'customer' }]] }], workbook);
    await expect(read(workbook)).rejects.toThrow(notText(workbook, 'a ZIP archive (an .xlsx workbook is one: if this is a workbook, name it .xlsx)'));
    const gz = file('orders-gz.csv', gzipSync('customer,date\na,2024-01-01\n'));
    await expect(read(gz)).rejects.toThrow(notText(gz, 'a gzip archive (name it .csv.gz)'));
    const binary = file('orders-bin.csv', Buffer.from([0x41, 0x42, 0x00, 0x01, 0x43, 0x2c, 0x44, 0x0a]));
    await expect(read(binary)).rejects.toThrow(notText(binary, 'binary data, not text'));
    const controls = file('orders-controls.txt', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 5 === 0 ? 0x02 : 0x61))));
    await expect(read(controls)).rejects.toThrow(notText(controls, 'binary data, not text'));
  });

  it('does not say "No customer column" for them on the command line', () => {
    file('shop-pdf.csv', '%PDF-1.4\n');
    const run = retention('cohort', 'shop-pdf.csv');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"shop-pdf.csv" is not a text file: its bytes are a PDF document.');
    expect(run.stderr).not.toMatch(/customer column/i);
  });

  it('still reads UTF-16 text, and text holding a few escape sequences', async () => {
    const utf16 = file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('customer\tdate\r\nAnna\t2024-01-05\r\n', 'utf16le')]));
    expect((await read(utf16))[0].values?.[1][0]).toBe('Anna');
    const hostile = file('hostile.csv', 'customer,date\nevil\u001b]0;x\u0007,2024-01-05\n');
    expect((await read(hostile))[0].values?.[1][0]).toBe('evil\u001b]0;x\u0007');
  });
});

describe("lines that mix ',' and ';'", () => {
  it("names both separators and the lines of each, in a ';' file", async () => {
    const path = file('mixed.csv', 'customer;date;amount\na;2024-01-05;10\nb,2024-02-05,20\nc;2024-03-01;5\nd,2024-03-02,7\n');
    await expect(read(path, 'pl_PL')).rejects.toThrow(
      "Some lines use ';' and others ',' to separate the columns: ';' on lines 1, 2, 4 and ',' on lines 3, 5 (2 lines in all). Save the file again with one separator",
    );
  });

  it("names them in a ',' file whose header the guess reads as ','", async () => {
    const rows = ['customer,date,amount', ...Array.from({ length: 7 }, (_, i) => `c${i},2024-01-0${i + 1},${i}`), 'x;2024-02-01;5', 'c8,2024-02-02,3', 'y;2024-02-03;6,5'];
    const path = file('mixed-en.csv', `${rows.join('\r\n')}\r\n`);
    await expect(read(path)).rejects.toThrow("Some lines use ',' and others ';' to separate the columns: ',' on lines 1, 2, 3, 4, 5, … and ';' on lines 9, 11 (2 lines in all).");
  });

  it('names them when most lines use the separator the header does not', async () => {
    const path = file('mixed-header.csv', 'customer;date;amount\na,2024-01-05,10\nb,2024-02-05,20\nc,2024-03-01,5\n');
    await expect(read(path)).rejects.toThrow("Some lines use ';' and others ',' to separate the columns: ';' on lines 1 and ',' on lines 2, 3, 4 (3 lines in all).");
  });

  it('counts the lines of a quoted field with a line break in it', async () => {
    const path = file('mixed-quoted.csv', 'customer;note;amount\na;"two\nlines";10\nb,x,20\n');
    await expect(read(path, 'pl_PL')).rejects.toThrow("';' on lines 1, 2 and ',' on lines 4 (1 line in all)");
  });

  it("reads a ';' file with decimal commas and a short row as ';' (not mixed, and no longer as one column)", async () => {
    const path = file('decimal.csv', 'customer;date;amount\na;2024-01-05;10,5\nb;2024-02-05\nc;2024-03-01;1 234,50\n');
    const [sheet] = await read(path, 'pl_PL');
    expect(sheet.values?.map((row) => row[0])).toEqual(['customer', 'a', 'b', 'c']);
    expect(sheet.values?.[3][2]).toBe(1234.5);
  });
});

describe('columns sharing a header', () => {
  beforeAll(buildOnce);
  const CSV = 'Email,Date,Total,Email\na@x.pl,2024-01-05,10,b@x.pl\na@x.pl,2024-02-05,20,b@x.pl\n';

  it('names them on stderr, even with --quiet and --json', () => {
    file('twice.csv', CSV);
    const run = retention('cohort', 'twice.csv', '--json');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Columns A and D have the same header "Email": a column found by its header may be any of them');
    expect(run.stderr).toContain('e.g. --customer D.');
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });

  it('refuses such a header as a column option, and takes the letter', () => {
    file('twice.csv', CSV);
    const byName = retention('cohort', 'twice.csv', '--customer', 'email');
    expect(byName.code).toBe(1);
    expect(byName.stderr).toContain('--customer email: columns A, D all have this header. Name the one you mean by letter or number: --customer A or --customer D.');
    expect(retention('cohort', 'twice.csv', '--customer', 'D').code).toBe(0);
  });
});

describe('--discount', () => {
  beforeAll(buildOnce);

  it('takes a percentage or a fraction, and refuses a bare number of 1 or more', () => {
    expect(discountOption('10%')).toBeCloseTo(0.1, 15);
    expect(discountOption(' 1.5 %')).toBeCloseTo(0.015, 15);
    expect(discountOption('0.1')).toBe(0.1);
    expect(discountOption('0')).toBe(0);
    expect(discountOption(undefined)).toBeUndefined();
    expect(() => discountOption('10')).toThrow('--discount 10: a fraction is below 1. For 10 percent write --discount 10%; as a fraction write --discount 0.1.');
    expect(() => discountOption('1')).toThrow('For 1 percent write --discount 1%');
    expect(() => discountOption('ten%')).toThrow('--discount ten%: write the monthly discount as a percentage (1%) or as a fraction (0.01).');
  });

  it('gives the same predictions for 10% and 0.1, other than the default 1%', () => {
    const iso = (days: number) => new Date(Date.UTC(2023, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);
    const rows = ['customer,date,amount'];
    for (let c = 0; c < 30; c++) for (let k = 0; k <= c % 5; k++) rows.push(`c${c},${iso(c * 5 + k * (20 + c))},${10 + c + k}`);
    file('clv.csv', `${rows.join('\n')}\n`);
    const percent = retention('clv', 'clv.csv', '--json', '--discount', '10%');
    const fraction = retention('clv', 'clv.csv', '--json', '--discount', '0.1');
    const standard = retention('clv', 'clv.csv', '--json');
    expect(percent.code).toBe(0);
    expect(percent.stdout).toBe(fraction.stdout);
    expect(percent.stdout).not.toBe(standard.stdout);
    expect(retention('clv', 'clv.csv', '--discount', '10%').stdout).toContain('10% monthly discount');
  });

  it('says in --help which forms it takes', () => {
    const run = spawnSync(process.execPath, [join(projectRoot, 'bin/retention.cjs'), '--help'], { encoding: 'utf8' });
    expect(run.stdout).toContain('--discount RATE                          clv: the monthly discount rate, as a percentage (1%) or a fraction (0.01);');
  });
});
