/**
 * Reading order files into sheets and saving sheets as XLSX, for the local Apps Script host and
 * the `retention` runner. Text files are converted as Google Sheets' File > Import does in the
 * spreadsheet's locale (src/local/files/convert.ts); XLSX goes through exceljs (files/xlsx.ts).
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { SheetData } from '../sheetData';
import { importDelimitedText, type ImportOptions } from './delimited';
import { binaryKind, isEncryptedOffice, isOleFile } from './signature';
import { readXlsx, writeXlsx } from './xlsx';

export { importDelimitedText, writeXlsx };
export type { ImportOptions };
export type { TextImportOptions } from './delimited';

const TEXT_TYPES = ['csv', 'tsv', 'txt'];
const SUPPORTED = '.csv, .csv.gz, .tsv, .tsv.gz, .txt, .txt.gz or .xlsx';

/**
 * Reads an order file into sheets: `.csv`, `.tsv`, `.txt` (whitespace-separated, such as CDNOW's
 * master file), each optionally gzipped (`.csv.gz`), or `.xlsx`. Text files give one sheet named
 * after the file; an XLSX file gives the sheet `options.sheet`, or its first sheet. A password-
 * protected workbook, an old .xls named .xlsx and a "text" file that is not text (a PDF, a ZIP)
 * are refused with a message that says so (files/signature.ts).
 * @example
 * const [sheet] = await readSheetFile('orders.csv.gz', { locale: 'en_US' });
 * sheet.values?.[1][0] // 536365 (text files give the lean `values` form; XLSX gives `cells`)
 */
export async function readSheetFile(path: string, options: ImportOptions): Promise<SheetData[]> {
  const lower = path.toLowerCase();
  const gzipped = lower.endsWith('.gz');
  const extension = /\.([a-z0-9]+)$/.exec(gzipped ? lower.slice(0, -3) : lower)?.[1] ?? '';
  const isXlsx = extension === 'xlsx' && !gzipped;
  if (!isXlsx && !TEXT_TYPES.includes(extension)) {
    const hint = extension === 'xls' ? ' Open it in Excel and save it as .xlsx (Excel Workbook).' : '';
    throw new Error(`Cannot read "${path}": this kind of file is not supported. Use a ${SUPPORTED} file.${hint}`);
  }
  let bytes = await readBytes(path);
  if (bytes.length === 0) throw new Error(`The file "${path}" is empty: there are no rows to read.`);
  if (isXlsx) {
    if (isEncryptedOffice(bytes)) {
      throw new Error(
        `"${path}" is protected with a password (an encrypted workbook), so it cannot be read. ` +
          'Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password: clear it), save it and try again.',
      );
    }
    if (isOleFile(bytes)) throw new Error(`"${path}" is an old Excel 97–2003 workbook (.xls) under an .xlsx name. Open it in Excel and save it as .xlsx (Excel Workbook).`);
    return [await readXlsx(bytes, path, options)];
  }
  if (gzipped) bytes = await unzip(bytes, path);
  const notText = hasUtf16Bom(bytes) ? null : binaryKind(bytes);
  if (notText) {
    throw new Error(`"${path}" is not a text file: its bytes are ${notText}. Export the orders from your shop as CSV (or save them as .xlsx) and try again.`);
  }
  const text = decode(bytes, options.locale);
  if (text.trim() === '') throw new Error(`The file "${path}" is empty: there are no rows to read.`);
  const name = basename(path).replace(/(\.[a-z0-9]+)?(\.gz)?$/i, '');
  return [importDelimitedText(text, { ...options, delimiter: delimiterOf(extension, text), name })];
}

/**
 * The separator for a text file: a tab for .tsv; for .txt a tab when its first line has one
 * (Excel's "Text (Tab delimited)"), else runs of whitespace (CDNOW's master file); guessed for .csv.
 */
function delimiterOf(extension: string, text: string): string | undefined {
  if (extension === 'tsv') return '\t';
  if (extension === 'txt') return /^[^\r\n]*\t/.test(text) ? '\t' : 'whitespace';
  return undefined;
}

/** The file's bytes, or an error that names the path and says what is wrong. */
async function readBytes(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`File not found: "${path}". Check the name and the folder.`);
    if (code === 'EISDIR') throw new Error(`"${path}" is a folder, not a file.`);
    if (code === 'EACCES' || code === 'EPERM') throw new Error(`No permission to read "${path}".`);
    throw new Error(`Cannot read "${path}": ${(error as Error).message}`);
  }
}

async function unzip(bytes: Buffer, path: string): Promise<Buffer> {
  try {
    return await promisify(gunzip)(bytes);
  } catch {
    throw new Error(`Cannot unpack "${path}": it ends in .gz but is not a complete gzip file.`);
  }
}

/** Windows code pages Excel uses for "CSV (Comma delimited)" in each language. */
const ANSI_CODE_PAGES: Record<string, string> = { pl: 'windows-1250', ro: 'windows-1250', ru: 'windows-1251' };

/**
 * The file's text: UTF-16 when it starts with a UTF-16 BOM (Excel's "Unicode Text"); else UTF-8
 * (its BOM is dropped later); else, when the bytes are not valid UTF-8, the Windows code page Excel
 * saves CSV in for the locale's language (windows-1250 for Polish and Romanian, 1251 for Russian,
 * 1252 otherwise).
 */
function hasUtf16Bom(bytes: Buffer): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function decode(bytes: Buffer, locale: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder(ANSI_CODE_PAGES[locale.slice(0, 2)] ?? 'windows-1252').decode(bytes);
  }
}
