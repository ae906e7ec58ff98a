/**
 * Reads one small entry of a ZIP file (an XLSX is one) without loading the whole file: the end of
 * the central directory, the entry's header, and only its bytes. Stored and deflated entries;
 * no ZIP64 (reports are far below 4 GB).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const TAIL_BYTES = 22 + 0xffff;
/** Entries larger than this are not read (the entries asked for are a few KB). */
const MAX_ENTRY_BYTES = 1024 * 1024;

/**
 * The bytes of the entry `name` of the ZIP file at `path`, or null when the file is not a ZIP
 * file, has no such entry, or the entry is larger than 1 MB.
 * @example zipEntry('report.xlsx', 'docProps/core.xml')?.toString('utf8') // '<?xml …<cp:keywords>…'
 */
export function zipEntry(path: string, name: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const read = (position: number, length: number): Buffer => {
      const buffer = Buffer.alloc(Math.max(0, Math.min(length, size - position)));
      readSync(fd, buffer, 0, buffer.length, position);
      return buffer;
    };
    const tailStart = Math.max(0, size - TAIL_BYTES);
    const tail = read(tailStart, TAIL_BYTES);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) return null;
    const entries = tail.readUInt16LE(end + 10);
    const directory = read(tail.readUInt32LE(end + 16), tail.readUInt32LE(end + 12));
    let at = 0;
    for (let n = 0; n < entries && at + 46 <= directory.length && directory.readUInt32LE(at) === DIRECTORY_ENTRY; n++) {
      const method = directory.readUInt16LE(at + 10);
      const compressed = directory.readUInt32LE(at + 20);
      const nameLength = directory.readUInt16LE(at + 28);
      const skip = nameLength + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
      const offset = directory.readUInt32LE(at + 42);
      if (directory.toString('utf8', at + 46, at + 46 + nameLength) === name) {
        if (compressed > MAX_ENTRY_BYTES || (method !== 0 && method !== 8)) return null;
        const local = read(offset, 30);
        if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_HEADER) return null;
        const data = read(offset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28), compressed);
        try {
          return method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_ENTRY_BYTES }) : data;
        } catch {
          return null;
        }
      }
      at += 46 + skip;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}
