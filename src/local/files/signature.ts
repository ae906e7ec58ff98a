/**
 * What a file's first bytes say it is, for the messages of files the runner cannot read: a
 * password-protected workbook, an old .xls, or a file that is not text at all (a PDF or a ZIP
 * renamed .csv).
 */

/** The OLE compound-file signature: old .xls files, and every password-protected (encrypted) .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The stream an encrypted OOXML file keeps its workbook in (ECMA-376 part 2 / MS-OFFCRYPTO), as a UTF-16LE directory name. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

const SIGNATURES: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive (an .xlsx workbook is one: if this is a workbook, name it .xlsx)'],
  [OLE, 'an Excel 97–2003 workbook or another Office file (open it in Excel and save it as CSV or .xlsx)'],
  [[0x1f, 0x8b], 'a gzip archive (name it .csv.gz)'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0x52, 0x61, 0x72, 0x21], 'a RAR archive'],
  [[0x37, 0x7a, 0xbc, 0xaf], 'a 7-Zip archive'],
];

/** How much of a file is looked at. */
const SAMPLE_BYTES = 8 * 1024;

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, i) => bytes[i] === byte);
}

/**
 * Whether the bytes are an OLE compound file (what Excel writes for a password-protected .xlsx,
 * and for an old .xls).
 * @example isOleFile(readFileSync('protected.xlsx')) === true
 */
export function isOleFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE);
}

/**
 * Whether an OLE compound file is an encrypted Office document: its directory names the
 * EncryptedPackage stream.
 * @example isEncryptedOffice(readFileSync('protected.xlsx')) === true; isEncryptedOffice(readFileSync('old.xls')) === false
 */
export function isEncryptedOffice(bytes: Buffer): boolean {
  return isOleFile(bytes) && bytes.indexOf(ENCRYPTED_PACKAGE) >= 0;
}

/**
 * What the bytes are when they are not text: a known kind by its signature, else "binary data"
 * when the first 8 KB hold a NUL byte or more than 10% control bytes; null for text. (UTF-16 text
 * is recognised by its byte-order mark before this is asked.)
 * @example binaryKind(Buffer.from('%PDF-1.7 …')) === 'a PDF document'; binaryKind(Buffer.from('id,date\n')) === null
 */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [signature, kind] of SIGNATURES) if (startsWith(bytes, signature)) return kind;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data, not text';
    // Tab, line feed, form feed and carriage return are text's own; escape counts as text too (a hostile export is still text).
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) controls++;
  }
  return controls > sample.length / 10 ? 'binary data, not text' : null;
}
