/**
 * What every `retention` command shares: load a file as the order sheet of a local spreadsheet
 * running the built add-on, and turn the command line's column options into the column mapping
 * the sidebar would send.
 */
import { columnLetters } from '../core/columnLetters';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { readSheetFile } from './files';
import { LocalHost } from './host/index';
import { cellsOf, type SheetData } from './sheetData';
import { lineText } from './terminal';

/** The command-line options every command understands (see `retention --help`). */
export interface CommonOptions {
  customer?: string;
  date?: string;
  amount?: string;
  quantity?: string;
  price?: string;
  order?: string;
  status?: string;
  refunds?: string;
  currency?: string;
  timezone?: string;
  locale?: string;
  sheet?: string;
}

/** Where the built add-on is: next to this bundle (build/../dist) or in the working directory. */
export function distDir(): string {
  const candidates = [join(__dirname, '..', 'dist'), join(process.cwd(), 'dist')];
  const found = candidates.find((dir) => existsSync(join(dir, 'Code.js')));
  if (!found) throw new Error('dist/Code.js is missing: run `npm run build` in the project folder first.');
  return found;
}

export interface Workbook {
  host: LocalHost;
  /** The order sheet's name in the local spreadsheet. */
  sheetName: string;
  /** The header row of the order sheet, as text. */
  headers: string[];
}

/** A local spreadsheet running the built add-on, with the given sheets. */
export function openHost(
  options: CommonOptions & { now?: string; spreadsheetName?: string },
  sheets: SheetData[],
): Workbook {
  const host = new LocalHost({
    timeZone: options.timezone ?? 'Etc/UTC',
    locale: options.locale ?? 'en_US',
    spreadsheetName: options.spreadsheetName ?? sheets[0]?.name ?? 'Orders',
    distDir: distDir(),
    addonTitle: 'Retention',
    ...(options.now ? { now: () => new Date(options.now as string) } : {}),
  }).load();
  for (const sheet of sheets) host.addSheet(sheet);
  const first = sheets[0];
  const headerRow = first.values ? first.values[0] : cellsOf(first)[0]?.map((cell) => cell.value);
  const headers = (headerRow ?? []).map((value) => (typeof value === 'object' ? '' : String(value)));
  return { host, sheetName: first.name, headers };
}

/**
 * Reads FILE (CSV, CSV.GZ, TSV, TXT, XLSX) into a local spreadsheet running the built add-on.
 * Headers shared by several columns are named through `warn` (see duplicateHeaderNote).
 * @example const { host, sheetName } = await openFile('orders.csv', { locale: 'pl_PL' }, console.error);
 */
export async function openFile(
  file: string | undefined,
  options: CommonOptions,
  progress: (message: string) => void,
  warn: (message: string) => void = progress,
): Promise<Workbook> {
  if (!file) throw new Error('Name the order file, e.g. `retention cohort orders.csv`.');
  progress(`Reading ${file} …`);
  const started = Date.now();
  let lastReport = 0;
  const sheets = await readSheetFile(file, {
    locale: options.locale ?? 'en_US',
    sheet: options.sheet,
    onProgress: (rows) => {
      if (rows - lastReport >= 100_000) {
        lastReport = rows;
        progress(`  ${rows.toLocaleString('en-US')} rows …`);
      }
    },
  });
  const workbook = openHost({ ...options, spreadsheetName: basename(file).replace(/\.(csv|tsv|txt|xlsx)(\.gz)?$/i, '') }, sheets);
  progress(`Read ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  const duplicates = duplicateHeaderNote(workbook.headers);
  if (duplicates) warn(duplicates);
  return workbook;
}

/** The order roles and their command-line option names. */
const ROLE_OPTIONS = {
  customer: 'customer',
  date: 'date',
  amount: 'amount',
  quantity: 'quantity',
  price: 'price',
  orderId: 'order',
  status: 'status',
  refunds: 'refunds',
} as const;

/**
 * The column mapping from the command line (0-based indexes), as the sidebar sends it: only the
 * columns the user named; the add-on detects the rest. COL is a header name (any case), a column
 * letter (C) or a 1-based number (3); `none` leaves a detected column out (`--refunds none`).
 * @example mappingFromOptions(['Id', 'When', 'Total'], { customer: 'id', amount: 'C' }) // { customer: 0, amount: 2 }
 */
export function mappingFromOptions(headers: string[], options: CommonOptions): Record<string, number | null> {
  const mapping: Record<string, number | null> = {};
  for (const [role, option] of Object.entries(ROLE_OPTIONS)) {
    const wanted = options[option];
    if (wanted === undefined) continue;
    mapping[role] = wanted.trim().toLowerCase() === 'none' && !headers.some((h) => h.trim().toLowerCase() === 'none') ? null : columnIndex(headers, wanted, `--${option}`);
  }
  return mapping;
}

/** The columns (0-based) of each header that more than one column has, compared as the options compare them (trimmed, any case). */
function sharedHeaders(headers: string[]): Map<string, number[]> {
  const columns = new Map<string, number[]>();
  headers.forEach((header, index) => {
    const key = header.trim().toLowerCase();
    if (key !== '') columns.set(key, [...(columns.get(key) ?? []), index]);
  });
  return new Map([...columns].filter(([, indexes]) => indexes.length > 1));
}

/**
 * What the runner says when several columns share a header: which columns have the same header,
 * and how to choose one. Null when every header is different (empty headers are not compared).
 * @example duplicateHeaderNote(['Email', 'Date', 'Email']) // 'Columns A and C have the same header "Email": …'
 */
export function duplicateHeaderNote(headers: string[]): string | null {
  const shared = [...sharedHeaders(headers)];
  if (shared.length === 0) return null;
  const groups = shared.map(([, indexes]) => {
    const letters = indexes.map((i) => columnLetters(i + 1));
    return `columns ${letters.slice(0, -1).join(', ')} and ${letters[letters.length - 1]} have the same header "${lineText(headers[indexes[0]].trim())}"`;
  });
  const example = columnLetters(shared[0][1][1] + 1);
  const text = groups.join('; ');
  return (
    `${text[0].toUpperCase()}${text.slice(1)}: a column found by its header may be any of them, so check the "Columns used" line. ` +
    `To choose one, name it by letter or number, e.g. --customer ${example}.`
  );
}

function columnIndex(headers: string[], wanted: string, option: string): number {
  const byName = headers.findIndex((h) => h.trim().toLowerCase() === wanted.trim().toLowerCase());
  const same = byName >= 0 ? sharedHeaders(headers).get(wanted.trim().toLowerCase()) : undefined;
  if (same) {
    const letters = same.map((i) => columnLetters(i + 1));
    throw new Error(
      `${option} ${lineText(wanted)}: columns ${letters.join(', ')} all have this header. Name the one you mean by letter or number: ${letters.map((l) => `${option} ${l}`).join(' or ')}.`,
    );
  }
  if (byName >= 0) return byName;
  if (/^\d+$/.test(wanted) && Number(wanted) >= 1 && Number(wanted) <= headers.length) return Number(wanted) - 1;
  if (/^[A-Za-z]{1,3}$/.test(wanted)) {
    const index = [...wanted.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    if (index < headers.length) return index;
  }
  throw new Error(`${option} ${lineText(wanted)}: no such column. The columns are: ${headers.map((h, i) => `${i + 1} "${lineText(h)}"`).join(', ')}.`);
}
