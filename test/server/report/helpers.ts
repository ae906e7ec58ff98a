/**
 * A local spreadsheet running the built add-on with a small order sheet, for the report tests.
 */
import { LocalHost } from '../../../src/local/host/index';
import type { StoredValue } from '../../../src/local/sheetData';
import { buildOnce, distFile } from '../../helpers/build';

/** A date cell of the given day (noon, so no zone can move it to another day). */
export function day(iso: string): StoredValue {
  const [year, month, d] = iso.split('-').map(Number);
  return { wall: { year, month, day: d, hour: 12, minute: 0, second: 0 } };
}

/**
 * Seven rows; the tests compute every cell by hand from these:
 * a buys in Jan, Feb, Mar; b in Jan and refunds in Mar; c buys in Feb; row 8 has no customer.
 */
export const SHOP: StoredValue[][] = [
  ['Customer', 'Date', 'Amount'],
  ['a', day('2024-01-05'), 10],
  ['b', day('2024-01-20'), 20],
  ['a', day('2024-02-03'), 15],
  ['c', day('2024-02-10'), 5],
  ['b', day('2024-03-01'), -20],
  ['a', day('2024-03-15'), 10],
  ['', day('2024-03-16'), 7],
];

export async function shopHost(options: { locale?: string; rows?: StoredValue[][]; name?: string } = {}): Promise<LocalHost> {
  await buildOnce();
  const host = new LocalHost({
    timeZone: 'Europe/Warsaw',
    locale: options.locale ?? 'en_GB',
    distDir: distFile(''),
    spreadsheetName: 'Shop',
  }).load();
  host.addSheet({ name: options.name ?? 'Orders', cells: [], values: options.rows ?? SHOP });
  return host;
}

/** The values of a sheet as getValues gives them. */
export function sheetValues(host: LocalHost, name: string): unknown[][] {
  const sheet = host.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet.getDataRange().getValues();
}
