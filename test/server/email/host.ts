/** A local spreadsheet running the built add-on with the small shop as its order sheet, on a settable clock. */
import { LocalHost, type HostOptions } from '../../../src/local/host/index';
import type { SheetData, StoredCell } from '../../../src/local/sheetData';
import type { Row } from '../../core/metrics/orderTable';

/** A date cell at noon of an ISO day. */
function dateCell(iso: string): StoredCell {
  const [year, month, day] = iso.split('-').map(Number);
  return { value: { wall: { year, month, day, hour: 12, minute: 0, second: 0 } } };
}

/** An order sheet: Customer | Date | Amount. */
export function orderSheet(name: string, rows: Row[]): SheetData {
  return {
    name,
    cells: [
      [{ value: 'Customer' }, { value: 'Date' }, { value: 'Amount' }],
      ...rows.map(([customer, date, amount]) => [{ value: customer }, dateCell(date), { value: amount }]),
    ],
  };
}

export interface ShopHost {
  host: LocalHost;
  /** Moves the host's clock. */
  setNow(iso: string): void;
}

export function shopHost(
  rows: Row[],
  options: { spreadsheetName?: string; locale?: string; userEmail?: string; host?: Pick<HostOptions, 'testDeployment' | 'triggerDocumentContext'> } = {},
): ShopHost {
  let now = new Date('2024-05-10T10:00:00Z');
  const host = new LocalHost({
    ...options.host,
    timeZone: 'Europe/Warsaw',
    locale: options.locale ?? 'en_GB',
    spreadsheetName: options.spreadsheetName ?? 'Shop',
    userEmail: options.userEmail ?? 'owner@shop.test',
    now: () => now,
  }).load();
  host.addSheet(orderSheet('Orders', rows));
  return { host, setNow: (iso) => (now = new Date(iso)) };
}
